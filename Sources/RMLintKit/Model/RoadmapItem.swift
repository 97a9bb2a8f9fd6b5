import Foundation

/// A milestone's or goal's `metric`.
public struct Metric: Sendable {
    public var name: String?
    /// The target as written (a number or a string such as `65%`).
    public var target: YAMLNode?
    public var baseline: YAMLNode?
    public var location: SourceLocation
}

/// A roadmap item as read from its front-matter, with typed fields for the rules.
///
/// Fields that failed type checks are ``Field/invalid(_:)``: the `schema` rule reports them once
/// and every other rule treats them as unknown.
public struct RoadmapItem: Sendable {
    public var path: String
    public var root: YAMLNode
    public var bodyWordCount: Int

    public var id: Field<String> = .absent
    public var kind: ItemKind?
    public var status: Field<String> = .absent
    public var owner: YAMLEntry?
    public var theme: Field<String> = .absent
    public var milestone: Field<String> = .absent
    public var goals: [Located<String>] = []
    public var dependsOn: [Located<String>] = []
    public var horizon: Field<Horizon> = .absent
    public var track: Field<String> = .absent
    public var estimate: Field<Decimal> = .absent
    public var due: Field<CalendarDate> = .absent
    public var delivered: Field<CalendarDate> = .absent
    public var period: Field<Period> = .absent
    public var metric: Field<Metric> = .absent
    /// `rmlint-disable`: rule id → reason.
    public var disabledRules: [String: String] = [:]
    /// Problems the `schema` rule reports.
    public var schemaProblems: [ParseProblem] = []

    public init(path: String, root: YAMLNode, bodyWordCount: Int) {
        self.path = path
        self.root = root
        self.bodyWordCount = bodyWordCount
    }

    /// The item's id when it is valid, for messages and the `item` field of diagnostics.
    public var itemID: String? { id.value }

    /// Where this item's `key` is written, or the start of the file when it is absent.
    public func keyLocation(_ key: String) -> SourceLocation {
        root.entry(key)?.keyLocation ?? .start
    }

    /// The effective status: the written one, or the kind's default.
    public var effectiveStatus: String? {
        if let status = status.value { return status }
        switch kind {
        case .theme?, .goal?: return status.isAbsent ? "active" : nil
        case .backlog?: return status.isAbsent ? "open" : nil
        default: return nil
        }
    }

    /// A theme or goal that counts as live for links.
    public var isActive: Bool { effectiveStatus == "active" }
}
