import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// The delivery KPIs a board reads, beside accuracy. Definitions (also in the README):
/// - `accuracy_trend`: the per-period accuracy ratios, oldest first (`null` where nothing was measurable).
/// - `slip_days`: mean and median of SPEC §5's `slip_days` over delivered (on-time or late) committed milestones.
/// - `delivery_delay_days`: mean and median of `delivered_on − committed_due` over the same milestones.
/// - `goal_linked_effort`: the share of estimated effort, over milestones at the revision that are not
///   dropped, of milestones that link at least one goal.
/// - `capacity`: per period (``PeriodPlacement``: of `period`, else of `due`), estimated effort per track at
///   the revision, counted as lint's capacity rules count it (``CapacityLedger``), in the configured unit and
///   as a percentage; `uncertain: true` where a milestone that could be in the period could not be read.
/// - `owner_concentration`: the largest share of committed milestones whose owner (at the revision,
///   or when last seen) is one person, and who.
struct HistoryScorecard {
    let report: HistoryReport

    init(_ report: HistoryReport) { self.report = report }

    var delivered: [HistoryReport.Entry] { report.entries.filter { $0.outcome == .onTime || $0.outcome == .late } }

    var json: JSONValue {
        .object([
            (
                "accuracy_trend",
                .array(
                    report.periods.map {
                        .object([
                            ("period", .string($0.period.description)),
                            ("ratio", $0.counts.ratio.map(JSONValue.double) ?? .null),
                        ])
                    })
            ),
            ("slip_days", slipDays.json),
            ("delivery_delay_days", deliveryDelay.json),
            ("goal_linked_effort", goalLinkedEffort.map { .double(Self.round($0)) } ?? .null),
            (
                "capacity",
                .array(
                    capacity.map { period, tracks, uncertain in
                        let total = tracks.values.reduce(Decimal(0), +)
                        var members: [(String, JSONValue)] = [
                            ("period", .string(period.description)), ("total", .double(Self.number(total))),
                            (
                                "tracks",
                                .object(
                                    tracks.sorted { $0.key < $1.key }.map { track, effort in
                                        (
                                            track,
                                            .object([
                                                ("effort", .double(Self.number(effort))),
                                                ("percent", .double(Self.round(Self.number(effort * 100 / total)))),
                                            ])
                                        )
                                    })
                            ),
                        ]
                        if uncertain { members.append(("uncertain", .bool(true))) }
                        return .object(members)
                    })
            ),
            (
                "owner_concentration",
                ownerConcentration.map { owner, share in
                    .object([("owner", .string(owner)), ("share", .double(Self.round(share)))])
                } ?? .null
            ),
        ])
    }

    /// Mean and median of whole days.
    struct Statistics {
        var count = 0
        var mean: Double?
        var median: Double?

        init(_ values: [Int]) {
            guard !values.isEmpty else { return }
            let sorted = values.sorted()
            let middle = sorted.count / 2
            count = values.count
            median = sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
            mean = HistoryScorecard.round(Double(values.reduce(0, +)) / Double(values.count), places: 1)
        }

        var json: JSONValue {
            .object([
                ("count", .int(count)), ("mean", mean.map(JSONValue.double) ?? .null),
                ("median", median.map(JSONValue.double) ?? .null),
            ])
        }
    }

    /// SPEC §5's `slip_days` over delivered committed milestones.
    var slipDays: Statistics { Statistics(delivered.compactMap(\.timeline.slipDays)) }

    /// Days from the committed due to delivery, over the same milestones.
    var deliveryDelay: Statistics {
        Statistics(
            delivered.compactMap { entry in entry.timeline.deliveredOn.map { entry.commitment.due.days(until: $0) } })
    }

    /// The scorecard in sentences, for the text, Markdown and HTML reports alike.
    var sentences: [String] {
        func days(_ value: Double?) -> String {
            guard let value else { return "–" }
            let size = abs(value)
            let text = size == size.rounded() ? String(Int(size)) : String(size)
            return "\(text) day\(size == 1 ? "" : "s")"
        }
        func relative(_ value: Double?) -> String {
            guard let value, value != 0 else { return "on the committed date" }
            return days(value) + (value > 0 ? " late" : " early")
        }
        var lines: [String] = []
        let slips = slipDays
        let one = slips.count == 1
        lines.append(
            slips.count == 0
                ? "Slips: no committed milestone delivered yet."
                : "Slips: \(one ? "the delivered committed milestone's due moved" : "the \(slips.count) delivered committed milestones' dues moved") by \(days(slips.mean))\(one ? "" : " on average (median \(days(slips.median)))")\((slips.mean ?? 0) < 0 ? ", earlier" : "")."
        )
        let delay = deliveryDelay
        if delay.count > 0 {
            lines.append(
                "Delivery: \(relative(delay.mean))\(delay.count == 1 ? "" : " on average (median \(relative(delay.median)))") against the committed date."
            )
        }
        lines.append(
            "Effort linked to a goal: "
                + (goalLinkedEffort.map { "\(Self.percent($0)) of the estimated effort at this revision." }
                    ?? "no estimated milestones."))
        if let (owner, share) = ownerConcentration {
            lines.append("Owner concentration: \(Self.percent(share)) of committed milestones are held by \(owner).")
        }
        return lines
    }

    /// "62.5%".
    static func percent(_ ratio: Double) -> String {
        let tenths = (ratio * 1000).rounded() / 10
        return tenths == tenths.rounded() ? "\(Int(tenths))%" : "\(tenths)%"
    }

    var goalLinkedEffort: Double? {
        var all = Decimal(0)
        var linked = Decimal(0)
        for item in report.items where item.kind == .milestone && item.status != .dropped {
            guard let estimate = item.estimate else { continue }
            all += estimate
            if !item.goals.isEmpty { linked += estimate }
        }
        return all > 0 ? Self.number(linked / all) : nil
    }

    /// Effort per period and track, counted by the ledger lint's capacity rules use; with the periods
    /// whose split rests on an item that could not be read (lint does not judge those).
    var capacity: [(period: Period, tracks: [String: Decimal], uncertain: Bool)] {
        let ledger = CapacityLedger(
            report.items.map { PlannedEffort($0, granularity: report.granularity) },
            granularity: report.granularity)
        return ledger.periods.sorted { $0.key < $1.key }.compactMap { period, load in
            load.byTrack.isEmpty ? nil : (period, load.byTrack, ledger.uncertainSplits.contains(period))
        }
    }

    var ownerConcentration: (String, Double)? {
        var counts: [String: Int] = [:]
        for entry in report.entries {
            if let owner = entry.timeline.last.owner { counts[owner, default: 0] += 1 }
        }
        guard !report.entries.isEmpty, let top = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else {
            return nil
        }
        return (top.key, Double(top.value) / Double(report.entries.count))
    }

    static func number(_ value: Decimal) -> Double { NSDecimalNumber(decimal: value).doubleValue }

    static func round(_ value: Double, places: Int = 4) -> Double {
        let scale = pow(10, Double(places))
        return (value * scale).rounded() / scale
    }
}
