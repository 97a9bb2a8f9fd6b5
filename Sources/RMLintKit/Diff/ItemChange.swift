import RMLintCore
import RMLintGit
import RMLintRules

/// How one item differs between two revisions (SPEC §6): added, removed, or modified with the
/// fields that changed. Items are matched by `id`, so a moved or renamed file is one modification
/// with a `path` change.
package struct ItemChange: Sendable {
    package enum Kind: String, Sendable {
        case added, removed, modified
    }

    /// One field that changed (``FieldChange``: the comparison `history`'s drift uses too).
    package typealias Field = FieldChange

    package var id: String
    package var kind: ItemKind?
    package var title: String?
    package var change: Kind
    /// The path at the head (at the base for a removed item).
    package var path: String
    package var fields: [Field]
    /// For an added or removed item, how it stood: status, horizon and due ("committed, next, due
    /// 2027-05-31"), for readers of the text and Markdown reports.
    package var state: [String] = []

    /// The changes from `base` to `head`, by id, in path order. Items whose file does not parse
    /// on either side are left out: the lint diagnostics of the change say what happened to them.
    package static func changes(from base: Roadmap, to head: Roadmap) -> [ItemChange] {
        let before = firstByID(base)
        let after = firstByID(head)
        let unreadable = Set((base.unreadable + head.unreadable).compactMap(\.salvaged.id))
        let unreadablePaths = Set((base.unreadable + head.unreadable).map(\.path))
        var changes: [ItemChange] = []
        for (id, item) in after where !unreadable.contains(id) {
            guard let old = before[id] else {
                if !unreadablePaths.contains(item.path) {
                    changes.append(
                        ItemChange(
                            id: id, kind: item.kind, title: item.title.value, change: .added, path: item.path,
                            fields: [], state: state(of: item)))
                }
                continue
            }
            let fields = compare(old, item)
            if !fields.isEmpty {
                changes.append(
                    ItemChange(
                        id: id, kind: item.kind, title: item.title.value ?? old.title.value, change: .modified,
                        path: item.path, fields: fields))
            }
        }
        for (id, item) in before
        where after[id] == nil && !unreadable.contains(id) && !unreadablePaths.contains(item.path) {
            changes.append(
                ItemChange(
                    id: id, kind: item.kind, title: item.title.value, change: .removed, path: item.path,
                    fields: [], state: state(of: item)))
        }
        return changes.sorted { $0.path == $1.path ? $0.id < $1.id : PathOrder.precedes($0.path, $1.path) }
    }

    /// Status, horizon and due as written, where valid.
    private static func state(of item: RoadmapItem) -> [String] {
        [item.status.value?.rawValue, item.horizon.value?.rawValue, item.due.value.map { "due \($0)" }].compactMap {
            $0
        }
    }

    /// Items by id; of items sharing an id, the first in path order.
    private static func firstByID(_ roadmap: Roadmap) -> [String: RoadmapItem] {
        var byID: [String: RoadmapItem] = [:]
        for item in roadmap.items {
            guard let id = item.itemID, byID[id] == nil else { continue }
            byID[id] = item
        }
        return byID
    }

    /// The fields SPEC §6 reports, in a fixed order: path, then what ``ItemSnapshot/changes(from:to:)``
    /// finds (status, due, horizon, metric.target, estimate, owner).
    static func compare(_ old: RoadmapItem, _ new: RoadmapItem) -> [Field] {
        var fields: [Field] = []
        if old.path != new.path { fields.append(Field(field: "path", from: old.path, to: new.path)) }
        guard let before = ItemSnapshot(old), let after = ItemSnapshot(new) else { return fields }
        return fields + ItemSnapshot.changes(from: before, to: after)
    }
}
