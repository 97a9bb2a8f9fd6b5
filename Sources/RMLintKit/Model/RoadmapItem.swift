import Foundation

/// A roadmap item as decoded from its front-matter: typed fields with their positions, and
/// nothing of the YAML tree it came from.
///
/// Decoding depends only on the file's bytes and ``ItemDecoder/Settings``, so a decoded item can be
/// cached by content (a blob id) and placed at any path. Fields that failed their type check are
/// ``Field/invalid(_:)``: the `schema` rule reports them once and every other rule treats them as unknown.
public struct RoadmapItem: Sendable {
    /// Repository-relative path with `/` separators.
    public var path: String
    /// Words of narrative below the front-matter, counted up to what `smart-specific` needs.
    public var bodyWordCount: Int

    public var id: Field<String> = .absent
    /// The id as written when it is text that failed validation (`T payments`): links naming it are unknown, not dangling.
    public var writtenID: String?
    public var kind: ItemKind?
    public var title: Field<String> = .absent
    public var status: Field<ItemStatus> = .absent
    public var owner: Owner?
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
    public var replans: [Replan] = []
    public var droppedReason: Field<String> = .absent
    /// `rmlint-disable`: rule id → reason.
    public var disabledRules: [String: String] = [:]
    /// Where each top-level key is written (keys with an empty value included).
    public var keyLocations: [String: SourceLocation] = [:]
    /// Problems the `schema` rule reports.
    public var schemaProblems: [ParseProblem] = []

    public init(path: String = "", bodyWordCount: Int = 0) {
        self.path = path
        self.bodyWordCount = bodyWordCount
    }

    /// The same item placed at `path`.
    public func at(path: String) -> RoadmapItem {
        var copy = self
        copy.path = path
        return copy
    }

    /// The item's id when it is valid, for messages and the `item` field of diagnostics.
    public var itemID: String? { id.value }

    /// Where this item's `key` is written, or the start of the file when it is absent.
    public func keyLocation(_ key: String) -> SourceLocation {
        keyLocations[key] ?? .start
    }

    /// True when `field` was written but (some of) its value failed a type check: what it says is unknown.
    public func hasUnreadable(_ field: String) -> Bool {
        schemaProblems.contains { $0.field == field }
    }

    /// The status in force: the written one, or the kind's default when none is written;
    /// `nil` when it is unknown (invalid, or a milestone without one).
    public var effectiveStatus: ItemStatus? {
        switch status {
        case let .valid(status): return status.value
        case .absent: return kind?.defaultStatus
        case .invalid: return nil
        }
    }

    /// Whether the item is live work as far as relevance and theme links go: not an archived
    /// theme or goal, not a done or dropped milestone or backlog item. `nil` when unknown.
    public var isLiveWork: Bool? {
        guard let status = effectiveStatus else { return nil }
        return status != .archived && !status.isClosed
    }
}
