import Foundation

/// Estimated effort per period and track, as `capacity-split`, `capacity-total` and
/// `smart-achievable` count it: every milestone with an `estimate` and a period, except dropped ones.
public struct CapacityLedger: Sendable {
    public struct PeriodLoad: Sendable {
        public var total: Decimal = 0
        public var byTrack: [String: Decimal] = [:]
    }

    public private(set) var periods: [Period: PeriodLoad] = [:]
    public let granularity: PeriodGranularity

    public init(milestones: [RoadmapItem], granularity: PeriodGranularity) {
        self.granularity = granularity
        for milestone in milestones where milestone.status.value != "dropped" {
            guard let estimate = milestone.estimate.value,
                  let period = CapacityLedger.period(of: milestone, granularity: granularity) else { continue }
            periods[period, default: PeriodLoad()].total += estimate
            if let track = milestone.track.value {
                periods[period, default: PeriodLoad()].byTrack[track, default: 0] += estimate
            }
        }
    }

    /// A milestone's period: its `period` (a month placed in its quarter when counting quarters),
    /// else the period containing its `due`.
    public static func period(of milestone: RoadmapItem, granularity: PeriodGranularity) -> Period? {
        if let period = milestone.period.value { return period.normalized(to: granularity) }
        if let due = milestone.due.value { return Period(containing: due, granularity: granularity) }
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
