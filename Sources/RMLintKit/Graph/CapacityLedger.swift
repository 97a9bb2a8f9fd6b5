import Foundation

/// Estimated effort per period and track, as `capacity-split`, `capacity-total` and
/// `smart-achievable` count it: every milestone with an `estimate` and a period, except dropped ones.
///
/// A milestone whose estimate, period, status or track could not be read (or a file that did not
/// parse and may be a milestone) makes the periods it could affect *uncertain*: the capacity rules
/// stay silent there rather than judge sums that miss it.
public struct CapacityLedger: Sendable {
    public struct PeriodLoad: Sendable {
        public var total: Decimal = 0
        public var byTrack: [String: Decimal] = [:]
    }

    /// A set of periods, or every period.
    public struct PeriodSet: Sendable {
        public var all = false
        public var periods: Set<Period> = []

        public func contains(_ period: Period) -> Bool { all || periods.contains(period) }
        public var isEmpty: Bool { !all && periods.isEmpty }

        mutating func insert(_ affected: PeriodSet) {
            all = all || affected.all
            periods.formUnion(affected.periods)
        }
    }

    public private(set) var periods: [Period: PeriodLoad] = [:]
    public let granularity: PeriodGranularity
    /// Periods whose total effort rests on a value that could not be read.
    public private(set) var uncertainTotals = PeriodSet()
    /// Periods whose split between tracks rests on a value that could not be read.
    public private(set) var uncertainSplits = PeriodSet()
    /// The files behind the uncertainty, in path order.
    public private(set) var uncertainPaths: [String] = []

    public init(items: [RoadmapItem], unreadable: [UnreadableFile] = [], granularity: PeriodGranularity) {
        self.granularity = granularity
        for item in items {
            switch item.kind {
            case .milestone?: add(item)
            case nil where item.keyLocations["estimate"] != nil: markUncertain(item.path, PeriodSet(all: true), split: true, total: true)
            default: continue
            }
        }
        for file in unreadable where file.salvaged.kind == nil || file.salvaged.kind == .milestone {
            markUncertain(file.path, PeriodSet(all: true), split: true, total: true)
        }
    }

    private mutating func add(_ milestone: RoadmapItem) {
        if milestone.status.value == .dropped { return }
        let estimate: Decimal
        switch milestone.estimate {
        case .absent: return
        case .invalid:
            guard let affected = CapacityLedger.periods(of: milestone, granularity: granularity) else { return }
            return markUncertain(milestone.path, affected, split: true, total: true)
        case let .valid(located): estimate = located.value
        }
        guard let affected = CapacityLedger.periods(of: milestone, granularity: granularity) else { return }
        guard !affected.all, affected.periods.count == 1, let period = affected.periods.first else {
            return markUncertain(milestone.path, affected, split: true, total: true)
        }
        guard case .valid = milestone.status else {
            return markUncertain(milestone.path, affected, split: true, total: true)
        }
        periods[period, default: PeriodLoad()].total += estimate
        if let track = milestone.track.value {
            periods[period, default: PeriodLoad()].byTrack[track, default: 0] += estimate
        } else {
            markUncertain(milestone.path, affected, split: true, total: false)
        }
    }

    private mutating func markUncertain(_ path: String, _ affected: PeriodSet, split: Bool, total: Bool) {
        if split { uncertainSplits.insert(affected) }
        if total { uncertainTotals.insert(affected) }
        if uncertainPaths.last != path { uncertainPaths.append(path) }
    }

    /// The periods a milestone's effort falls in: exactly one when `period` or `due` reads; several
    /// when they disagree; all when neither can be read; `nil` when it has neither (not counted).
    static func periods(of milestone: RoadmapItem, granularity: PeriodGranularity) -> PeriodSet? {
        switch (milestone.period, milestone.due) {
        case let (.valid(period), _):
            return PeriodSet(periods: [period.value.normalized(to: granularity)])
        case (.invalid, _), (.absent, .invalid):
            // The period written (or the due it defaults from) could not be read: it could be any.
            return PeriodSet(all: true)
        case let (.absent, .valid(due)):
            return PeriodSet(periods: [Period(containing: due.value, granularity: granularity)])
        case (.absent, .absent):
            // `due:` written with no value: the author meant a date rmlint cannot read.
            return milestone.keyLocations["due"] != nil ? PeriodSet(all: true) : nil
        }
    }

    /// A milestone's period: its `period` (a month placed in its quarter when counting quarters),
    /// else the period containing its `due`; `nil` when neither reads.
    public static func period(of milestone: RoadmapItem, granularity: PeriodGranularity) -> Period? {
        if let period = milestone.period.value { return period.normalized(to: granularity) }
        if milestone.period.isAbsent, let due = milestone.due.value { return Period(containing: due, granularity: granularity) }
        return nil
    }

    /// A number for messages: integers as such, fractions with up to two decimals.
    public static func format(_ value: Decimal) -> String {
        var rounded = Decimal()
        var input = value
        NSDecimalRound(&rounded, &input, 2, .plain)
        return NSDecimalNumber(decimal: rounded).stringValue
    }
}
