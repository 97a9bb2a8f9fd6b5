import Foundation

/// Turns a front-matter mapping into a ``RoadmapItem``, recording every type, enum and
/// required-field problem for the `schema` rule.
///
/// Problems that belong to a more specific rule are left to it: `owner` (single-owner),
/// a missing `metric` or `metric.target`/`metric.name` (smart-measurable), a missing `due`
/// (smart-time-bound) and a missing `theme` (smart-relevant, backlog-theme-link).
public struct ItemDecoder: Sendable {
    public var strictFields: Bool
    /// Tracks a `track:` may name: `product`, `engineering` and those in `capacity.split`.
    public var tracks: [String]
    public var unit: String
    /// Rule ids `rmlint-disable` may name.
    public var ruleIDs: Set<String>

    public init(strictFields: Bool = false, tracks: [String] = ["product", "engineering"],
                unit: String = "team-weeks", ruleIDs: Set<String>) {
        self.strictFields = strictFields
        self.tracks = tracks
        self.unit = unit
        self.ruleIDs = ruleIDs
    }

    /// `^[A-Za-z][A-Za-z0-9._-]*$`, checked byte by byte.
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.utf8.first, (65...90).contains(first) || (97...122).contains(first) else { return false }
        return id.utf8.allSatisfy { byte in
            (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
    }

    public func decode(path: String, root: YAMLNode, bodyWordCount: Int) -> RoadmapItem {
        var item = RoadmapItem(path: path, root: root, bodyWordCount: bodyWordCount)
        var checker = FieldChecker(root: root)
        decodeCommon(into: &item, &checker)
        if let kind = item.kind {
            decodeKindFields(kind, into: &item, &checker)
            if strictFields {
                let known = Set(ItemKind.commonFields + kind.fields)
                for entry in root.entries ?? [] where !known.contains(entry.key) {
                    checker.problem("unknown field '\(entry.key)' for a \(kind.rawValue) (strict-fields is on); remove it or fix its spelling", at: entry.keyLocation)
                }
            }
        }
        item.schemaProblems = checker.problems
        return item
    }

    private func decodeCommon(into item: inout RoadmapItem, _ checker: inout FieldChecker) {
        item.id = checker.string("id", required: true, what: "an id such as M-101")
        if case let .valid(id) = item.id, !ItemDecoder.isValidID(id.value) {
            checker.problem("id '\(id.value)' must start with a letter and use only letters, digits, '.', '_' and '-'", at: id.location)
            item.id = .invalid(id.location)
        }
        let kinds = ItemKind.allCases.map(\.rawValue)
        if case let .valid(kind) = checker.enumeration("kind", kinds, required: true) {
            item.kind = ItemKind(rawValue: kind.value)
        }
        if let kind = item.kind {
            _ = checker.string("title", required: true, what: "a one-line title", kind: kind)
        }
        checker.stringList("tags")
        item.disabledRules = checker.disabledRules(known: ruleIDs)
    }

    private func decodeKindFields(_ kind: ItemKind, into item: inout RoadmapItem, _ checker: inout FieldChecker) {
        item.status = checker.enumeration("status", kind.statuses, required: kind == .milestone, kind: kind)
        switch kind {
        case .theme:
            item.owner = checker.root.entry("owner")
        case .goal:
            item.owner = checker.root.entry("owner")
            item.theme = checker.string("theme", required: false, what: "the id of a theme")
            item.metric = checker.metric()
            item.due = checker.date("due")
        case .milestone:
            item.owner = checker.root.entry("owner")
            item.theme = checker.string("theme", required: false, what: "the id of a theme")
            item.horizon = checker.enumeration("horizon", Horizon.allCases.map(\.rawValue), required: true, kind: kind)
                .map { Horizon(rawValue: $0) }
            item.track = checker.enumeration("track", tracks, required: true, kind: kind)
            item.goals = checker.stringList("goals")
            item.estimate = checker.estimate(unit: unit)
            item.due = checker.date("due")
            item.delivered = checker.date("delivered")
            item.metric = checker.metric()
            item.dependsOn = checker.stringList("depends_on")
            checker.scores()
            item.period = checker.period()
            checker.replans()
            _ = checker.string("dropped-reason", required: false, what: "why the milestone was dropped")
        case .backlog:
            item.theme = checker.string("theme", required: false, what: "the id of a theme")
            item.milestone = checker.string("milestone", required: false, what: "the id of a milestone")
            if let owner = checker.root.entry("owner"), owner.value.string == nil {
                checker.problem("'owner' must be a string naming one person or handle, not \(owner.value.typeName)", at: owner.value.location)
            }
            item.track = checker.enumeration("track", tracks, required: false, kind: kind)
            item.estimate = checker.estimate(unit: unit)
        }
    }
}

private extension Field where Value == String {
    func map<T>(_ transform: (String) -> T?) -> Field<T> {
        switch self {
        case .absent: return .absent
        case let .invalid(location): return .invalid(location)
        case let .valid(located):
            guard let value = transform(located.value) else { return .invalid(located.location) }
            return .valid(Located(value, at: located.location))
        }
    }
}
