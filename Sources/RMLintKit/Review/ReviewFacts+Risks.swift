import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

extension ReviewFacts {
    private func isOverdue(_ milestone: ItemSnapshot) -> Bool {
        guard let due = milestone.due, milestone.status != .done, milestone.status != .dropped else { return false }
        return due < period.asOf
    }

    /// A dependency that is dropped: `dropped` at the revision, or gone (it was in the history).
    private func isDropped(_ id: String) -> Bool {
        if let snapshot = snapshots[id] { return snapshot.status == .dropped }
        return seen.contains(id)
    }

    /// SPEC §7's `at_risk`, by id then reason.
    func risks() -> [ReviewReport.Risk] {
        var found: [ReviewReport.Risk] = []
        for milestone in live {
            func add(_ why: ReviewReport.RiskReason, _ detail: String) {
                found.append(ReviewReport.Risk(id: milestone.id, why: why, due: milestone.due, detail: detail))
            }
            if let due = milestone.due, isOverdue(milestone) {
                add(.overdue, "\(due.days(until: period.asOf)) days past its due")
            }
            if milestone.status == .committed, let due = milestone.due, period.asOf <= due,
                due <= period.asOf.adding(days: horizon)
            {
                add(.dueSoonNotStarted, "due in \(period.asOf.days(until: due)) days, not in progress")
            }
            let dependencies = milestone.dependsOn
            let later = dependencies.filter { id in
                guard let due = milestone.due, let other = snapshots[id]?.due else { return false }
                return other > due
            }
            if !later.isEmpty { add(.dependsOnLater, later.joined(separator: ", ")) }
            let blocked = dependencies.filter { id in snapshots[id].map(isOverdue) ?? false || isDropped(id) }
            if !blocked.isEmpty { add(.dependsOnOverdueOrDropped, blocked.joined(separator: ", ")) }
            if let entry = entries[milestone.id], entry.timeline.slips >= 2 {
                add(.replannedRepeatedly, "\(entry.timeline.slips) slips since its commitment")
            }
        }
        return found
    }

    /// Owners holding more than a quarter of the live committed milestones, largest share first.
    func owners() -> [(owner: String, share: Double)] {
        let committed = snapshots.values.filter { $0.status == .committed || $0.status == .inProgress }
        guard !committed.isEmpty else { return [] }
        var counts: [String: Int] = [:]
        for milestone in committed { if let owner = milestone.ownerText { counts[owner, default: 0] += 1 } }
        return counts.filter { $0.value * 4 > committed.count }
            .map { (owner: $0.key, share: HistoryScorecard.round(Double($0.value) / Double(committed.count))) }
            .sorted { $0.share != $1.share ? $0.share > $1.share : $0.owner < $1.owner }
    }

    // MARK: - Capacity

    /// §5's scorecard capacity for every period from the one holding `as_of` on, against the split.
    func capacity() -> [ReviewReport.CapacityRow] {
        let first = Period(containing: period.asOf, granularity: history.granularity)
        let split = history.split
        var totals: [Period: Decimal] = [:]
        for (period, text) in revision.totals {
            if let period = Period(period), let value = Decimal(string: text) { totals[period] = value }
        }
        return HistoryScorecard(history).capacity.filter { $0.period >= first }.map { row in
            let total = row.tracks.values.reduce(Decimal(0), +)
            var outside: [(String, String)] = []
            for share in split where share.placement(of: row.tracks[share.track] ?? 0, in: total) != .within {
                outside.append(
                    (
                        share.track,
                        "\(CapacityLedger.format(share.minimum))–\(CapacityLedger.format(share.maximum))%"
                    ))
            }
            return ReviewReport.CapacityRow(
                period: row.period,
                tracks: row.tracks.sorted { $0.key < $1.key }.map { track, effort in
                    (
                        track, effort,
                        HistoryScorecard.round(HistoryScorecard.number(effort * 100 / total))
                    )
                },
                total: total, inSplit: split.isEmpty ? nil : outside.isEmpty, outside: outside,
                capacityTotal: totals[row.period], uncertain: row.uncertain)
        }
    }

    // MARK: - Health

    /// §5's accuracy over milestones whose committed due is in the period, and the ratio of the
    /// four periods ending with the one holding `as_of`.
    func accuracy() -> (HistoryReport.Counts, [(period: Period, ratio: Double?)]) {
        var counts = HistoryReport.Counts()
        for entry in history.entries where period.contains(entry.commitment.due) { counts.add(entry.outcome) }
        var periods: [Period] = [Period(containing: period.asOf, granularity: history.granularity)]
        while periods.count < 4, let earliest = periods.first { periods.insert(earliest.previous, at: 0) }
        let ratios = Dictionary(history.periods.map { ($0.period, $0.counts.ratio) }, uniquingKeysWith: { a, _ in a })
        return (counts, periods.map { ($0, ratios[$0] ?? nil) })
    }

    /// Milestones committed at any time in the period — commitment on or before its end, and not
    /// done, dropped or deleted before its start — and how many of them were re-dated in it.
    func churn(replanned: [ReviewReport.Redate]) -> (commitments: Int, replanned: Int) {
        var ended: [String: CalendarDate] = [:]
        for event in history.drift {
            switch event.change {
            case .field(let change)
            where change.field == "status"
                && (change.to == ItemStatus.done.rawValue || change.to == ItemStatus.dropped.rawValue):
                ended[event.id] = event.date
            case .removed:
                ended[event.id] = event.date
            case .field(let change) where change.field == "status":
                ended[event.id] = nil
            case .added:
                ended[event.id] = nil
            default:
                continue
            }
        }
        let committed = history.entries.filter { entry in
            guard entry.commitment.date <= period.asOf else { return false }
            guard let end = ended[entry.timeline.id] else { return true }
            return end >= period.since
        }.map(\.timeline.id)
        let redated = Set(replanned.map(\.id))
        return (committed.count, committed.count { redated.contains($0) })
    }

    /// The lint of the revision, counted.
    static func problems(_ diagnostics: [Diagnostic]) -> (
        errors: Int, warnings: Int, byRule: [(rule: String, count: Int, files: [String])]
    ) {
        var byRule: [String: (count: Int, files: Set<String>)] = [:]
        for diagnostic in diagnostics {
            byRule[diagnostic.rule, default: (0, [])].count += 1
            byRule[diagnostic.rule]?.files.insert(diagnostic.path)
        }
        return (
            diagnostics.count { $0.severity == .error }, diagnostics.count { $0.severity == .warning },
            byRule.sorted { $0.key < $1.key }.map {
                ($0.key, $0.value.count, $0.value.files.sorted(by: PathOrder.precedes))
            }
        )
    }
}
