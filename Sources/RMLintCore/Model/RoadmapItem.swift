import Foundation

/// A roadmap item as decoded from its front-matter: typed fields with their positions, and
/// nothing of the YAML tree it came from.
///
/// Decoding depends only on the file's bytes and ``ItemDecoder/Settings``, so a decoded item can be
/// cached by content (a blob id) and placed at any path. Fields that failed their type check are
/// ``Field/invalid(_:)``: the `schema` rule reports them once and every other rule treats them as unknown.
///
/// A reference, so the graph, the rules and the reports share one copy of each item. Only the
/// decoder writes it, before the item is handed on; from then on it is read-only, which is what
/// makes it safe to share between threads.
package final class RoadmapItem: @unchecked Sendable {
    /// Repository-relative path with `/` separators.
    package internal(set) var path: String
    /// Words of narrative below the front-matter, counted up to what `smart-specific` needs.
    package internal(set) var bodyWordCount: Int

    package internal(set) var id: Field<String> = .absent
    /// The id as written when it is text that failed validation (`T payments`): links naming it are unknown, not dangling.
    package internal(set) var writtenID: String?
    package internal(set) var kind: ItemKind?
    package internal(set) var title: Field<String> = .absent
    package internal(set) var status: Field<ItemStatus> = .absent
    package internal(set) var owner: Owner?
    package internal(set) var theme: Field<String> = .absent
    package internal(set) var milestone: Field<String> = .absent
    package internal(set) var goals: [Located<String>] = []
    package internal(set) var dependsOn: [Located<String>] = []
    package internal(set) var horizon: Field<Horizon> = .absent
    package internal(set) var track: Field<String> = .absent
    package internal(set) var estimate: Field<Decimal> = .absent
    package internal(set) var due: Field<CalendarDate> = .absent
    package internal(set) var delivered: Field<CalendarDate> = .absent
    package internal(set) var period: Field<Period> = .absent
    package internal(set) var metric: Field<Metric> = .absent
    package internal(set) var replans: [Replan] = []
    package internal(set) var droppedReason: Field<String> = .absent
    /// `rmlint-disable`: rule id → reason.
    package internal(set) var disabledRules: [String: String] = [:]
    /// Where each top-level key is written (keys with an empty value included).
    package internal(set) var keyLocations = KeyLocations()
    /// Problems the `schema` rule reports.
    package internal(set) var schemaProblems: [ParseProblem] = []

    package init(path: String = "", bodyWordCount: Int = 0) {
        self.path = path
        self.bodyWordCount = bodyWordCount
    }

    /// The same item placed at `path`: itself when it has no path yet, else a copy.
    package func at(path: String) -> RoadmapItem {
        if self.path.isEmpty {
            self.path = path
            return self
        }
        let copy = RoadmapItem(path: path, bodyWordCount: bodyWordCount)
        copy.id = id
        copy.writtenID = writtenID
        copy.kind = kind
        copy.title = title
        copy.status = status
        copy.owner = owner
        copy.theme = theme
        copy.milestone = milestone
        copy.goals = goals
        copy.dependsOn = dependsOn
        copy.horizon = horizon
        copy.track = track
        copy.estimate = estimate
        copy.due = due
        copy.delivered = delivered
        copy.period = period
        copy.metric = metric
        copy.replans = replans
        copy.droppedReason = droppedReason
        copy.disabledRules = disabledRules
        copy.keyLocations = keyLocations
        copy.schemaProblems = schemaProblems
        return copy
    }

    /// The item's id when it is valid, for messages and the `item` field of diagnostics.
    package var itemID: String? { id.value }

    /// Where this item's `key` is written, or the start of the file when it is absent.
    package func keyLocation(_ key: String) -> SourceLocation {
        keyLocations[key] ?? .start
    }


    /// True when `field` (a key, or a dotted sub-field such as `metric.target`) was written but
    /// could not be read: a schema problem is about it, about a part of it (`replans.date`), or about
    /// the value holding it (`metric` is not a mapping). What it says is unknown to every rule and report.
    package func isUnknown(_ field: String) -> Bool {
        schemaProblems.contains { problem in
            guard let about = problem.field else { return false }
            return about == field || about.hasPrefix(field + ".") || field.hasPrefix(about + ".")
        }
    }

    /// `replans` when it could be read.
    package var readableReplans: [Replan]? { isUnknown("replans") ? nil : replans }

    /// The status in force: the written one, or the kind's default when none is written;
    /// `nil` when it is unknown (invalid, or a milestone without one).
    package var effectiveStatus: ItemStatus? {
        switch status {
        case let .valid(status): return status.value
        case .absent: return kind?.defaultStatus
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
    private var entries: [(key: String, location: SourceLocation)] = []

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
