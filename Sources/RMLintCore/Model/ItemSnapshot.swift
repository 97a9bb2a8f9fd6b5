import Foundation

/// The small projection of an item that `diff` compares and `history` keeps per commit: the fields
/// a change to the plan is told by, each valid, absent or *unknown* (written but unreadable), and
/// nothing of the text around them.
package struct ItemSnapshot: Hashable, Sendable {
    /// The fields of a snapshot that can be unknown.
    package struct Fields: OptionSet, Hashable, Sendable {
        package let rawValue: UInt32
        package init(rawValue: UInt32) { self.rawValue = rawValue }

        package static let status = Fields(rawValue: 1 << 0)
        package static let due = Fields(rawValue: 1 << 1)
        package static let delivered = Fields(rawValue: 1 << 2)
        package static let horizon = Fields(rawValue: 1 << 3)
        package static let target = Fields(rawValue: 1 << 4)
        package static let estimate = Fields(rawValue: 1 << 5)
        package static let owner = Fields(rawValue: 1 << 6)
        package static let track = Fields(rawValue: 1 << 7)
        package static let period = Fields(rawValue: 1 << 8)
        package static let replans = Fields(rawValue: 1 << 9)
        package static let title = Fields(rawValue: 1 << 10)
        package static let theme = Fields(rawValue: 1 << 11)
        package static let milestone = Fields(rawValue: 1 << 12)
        package static let goals = Fields(rawValue: 1 << 13)
        package static let dependsOn = Fields(rawValue: 1 << 14)
        package static let tags = Fields(rawValue: 1 << 15)
        package static let metricName = Fields(rawValue: 1 << 16)
        package static let metricBaseline = Fields(rawValue: 1 << 17)

        /// Each field with the front-matter key whose schema problems make it unknown.
        static let keys: [(Fields, String)] = [
            (.status, "status"), (.due, "due"), (.delivered, "delivered"), (.horizon, "horizon"),
            (.target, "metric.target"), (.estimate, "estimate"), (.owner, "owner"), (.track, "track"),
            (.period, "period"), (.replans, "replans"), (.title, "title"), (.theme, "theme"),
            (.milestone, "milestone"), (.goals, "goals"), (.dependsOn, "depends_on"), (.tags, "tags"),
            (.metricName, "metric.name"), (.metricBaseline, "metric.baseline"),
        ]
    }

    package var id: String
    package var kind: ItemKind?
    package var title: String?
    /// The status in force (``RoadmapItem/effectiveStatus``).
    package var status: ItemStatus?
    /// The valid `due`, if any.
    package var due: CalendarDate?
    package var delivered: CalendarDate?
    package var horizon: Horizon?
    /// `metric.target` as written.
    package var target: String?
    package var estimate: Decimal?
    /// The one accountable owner, when exactly one is named.
    package var owner: String?
    /// `owner` as written when it names several people (`alice, bob`).
    package var owners: String?
    package var track: String?
    /// The valid `period`, if any.
    package var period: Period?
    package var goals: [String]
    /// What only `diff` compares, in one shared box: history copies and keeps a snapshot per item
    /// at every commit, and most items have none of it.
    package var details = Details.none
    package var theme: String? { details.theme }
    /// A backlog item's `milestone`.
    package var milestone: String? { details.milestone }
    package var dependsOn: [String] { details.dependsOn }
    package var tags: [String] { details.tags }
    package var metricName: String? { details.metricName }
    package var metricBaseline: String? { details.metricBaseline }
    /// For unknown fields written as one scalar, the text as written, by key (`due` → `2027-02-30`).
    package var invalidText: [String: String] { details.invalidText }
    package var replans: [Replan]
    /// Fields that were written but could not be read: neither absent nor a value.
    package var unknown: Fields = []
    /// Whether `due:` is written, perhaps with no value (``PeriodPlacement`` needs it).
    package var dueKeyWritten = false

    /// An item known only by its id (the cache fills in the rest).
    package init(id: String) {
        self.id = id
        goals = []
        replans = []
    }

    /// The snapshot of a decoded item; `nil` when its id could not be read (it cannot be followed).
    package init?(_ item: RoadmapItem) {
        guard let id = item.itemID else { return nil }
        self.id = id
        kind = item.kind
        title = item.title.value
        status = item.effectiveStatus
        due = item.due.value
        delivered = item.delivered.value
        horizon = item.horizon.value
        target = item.metric.value?.target.value?.text
        estimate = item.estimate.value
        owner = item.owner?.name
        if case .several(_, let written)? = item.owner?.reading { owners = written }
        track = item.track.value
        period = item.period.value
        goals = item.goals.map(\.value)
        details = Details.make(
            theme: item.theme.value, milestone: item.milestone.value, dependsOn: item.dependsOn.map(\.value),
            tags: item.tags.map(\.value), metricName: item.metric.value?.name.value,
            metricBaseline: item.metric.value?.baseline.value?.text, invalidText: item.invalidText)
        replans = item.replans
        if !item.schemaProblems.isEmpty {
            for (field, key) in Fields.keys where item.isUnknown(key) { unknown.insert(field) }
        }
        dueKeyWritten = item.keyLocations["due"] != nil
    }

    /// The owner as written: one name or several; `nil` when nobody is named.
    package var ownerText: String? { owner ?? owners }

    /// `replans` when it could be read.
    package var readableReplans: [Replan]? { unknown.contains(.replans) ? nil : replans }
}

extension ItemSnapshot {
    /// The fields only `diff` compares: links, tags, the metric's name and baseline, and the text of
    /// values that could not be read. Immutable and shared; ``none`` when there are none.
    package final class Details: Hashable, Sendable {
        package let theme: String?
        package let milestone: String?
        package let dependsOn: [String]
        package let tags: [String]
        package let metricName: String?
        package let metricBaseline: String?
        package let invalidText: [String: String]

        package static let none = Details()

        private init() {
            (theme, milestone, metricName, metricBaseline) = (nil, nil, nil, nil)
            (dependsOn, tags, invalidText) = ([], [], [:])
        }

        private init(
            _ theme: String?, _ milestone: String?, _ dependsOn: [String], _ tags: [String], _ metricName: String?,
            _ metricBaseline: String?, _ invalidText: [String: String]
        ) {
            (self.theme, self.milestone, self.dependsOn, self.tags) = (theme, milestone, dependsOn, tags)
            (self.metricName, self.metricBaseline, self.invalidText) = (metricName, metricBaseline, invalidText)
        }

        /// These values, or ``none`` when they are all absent.
        package static func make(
            theme: String? = nil, milestone: String? = nil, dependsOn: [String] = [], tags: [String] = [],
            metricName: String? = nil, metricBaseline: String? = nil, invalidText: [String: String] = [:]
        ) -> Details {
            guard
                theme != nil || milestone != nil || !dependsOn.isEmpty || !tags.isEmpty || metricName != nil
                    || metricBaseline != nil || !invalidText.isEmpty
            else { return none }
            return Details(theme, milestone, dependsOn, tags, metricName, metricBaseline, invalidText)
        }

        package static func == (lhs: Details, rhs: Details) -> Bool {
            lhs === rhs
                || (lhs.theme == rhs.theme && lhs.milestone == rhs.milestone && lhs.dependsOn == rhs.dependsOn
                    && lhs.tags == rhs.tags && lhs.metricName == rhs.metricName
                    && lhs.metricBaseline == rhs.metricBaseline && lhs.invalidText == rhs.invalidText)
        }

        package func hash(into hasher: inout Hasher) {
            hasher.combine(theme)
            hasher.combine(milestone)
            hasher.combine(dependsOn)
            hasher.combine(tags)
            hasher.combine(metricName)
            hasher.combine(metricBaseline)
            hasher.combine(invalidText)
        }
    }
}
