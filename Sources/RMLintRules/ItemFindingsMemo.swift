import RMLintCore

/// What the item-scoped rules (``ItemRule``) found in each item, kept across lints of the same
/// roadmap as it is edited: an item that did not change is the same ``RoadmapItem`` (readings are
/// memoised by content), so its findings are not computed again. Findings depend on the item, the
/// configuration and today only; the memo forgets everything when either of those changes.
///
/// One lint at a time uses a memo (a session's lints are sequential); it is not locked.
package final class ItemFindingsMemo: @unchecked Sendable {
    private struct Entry {
        /// Held so that the object identifier is not reused while the entry lives.
        let item: RoadmapItem
        /// Per enabled item rule, in the engine's order.
        let findings: [[Finding]]
    }

    private var entries: [ObjectIdentifier: Entry] = [:]
    private var key: String?
    /// Items whose findings were computed (not found here), for tests and measurements.
    package private(set) var computed = 0

    package init() {}

    /// Starts a lint of `items` under `configuration`, `today` and these item rules: entries made
    /// under other settings are dropped, and entries of items no longer in the roadmap too.
    func begin(configuration: Configuration, today: CalendarDate, rules: [String], items: [RoadmapItem]) {
        let key = StableDescription.of(configuration) + "|" + today.description + "|" + rules.joined(separator: ",")
        if key != self.key {
            entries = [:]
            self.key = key
        } else if entries.count > items.count + items.count / 4 {
            let live = Set(items.map(ObjectIdentifier.init))
            entries = entries.filter { live.contains($0.key) }
        }
    }

    /// The findings of every item rule about `item` (one list per rule), computed when not known.
    func findings(_ item: RoadmapItem, compute: () -> [[Finding]]) -> [[Finding]] {
        let id = ObjectIdentifier(item)
        if let known = entries[id] { return known.findings }
        let found = compute()
        entries[id] = Entry(item: item, findings: found)
        computed += 1
        return found
    }
}
