import Foundation

/// Estimated effort per period and track, as `capacity-split`, `capacity-total` and
/// `smart-achievable` count it: every milestone with an `estimate` and a period, except dropped ones.
///
/// A milestone whose estimate, period, status or track could not be read (or a file that did not
/// parse and may be a milestone) makes the periods it could affect *uncertain*: the capacity rules
/// stay silent there rather than judge sums that miss it.
package struct CapacityLedger: Sendable {
    package struct PeriodLoad: Sendable {
        package var total: Decimal = 0
        package var byTrack: [String: Decimal] = [:]

        package init() {}
    }

    /// A set of periods, or every period.
    package struct PeriodSet: Sendable {
        package var all = false
        package var periods: Set<Period> = []

        package init(all: Bool = false, periods: Set<Period> = []) {
            self.all = all
            self.periods = periods
        }

        package func contains(_ period: Period) -> Bool { all || periods.contains(period) }
        package var isEmpty: Bool { !all && periods.isEmpty }

        package mutating func insert(_ affected: PeriodSet) {
            all = all || affected.all
            periods.formUnion(affected.periods)
        }
    }

    package private(set) var periods: [Period: PeriodLoad] = [:]
    package let granularity: PeriodGranularity
    /// Periods whose total effort rests on a value that could not be read.
    package private(set) var uncertainTotals = PeriodSet()
    /// Periods whose split between tracks rests on a value that could not be read.
    package private(set) var uncertainSplits = PeriodSet()
    /// The files behind the uncertainty, in path order.
    package private(set) var uncertainPaths: [String] = []

    /// The ledger of what each item plans, as ``PlannedEffort`` reads it.
    package init(_ efforts: [PlannedEffort], granularity: PeriodGranularity) {
        self.granularity = granularity
        for effort in efforts { add(effort) }
    }

    /// The ledger of a roadmap's items, with the files that did not parse (each may be a milestone).
    package init(items: [RoadmapItem], unreadable: [UnreadableFile] = [], granularity: PeriodGranularity) {
        // Only milestones (and items whose kind is unknown) plan effort: the rest are not looked at.
        self.init(
            items.lazy.filter { $0.kind == nil || $0.kind == .milestone }.map {
                PlannedEffort($0, granularity: granularity)
            }
                + unreadable.map(PlannedEffort.init), granularity: granularity)
    }

    private mutating func add(_ effort: PlannedEffort) {
        guard effort.isMilestone != false, effort.isDropped != true, !effort.estimate.isAbsent else { return }
        guard effort.isMilestone == true else {
            // Perhaps a milestone, with an estimate: it could be in any period.
            return markUncertain(effort.source, PeriodSet(all: true), split: true, total: true)
        }
        let affected: PeriodSet
        switch effort.placement {
        case .none: return
        case .unknown: affected = PeriodSet(all: true)
        case .period(let period): affected = PeriodSet(periods: [period])
        }
        guard let estimate = effort.estimate.value, effort.isDropped == false, let period = effort.placement.period
        else {
            return markUncertain(effort.source, affected, split: true, total: true)
        }
        periods[period, default: PeriodLoad()].total += estimate
        if let track = effort.track {
            periods[period, default: PeriodLoad()].byTrack[track, default: 0] += estimate
        } else {
            markUncertain(effort.source, affected, split: true, total: false)
        }
    }

    private mutating func markUncertain(_ path: String, _ affected: PeriodSet, split: Bool, total: Bool) {
        if split { uncertainSplits.insert(affected) }
        if total { uncertainTotals.insert(affected) }
        if uncertainPaths.last != path { uncertainPaths.append(path) }
    }

    /// A number for messages: integers as such, fractions with up to two decimals.
    package static func format(_ value: Decimal) -> String {
        var rounded = Decimal()
        var input = value
        NSDecimalRound(&rounded, &input, 2, .plain)
        return NSDecimalNumber(decimal: rounded).stringValue
    }
}
