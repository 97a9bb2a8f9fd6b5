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
    /// The items whose estimate, track or period moved the period's effort, by id.
    package var items: [String] = []

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
        let (loadsBefore, loadsAfter) = (loads(base, granularity), loads(head, granularity))
        return Set(old.keys).union(new.keys).sorted().compactMap { period in
            guard !unknown(period) else { return nil }
            let before = old[period] ?? CapacityLedger.PeriodLoad()
            let after = new[period] ?? CapacityLedger.PeriodLoad()
            guard before.total != after.total || before.byTrack != after.byTrack else { return nil }
            let tracks = orderedTracks(configured, before.byTrack.keys, after.byTrack.keys)
            let movers = Set(loadsBefore.keys).union(loadsAfter.keys).filter { id in
                let (was, now) = (
                    loadsBefore[id].flatMap { $0.period == period ? $0 : nil },
                    loadsAfter[id].flatMap { $0.period == period ? $0 : nil }
                )
                return was?.estimate != now?.estimate || was?.track != now?.track
            }
            return CapacityChange(
                period: period, before: shares(before, tracks), after: shares(after, tracks),
                totalBefore: before.total, totalAfter: after.total, items: movers.sorted())
        }
    }

    /// What each item with an id adds to capacity, by id (of items sharing an id, the first: the
    /// ledger holds such periods unknown anyway).
    private static func loads(_ roadmap: Roadmap, _ granularity: PeriodGranularity) -> [String: (
        period: Period, estimate: Decimal, track: String?
    )] {
        var loads: [String: (period: Period, estimate: Decimal, track: String?)] = [:]
        for item in roadmap.items where item.kind == .milestone {
            guard let id = item.itemID, loads[id] == nil,
                let load = CapacityLedger.load(of: PlannedEffort(item, granularity: granularity))
            else { continue }
            loads[id] = load
        }
        return loads
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
