/// How one item differs between two revisions (SPEC §6): added, removed, or modified with the
/// fields that changed. Items are matched by `id`, so a moved or renamed file is one modification
/// with a `path` change.
public struct ItemChange: Sendable {
    public enum Kind: String, Sendable {
        case added, removed, modified
    }

    /// One field that changed; `from`/`to` as written (dates `YYYY-MM-DD`), `nil` where absent.
    public struct Field: Sendable {
        public var field: String
        public var from: String?
        public var to: String?
        /// For `due`: days moved (positive: later).
        public var days: Int?
        /// For `due`: the reason of the `replans` entry added with the move, and how many entries
        /// the milestone's `replans` holds now (the move is its n-th replan).
        public var reason: String?
        public var replans: Int?
    }

    public var id: String
    public var kind: ItemKind?
    public var title: String?
    public var change: Kind
    /// The path at the head (at the base for a removed item).
    public var path: String
    public var fields: [Field]
    /// For an added or removed item, how it stood: status, horizon and due ("committed, next, due
    /// 2027-05-31"), for readers of the text and Markdown reports.
    public var state: [String] = []

    /// The changes from `base` to `head`, by id, in path order. Items whose file does not parse
    /// on either side are left out: the lint diagnostics of the change say what happened to them.
    public static func changes(from base: Roadmap, to head: Roadmap) -> [ItemChange] {
        let before = firstByID(base)
        let after = firstByID(head)
        let unreadable = Set((base.unreadable + head.unreadable).compactMap(\.salvaged.id))
        let unreadablePaths = Set((base.unreadable + head.unreadable).map(\.path))
        var changes: [ItemChange] = []
        for (id, item) in after where !unreadable.contains(id) {
            guard let old = before[id] else {
                if !unreadablePaths.contains(item.path) {
                    changes.append(ItemChange(id: id, kind: item.kind, title: item.title.value, change: .added, path: item.path,
                                              fields: [], state: state(of: item)))
                }
                continue
            }
            let fields = compare(old, item)
            if !fields.isEmpty {
                changes.append(ItemChange(id: id, kind: item.kind, title: item.title.value ?? old.title.value, change: .modified,
                                          path: item.path, fields: fields))
            }
        }
        for (id, item) in before where after[id] == nil && !unreadable.contains(id) && !unreadablePaths.contains(item.path) {
            changes.append(ItemChange(id: id, kind: item.kind, title: item.title.value, change: .removed, path: item.path,
                                      fields: [], state: state(of: item)))
        }
        return changes.sorted { $0.path == $1.path ? $0.id < $1.id : PathOrder.precedes($0.path, $1.path) }
    }

    /// Status, horizon and due as written, where valid.
    private static func state(of item: RoadmapItem) -> [String] {
        [item.status.value?.rawValue, item.horizon.value?.rawValue, item.due.value.map { "due \($0)" }].compactMap { $0 }
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

    /// The fields SPEC §6 reports, in a fixed order: path, status, due, horizon, metric.target, estimate, owner.
    static func compare(_ old: RoadmapItem, _ new: RoadmapItem) -> [Field] {
        var fields: [Field] = []
        func add(_ name: String, _ from: String?, _ to: String?) {
            if from != to { fields.append(Field(field: name, from: from, to: to)) }
        }
        add("path", old.path, new.path)
        if !old.hasUnreadable("status"), !new.hasUnreadable("status") {
            add("status", old.effectiveStatus?.rawValue, new.effectiveStatus?.rawValue)
        }
        if !old.hasUnreadable("due"), !new.hasUnreadable("due"), old.due.value != new.due.value {
            var field = Field(field: "due", from: old.due.value?.description, to: new.due.value?.description)
            if let from = old.due.value, let to = new.due.value {
                field.days = from.days(until: to)
                let known = Set(old.replans.map(\.content))
                if let entry = new.replans.last(where: { !known.contains($0.content) && !($0.reason?.isBlank ?? true) }) {
                    field.reason = entry.reason
                    field.replans = new.replans.count
                }
            }
            fields.append(field)
        }
        if !old.hasUnreadable("horizon"), !new.hasUnreadable("horizon") {
            add("horizon", old.horizon.value?.rawValue, new.horizon.value?.rawValue)
        }
        if !old.hasUnreadable("metric"), !new.hasUnreadable("metric") {
            add("metric.target", old.metric.value?.target?.text, new.metric.value?.target?.text)
        }
        if !old.hasUnreadable("estimate"), !new.hasUnreadable("estimate") {
            add("estimate", old.estimate.value.map(CapacityLedger.format), new.estimate.value.map(CapacityLedger.format))
        }
        if !old.hasUnreadable("owner"), !new.hasUnreadable("owner") {
            add("owner", ownerText(old.owner), ownerText(new.owner))
        }
        return fields
    }

    /// The owner as written: one name, or several as written; `nil` when none is named.
    private static func ownerText(_ owner: Owner?) -> String? {
        switch owner?.reading {
        case let .one(name)?: return name
        case let .several(_, written)?: return written
        default: return nil
        }
    }
}
