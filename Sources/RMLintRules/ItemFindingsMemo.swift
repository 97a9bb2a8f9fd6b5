import RMLintCore

/// What the per-item rules found in each item, kept across lints of the same roadmap as it is
/// edited, so that an edit re-checks only what it can have changed:
/// - ``ItemRule`` findings depend on the item, the configuration and today: an item that did not
///   change is the same ``RoadmapItem`` (readings are memoised by content), so they are kept;
/// - ``LinkRule`` findings depend on the item and on what the ids it looked up resolve to: they are
///   dropped for the items that looked up an id an edit added, removed or changed (or for every item
///   when the kinds with unreadable ids change, which decides whether a link to nothing is dangling).
///
/// The memo forgets everything when the configuration, today or the enabled rules change.
/// One lint at a time uses a memo (a session's lints are sequential); it is not locked.
package final class ItemFindingsMemo: @unchecked Sendable {
    private struct Entry {
        /// Held so that the object identifier is not reused while the entry lives.
        let item: RoadmapItem
        /// What the item rules say about the item.
        var itemDiagnostics: [Diagnostic]?
        /// What the link rules say; `nil` when an edit may have changed it.
        var linkDiagnostics: [Diagnostic]?
        /// The ids the link rules looked up.
        var consulted: [String] = []
    }

    /// What the links of the last lint resolved against.
    private struct Links {
        let items: [RoadmapItem]
        let unreadableIDs: Set<String>
        let kindsWithUnreadableIDs: Set<ItemKind?>
    }

    private var entries: [ObjectIdentifier: Entry] = [:]
    /// For each id, the items whose link findings looked it up (may hold items checked again since).
    private var dependents: [String: [ObjectIdentifier]] = [:]
    private var dependentsCount = 0
    /// `dependentsCount` when the index was last rebuilt: it is rebuilt when stale references double it.
    private var indexedCount = 0
    private var previous: Links?
    /// What the entries were made under: the configuration, today and the enabled rules.
    private var settings: (configuration: Configuration, today: CalendarDate, rules: [String])?
    /// Items whose item-rule findings were computed (not found here), for tests and measurements.
    package private(set) var computed = 0
    /// Items whose link-rule findings were computed, for tests and measurements.
    package private(set) var linkChecks = 0

    package init() {}

    /// Starts a lint of `graph` under `configuration`, `today` and these rules: entries made under
    /// other settings are dropped, link findings an edit may have changed too, and entries of items
    /// no longer in the roadmap.
    func begin(configuration: Configuration, today: CalendarDate, rules: [String], graph: RoadmapGraph) {
        let links = Links(
            items: graph.items, unreadableIDs: graph.unreadableIDs,
            kindsWithUnreadableIDs: graph.kindsWithUnreadableIDs)
        defer { previous = links }
        let same = settings.map { $0.configuration == configuration && $0.today == today && $0.rules == rules }
        guard same == true, let previous else {
            entries = [:]
            dependents = [:]
            dependentsCount = 0
            indexedCount = 0
            settings = (configuration, today, rules)
            return
        }
        if previous.kindsWithUnreadableIDs != links.kindsWithUnreadableIDs {
            for id in entries.keys { entries[id]?.linkDiagnostics = nil }
            dependents = [:]
            dependentsCount = 0
            indexedCount = 0
        } else {
            for id in Self.changedIDs(from: previous, to: links) {
                for dependent in dependents.removeValue(forKey: id) ?? [] { entries[dependent]?.linkDiagnostics = nil }
            }
        }
        if entries.count > graph.items.count + graph.items.count / 4 + 64 {
            let live = Set(graph.items.map(ObjectIdentifier.init))
            entries = entries.filter { live.contains($0.key) }
            reindex()
        } else if dependentsCount > 2 * indexedCount + 1_024 {
            reindex()
        }
    }

    /// Whether the item or link rules' results for `item` must be computed (reads only: may be asked
    /// from several threads while nothing is stored).
    func needsJudging(_ item: RoadmapItem) -> Bool {
        guard let entry = entries[ObjectIdentifier(item)] else { return true }
        return entry.itemDiagnostics == nil || entry.linkDiagnostics == nil
    }

    /// Appends what the item rules and the link rules say about `item` to `diagnostics`, computing
    /// what is not known.
    func diagnostics(
        _ item: RoadmapItem, into diagnostics: inout [Diagnostic], items computeItem: () -> [Diagnostic],
        links computeLinks: (ConsultedIDs) -> [Diagnostic]
    ) {
        let id = ObjectIdentifier(item)
        var entry = entries[id] ?? Entry(item: item)
        if let itemDiagnostics = entry.itemDiagnostics, let linkDiagnostics = entry.linkDiagnostics {
            diagnostics += itemDiagnostics
            diagnostics += linkDiagnostics
            return
        }
        if entry.itemDiagnostics == nil {
            entry.itemDiagnostics = computeItem()
            computed += 1
        }
        if entry.linkDiagnostics == nil {
            let recorder = ConsultedIDs()
            entry.linkDiagnostics = computeLinks(recorder)
            entry.consulted = recorder.ids
            for consulted in recorder.ids { dependents[consulted, default: []].append(id) }
            dependentsCount += recorder.ids.count
            linkChecks += 1
        }
        entries[id] = entry
        diagnostics += entry.itemDiagnostics ?? []
        diagnostics += entry.linkDiagnostics ?? []
    }

    /// The ids whose resolution can differ between two versions of the graph: those of items that
    /// were added, removed or replaced, and unreadable ids that appeared or went.
    private static func changedIDs(from old: Links, to new: Links) -> Set<String> {
        var changed = old.unreadableIDs.symmetricDifference(new.unreadableIDs)
        // `ids`: whether the item's id joined or left the ids of its kind (which suggestions rest on).
        func note(_ item: RoadmapItem, ids: Bool = true) {
            if let id = item.itemID { changed.insert(id) }
            if let written = item.writtenID { changed.insert(written) }
            if ids { changed.insert(ConsultedIDs.every(item.kind)) }
        }
        // Both lists are in path order: walk them side by side; an unchanged item is the same object.
        var (i, j) = (0, 0)
        while i < old.items.count || j < new.items.count {
            if i < old.items.count, j < new.items.count, old.items[i] === new.items[j] {
                (i, j) = (i + 1, j + 1)
            } else if j == new.items.count
                || (i < old.items.count && PathOrder.precedes(old.items[i].path, new.items[j].path))
            {
                note(old.items[i])
                i += 1
            } else if i == old.items.count || old.items[i].path != new.items[j].path {
                note(new.items[j])
                j += 1
            } else {
                // The same file edited: the ids of each kind change only if its id or kind did.
                let (before, after) = (old.items[i], new.items[j])
                let moved = before.itemID != after.itemID || before.kind != after.kind
                note(before, ids: moved)
                note(after, ids: moved)
                (i, j) = (i + 1, j + 1)
            }
        }
        return changed
    }

    /// Rebuilds the index of dependents from the entries whose link findings are known.
    private func reindex() {
        dependents = [:]
        dependentsCount = 0
        for (id, entry) in entries where entry.linkDiagnostics != nil {
            for consulted in entry.consulted { dependents[consulted, default: []].append(id) }
            dependentsCount += entry.consulted.count
        }
        indexedCount = dependentsCount
    }
}
