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
        /// How many milestones the total and each track's effort add up, so that one can be taken
        /// out again (``replacing(_:with:)``) and a period or track nobody plans in any more goes.
        fileprivate var count = 0
        fileprivate var countByTrack: [String: Int] = [:]

        package init() {}
    }

    /// What one item adds to the ledger.
    private enum Contribution {
        /// Nothing: not a milestone, dropped, no estimate or no period.
        case nothing
        /// An estimate in a period, for a track.
        case load(Period, Decimal, track: String)
        /// Something that could not be read: the periods it may affect, and whether only the split is uncertain.
        case uncertain(PeriodSet, splitOnly: Bool, estimate: Decimal?, period: Period?)

        init(_ effort: PlannedEffort) {
            guard effort.isMilestone != false, effort.isDropped != true, !effort.estimate.isAbsent else {
                self = .nothing
                return
            }
            guard effort.isMilestone == true else {
                // Perhaps a milestone, with an estimate: it could be in any period.
                self = .uncertain(PeriodSet(all: true), splitOnly: false, estimate: nil, period: nil)
                return
            }
            let affected: PeriodSet
            switch effort.placement {
            case .none:
                self = .nothing
                return
            case .unknown: affected = PeriodSet(all: true)
            case .period(let period): affected = PeriodSet(periods: [period])
            }
            guard let estimate = effort.estimate.value, effort.isDropped == false,
                let period = effort.placement.period
            else {
                self = .uncertain(affected, splitOnly: false, estimate: nil, period: nil)
                return
            }
            guard let track = effort.track else {
                self = .uncertain(affected, splitOnly: true, estimate: estimate, period: period)
                return
            }
            self = .load(period, estimate, track: track)
        }
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

    /// The ledger of a roadmap's items, with the files that did not parse (each may be a milestone)
    /// and the ids held by several items (their estimates are unknown).
    package init(
        items: [RoadmapItem], unreadable: [UnreadableFile] = [], sharedIDs: Set<String> = [],
        granularity: PeriodGranularity
    ) {
        // Only milestones (and items whose kind is unknown) plan effort: the rest are not looked at.
        self.init(
            items.lazy.filter { $0.kind == nil || $0.kind == .milestone }.map {
                PlannedEffort($0, granularity: granularity, idIsShared: $0.itemID.map(sharedIDs.contains) ?? false)
            }
                + unreadable.map(PlannedEffort.init), granularity: granularity)
    }

    private mutating func add(_ effort: PlannedEffort) {
        switch Contribution(effort) {
        case .nothing:
            return
        case .load(let period, let estimate, let track):
            periods[period, default: PeriodLoad()].add(estimate, track: track)
        case .uncertain(let affected, let splitOnly, let estimate, let period):
            if let estimate, let period {
                // The total is known; how it splits between tracks is not.
                periods[period, default: PeriodLoad()].add(estimate, track: nil)
            }
            markUncertain(effort.source, affected, split: true, total: !splitOnly)
        }
    }

    /// What one effort adds to a period: its estimate and track (`nil` when that is not known), or
    /// `nil` when it adds nothing to any one period it is known to be in.
    package static func load(of effort: PlannedEffort) -> (period: Period, estimate: Decimal, track: String?)? {
        switch Contribution(effort) {
        case .nothing: return nil
        case .load(let period, let estimate, let track): return (period, estimate, track)
        case .uncertain(_, _, let estimate, let period):
            guard let estimate, let period else { return nil }
            return (period, estimate, nil)
        }
    }

    /// The ledger with `old`'s effort taken out and `new`'s put in (an edited item), or `nil` when
    /// either could not be read: uncertainty is not taken back, so the caller counts again from scratch.
    package func replacing(_ old: PlannedEffort?, with new: PlannedEffort?) -> CapacityLedger? {
        let (before, after) = (old.map(Contribution.init) ?? .nothing, new.map(Contribution.init) ?? .nothing)
        var ledger = self
        switch before {
        case .nothing: break
        case .uncertain: return nil
        case .load(let period, let estimate, let track):
            guard var load = ledger.periods[period] else { return nil }
            load.remove(estimate, track: track)
            ledger.periods[period] = load.count == 0 ? nil : load
        }
        switch after {
        case .nothing: break
        case .uncertain: return nil
        case .load(let period, let estimate, let track):
            ledger.periods[period, default: PeriodLoad()].add(estimate, track: track)
        }
        return ledger
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

extension CapacityLedger.PeriodLoad {
    fileprivate mutating func add(_ estimate: Decimal, track: String?) {
        total += estimate
        count += 1
        guard let track else { return }
        byTrack[track, default: 0] += estimate
        countByTrack[track, default: 0] += 1
    }

    fileprivate mutating func remove(_ estimate: Decimal, track: String) {
        total -= estimate
        count -= 1
        let left = (countByTrack[track] ?? 1) - 1
        countByTrack[track] = left == 0 ? nil : left
        byTrack[track] = left == 0 ? nil : (byTrack[track] ?? 0) - estimate
    }
}
