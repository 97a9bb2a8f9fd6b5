import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// The capacity split of one period before and after a change: each track's share of the
/// period's estimated effort, in percent (exact, rounded to two decimals for display).
package struct CapacityChange: Sendable {
    package var period: Period
    /// Track → percent; empty when the period had no estimated effort on that side.
    package var before: [(track: String, percent: Decimal)]
    package var after: [(track: String, percent: Decimal)]
    package var totalBefore: Decimal
    package var totalAfter: Decimal

    /// Periods whose effort per track changed, in period order. A period whose effort on either side
    /// rests on an item that could not be read is unknown, as lint's capacity rules hold it, and not listed.
    package static func changes(from base: Roadmap, to head: Roadmap) -> [CapacityChange] {
        let granularity = head.configuration.capacity.period
        let (oldLedger, newLedger) = (base.capacity(by: granularity), head.capacity)
        let (old, new) = (oldLedger.periods, newLedger.periods)
        let configured = head.configuration.capacity.split.map(\.track)
        let unknown = { (period: Period) in
            [oldLedger, newLedger].contains {
                $0.uncertainSplits.contains(period) || $0.uncertainTotals.contains(period)
            }
        }
        return Set(old.keys).union(new.keys).sorted().compactMap { period in
            guard !unknown(period) else { return nil }
            let before = old[period] ?? CapacityLedger.PeriodLoad()
            let after = new[period] ?? CapacityLedger.PeriodLoad()
            guard before.total != after.total || before.byTrack != after.byTrack else { return nil }
            let tracks = orderedTracks(configured, before.byTrack.keys, after.byTrack.keys)
            return CapacityChange(
                period: period, before: shares(before, tracks), after: shares(after, tracks),
                totalBefore: before.total, totalAfter: after.total)
        }
    }

    /// Configured tracks first, in their order, then the others by name.
    private static func orderedTracks(
        _ configured: [String], _ a: Dictionary<String, Decimal>.Keys, _ b: Dictionary<String, Decimal>.Keys
    ) -> [String] {
        configured + Set(a).union(b).subtracting(configured).sorted()
    }

    private static func shares(_ load: CapacityLedger.PeriodLoad, _ tracks: [String]) -> [(
        track: String, percent: Decimal
    )] {
        guard load.total > 0 else { return [] }
        return tracks.map { track in (track, (load.byTrack[track] ?? 0) * 100 / load.total) }
    }
}
