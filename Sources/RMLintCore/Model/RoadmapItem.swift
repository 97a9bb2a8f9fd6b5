import Foundation

/// A roadmap item as decoded from its front-matter: typed fields with their positions, and
/// nothing of the YAML tree it came from.
///
/// Decoding depends only on the file's bytes and ``ItemDecoder/Settings``, so a decoded item can be
/// cached by content (a blob id, a content hash) and placed at any path. Fields that failed their type
/// check are ``Field/invalid(_:)``: the `schema` rule reports them once and every other rule treats them
/// as unknown.
///
/// A reference, so the graph, the rules and the reports share one copy of each item, and immutable:
/// the decoder fills a ``Fields`` value and the item is made from it, so it is safe to share between
/// threads and between the lints of a session.
package final class RoadmapItem: Sendable {
    /// Everything decoded from one front-matter.
    package struct Fields: Sendable {
        /// Repository-relative path with `/` separators.
        package var path: String
        /// Words of narrative below the front-matter, counted up to what `smart-specific` needs.
        package var bodyWordCount: Int
        package var id: Field<String> = .absent
        /// The id as written when it is text that failed validation (`T payments`): links naming it are unknown, not dangling.
        package var writtenID: String?
        package var kind: ItemKind?
        package var title: Field<String> = .absent
        package var status: Field<ItemStatus> = .absent
        package var owner: Owner?
        package var theme: Field<String> = .absent
        package var milestone: Field<String> = .absent
        /// A backlog item's parent (`parent`, Backlog.md's `parent_task_id`).
        package var parent: Field<String> = .absent
        package var goals: [Located<String>] = []
        package var dependsOn: [Located<String>] = []
        package var horizon: Field<Horizon> = .absent
        package var track: Field<String> = .absent
        package var estimate: Field<Decimal> = .absent
        package var due: Field<CalendarDate> = .absent
        package var delivered: Field<CalendarDate> = .absent
        package var period: Field<Period> = .absent
        package var metric: Field<Metric> = .absent
        package var replans: [Replan] = []
        package var droppedReason: Field<String> = .absent
        package var scores: Scores?
        package var tags: [Located<String>] = []
        /// The text of every top-level scalar that failed its check (`due: 2027-02-30`), by key: how
        /// `diff` and drift show a value they cannot read.
        package var invalidText: [String: String] = [:]
        /// `rmlint-disable`: rule id → reason.
        package var disabledRules: [String: String] = [:]
        /// Where each top-level key is written (keys with an empty value included).
        package var keyLocations = KeyLocations()
        /// Where every key and value of the front-matter is written, sorted by start: what a
        /// diagnostic's range is looked up in.
        package var spans: [Span] = []
        /// Problems the `schema` rule reports.
        package var schemaProblems: [ParseProblem] = []
        /// What the convention's own tool silently drops or hides (`backlog-md-hidden`).
        package var hidden: [ParseProblem] = []
        /// The acceptance-criteria checklist of the body, when it has one.
        package var criteria: AcceptanceCriteria?
        /// Read by the convention but not part of the roadmap (a Backlog.md draft, archived task or
        /// archived milestone): no link target, not linted, not counted; an archived milestone is
        /// known by its id and title so that a link to it is told so.
        package var setAside = false

        package init(path: String = "", bodyWordCount: Int = 0) {
            self.path = path
            self.bodyWordCount = bodyWordCount
        }
    }

    package let fields: Fields

    package init(_ fields: Fields) { self.fields = fields }

    /// An item with nothing decoded but its path (tests, placeholders).
    package convenience init(path: String = "", bodyWordCount: Int = 0) {
        self.init(Fields(path: path, bodyWordCount: bodyWordCount))
    }

    // The fields, read-only (spelled out: key-path member lookup is not free on this hot path).
    package var path: String { fields.path }
    package var bodyWordCount: Int { fields.bodyWordCount }
    package var id: Field<String> { fields.id }
    package var writtenID: String? { fields.writtenID }
    package var kind: ItemKind? { fields.kind }
    package var title: Field<String> { fields.title }
    package var status: Field<ItemStatus> { fields.status }
    package var owner: Owner? { fields.owner }
    package var theme: Field<String> { fields.theme }
    package var milestone: Field<String> { fields.milestone }
    package var parent: Field<String> { fields.parent }
    package var goals: [Located<String>] { fields.goals }
    package var dependsOn: [Located<String>] { fields.dependsOn }
    package var horizon: Field<Horizon> { fields.horizon }
    package var track: Field<String> { fields.track }
    package var estimate: Field<Decimal> { fields.estimate }
    package var due: Field<CalendarDate> { fields.due }
    package var delivered: Field<CalendarDate> { fields.delivered }
    package var period: Field<Period> { fields.period }
    package var metric: Field<Metric> { fields.metric }
    package var replans: [Replan] { fields.replans }
    package var droppedReason: Field<String> { fields.droppedReason }
    package var scores: Scores? { fields.scores }
    package var tags: [Located<String>] { fields.tags }
    package var invalidText: [String: String] { fields.invalidText }
    package var disabledRules: [String: String] { fields.disabledRules }
    package var spans: [Span] { fields.spans }
    package var keyLocations: KeyLocations { fields.keyLocations }
    package var schemaProblems: [ParseProblem] { fields.schemaProblems }

    /// The same item placed at `path`: itself when it is there already, else a copy.
    package func at(path: String) -> RoadmapItem {
        guard fields.path != path else { return self }
        var moved = fields
        moved.path = path
        return RoadmapItem(moved)
    }

    /// The item's id when it is valid, for messages and the `item` field of diagnostics.
    package var itemID: String? { fields.id.value }

    /// The text a diagnostic at `location` is about: the shortest key or value written there, or
    /// just the position when nothing starts there (a missing field).
    package func range(at location: SourceLocation) -> SourceRange {
        let spans = fields.spans
        let key = Span(SourceRange(location)).startKey
        var index = spans.partitionPoint { $0.startKey < key }
        var best: SourceRange?
        while index < spans.count, spans[index].startKey == key {
            let range = spans[index].range
            if best.map({ range.end < $0.end }) ?? true { best = range }
            index += 1
        }
        return best ?? SourceRange(location)
    }

    /// Where this item's `key` is written, or the start of the file when it is absent.
    package func keyLocation(_ key: String) -> SourceLocation {
        fields.keyLocations[key] ?? .start
    }

    /// True when `field` (a key, or a dotted sub-field such as `metric.target`) was written but
    /// could not be read: a schema problem is about it, about a part of it (`replans.date`), or about
    /// the value holding it (`metric` is not a mapping). What it says is unknown to every rule and report.
    package func isUnknown(_ field: String) -> Bool {
        fields.schemaProblems.contains { problem in
            guard let about = problem.field else { return false }
            return about == field || about.hasPrefix(field + ".") || field.hasPrefix(about + ".")
        }
    }

    /// `replans` when it could be read.
    package var readableReplans: [Replan]? { isUnknown("replans") ? nil : fields.replans }

    /// The status in force: the written one, or the kind's default when none is written;
    /// `nil` when it is unknown (invalid, or a milestone without one).
    package var effectiveStatus: ItemStatus? {
        switch fields.status {
        case .valid(let status): return status.value
        case .absent: return fields.kind?.defaultStatus
        case .invalid: return nil
        }
    }

    /// Whether the item is live work as far as relevance and theme links go: not an archived
    /// theme or goal, not a done or dropped milestone or backlog item. `nil` when unknown.
    package var isLiveWork: Bool? {
        guard let status = effectiveStatus else { return nil }
        return status != .archived && !status.isClosed
    }
}

/// The keys of a front-matter and where each is written: a handful per item, so a list is
/// faster than hashing.
package struct KeyLocations: Sendable {
    /// Every top-level key with where it is written, in file order.
    package private(set) var entries: [(key: String, location: SourceLocation)] = []

    package init() {}

    /// Where `key` is written first, if it is.
    package subscript(key: String) -> SourceLocation? {
        entries.first { $0.key == key }?.location
    }

    mutating func append(_ key: String, at location: SourceLocation) {
        guard self[key] == nil else { return }
        entries.append((key, location))
    }
}
