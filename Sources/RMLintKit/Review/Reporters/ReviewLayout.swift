import Foundation
import RMLintCore
import RMLintGit

/// What `rmlint review`'s text and Markdown reports share: the agenda's sections in order, each
/// stating its numbers and the items behind them. Cells hold raw user text; `section` and `list`
/// make it safe for their format (the text reporter escapes controls, Markdown escapes more).
struct ReviewLayout {
    let section: (_ title: String, _ header: [String], _ rows: [[String]]) -> String
    let list: (_ title: String, _ lines: [String]) -> String
    /// A numbered heading of the agenda.
    let heading: (_ title: String) -> String
    /// The line that opens the report.
    var intro: (_ line: String) -> String = { $0 + "\n" }
    /// A chart where a person would rather look than read (HTML): `accuracy`, `capacity`, `dates`.
    var chart: (_ name: String) -> String = { _ in "" }

    func body(_ review: ReviewReport) -> String {
        let period = review.period
        var out = intro(
            "Roadmap review of \(review.revision.description.prefix(12)), \(period.since) to \(period.asOf) (\(period.since.days(until: period.asOf) + 1) days)"
        )
        out += heading("1. Goals")
        out += section(
            "Active goals", ["goal", "title", "metric", "due", "milestones", "done (effort)", ""],
            review.goals.map { goal in
                [
                    goal.id, goal.title ?? "", goal.metric ?? "–", goal.due?.description ?? "–",
                    goal.milestones.isEmpty
                        ? "none" : goal.milestones.map { "\($0.count) \($0.status)" }.joined(separator: ", "),
                    goal.doneEffortShare.map(percent) ?? "–",
                    [goal.unplanned ? "no live milestone" : nil, goal.pastDue ? "past its due" : nil].compactMap { $0 }
                        .joined(separator: "; "),
                ]
            })
        if review.goals.isEmpty { out += list("Active goals", ["No active goal."]) }

        out += heading("2. Progress against the roadmap")
        out += list(
            "In the period",
            [
                "\(review.delivered.count) commitment\(plural(review.delivered.count)) delivered (\(review.delivered.count { $0.outcome == .onTime }) on time, \(review.delivered.count { $0.outcome == .late }) late), \(review.missed.count) missed, \(review.replanned.count) re-date\(plural(review.replanned.count)), \(review.dropped.count) dropped, \(review.scopeChanges.count) scope change\(plural(review.scopeChanges.count)); \(review.added.count) item\(plural(review.added.count)) added, \(review.removed.count) removed."
            ])
        out += section(
            "Delivered", ["milestone", "title", "committed for", "delivered", "outcome"],
            review.delivered.map {
                [
                    $0.id, title($0.id, review), $0.committedDue.description, $0.deliveredOn.description,
                    $0.outcome == .late ? "late by \($0.daysLate) day\(plural($0.daysLate))" : "on time",
                ]
            })
        out += section(
            "Missed", ["milestone", "title", "committed for", "overdue"],
            review.missed.map {
                [
                    $0.id, title($0.id, review), $0.committedDue.description,
                    "\($0.daysOverdue) day\(plural($0.daysOverdue))",
                ]
            })
        out += section(
            "Re-dated", ["milestone", "date", "from", "to", "days", "reason"],
            review.replanned.map {
                [
                    $0.id, $0.date.description, $0.from ?? "–", $0.to ?? "–", $0.days.map { signed($0) } ?? "–",
                    $0.reasons.isEmpty ? "(no reason recorded)" : $0.reasons.joined(separator: "; "),
                ]
            })
        out += section(
            "Dropped", ["milestone", "date", "reason"],
            review.dropped.map {
                [$0.id, $0.date.description, $0.reason ?? ($0.deleted ? "(deleted)" : "(no reason)")]
            })
        out += section(
            "Scope changes", ["milestone", "date", "field", "from", "to"],
            review.scopeChanges.map { [$0.id, $0.date.description, $0.field, $0.from ?? "–", $0.to ?? "–"] })
        out += list(
            "Added and removed",
            [
                review.added.isEmpty ? nil : "Added: " + review.added.joined(separator: ", "),
                review.removed.isEmpty ? nil : "Removed: " + review.removed.joined(separator: ", "),
            ].compactMap { $0 })

        out += heading("3. Capacity")
        out += chart("capacity")
        out += section(
            "Estimated effort per period (\(review.unit))", ["period", "total", "tracks", "split"],
            review.capacity.map { row in
                [
                    row.period.description,
                    CapacityLedger.format(row.total)
                        + (row.capacityTotal.map { " of \(CapacityLedger.format($0))" } ?? ""),
                    row.tracks.map { "\($0.track) \(CapacityLedger.format($0.effort)) (\(number($0.percent))%)" }
                        .joined(
                            separator: ", "),
                    row.inSplit.map {
                        $0
                            ? "within"
                            : "outside: " + row.outside.map { "\($0.track) \($0.range)" }.joined(separator: ", ")
                    }
                        ?? "no split configured",
                ] + (row.uncertain ? [] : [])
            })
        if review.capacity.isEmpty {
            out += list(
                "Estimated effort per period",
                ["No estimated work from \(Period(containing: period.asOf, granularity: review.granularity)) on."])
        }

        out += heading("4. Risks and dependencies")
        out += section(
            "At risk", ["milestone", "title", "why", "due", "detail"],
            review.atRisk.map {
                [$0.id, title($0.id, review), $0.why.rawValue, $0.due?.description ?? "–", $0.detail]
            })
        if review.atRisk.isEmpty { out += list("At risk", ["Nothing at risk."]) }
        out += list(
            "Key people",
            review.owners.map { "\($0.owner) holds \(percent($0.share)) of the live commitments" })

        out += heading("5. Roadmap health")
        out += chart("accuracy")
        let counts = review.accuracy
        out += list(
            "Accuracy and churn",
            [
                "Accuracy of commitments due in the period: "
                    + (counts.ratio.map {
                        "\(percent($0)) (\(counts.onTime) on time, \(counts.late) late, \(counts.missed) missed)"
                    }
                        ?? "nothing due in the period"),
                "Trend: " + review.trend.map { "\($0.period) \($0.ratio.map(percent) ?? "–")" }.joined(separator: ", "),
                "Churn: \(review.churn.replanned) of \(review.churn.commitments) commitment\(plural(review.churn.commitments)) re-dated"
                    + (review.churnRatio.map { " (\(percent($0)))" } ?? ""),
                "Lint problems now: \(review.problems.errors) error\(plural(review.problems.errors)), \(review.problems.warnings) warning\(plural(review.problems.warnings))",
            ])
        out += section(
            "Lint problems by rule", ["rule", "count", "files"],
            review.problems.byRule.map { [$0.rule, "\($0.count)", $0.files.joined(separator: ", ")] })

        out += heading("6. Forecast")
        out += chart("dates")
        let deliveries = review.forecast.first?.deliveries ?? 0
        out += list(
            "From this repository's record",
            [
                review.forecast.isEmpty
                    ? "No open commitment to forecast."
                    : review.forecast.allSatisfy({ $0.p50 == nil })
                        ? "Cannot forecast yet: \(deliveries) delivered commitment\(plural(deliveries)) on record, 5 are needed."
                        : "Dates by which each open commitment lands at 50% and 80% confidence, from the delivery delays of delivered commitments (per track with 8 or more, else all).",
                review.expectedAccuracy.map {
                    "If the record holds, the next period's accuracy is about \(percent($0))."
                },
            ].compactMap { $0 })
        out += section(
            "Forecast", ["milestone", "committed for", "due now", "50%", "80%", "basis"],
            review.forecast.map {
                [
                    $0.id, $0.committedDue.description, $0.due?.description ?? "–", $0.p50?.description ?? "–",
                    $0.p80?.description ?? "–",
                    "\($0.deliveries) deliveries" + ($0.track.map { " of \($0)" } ?? ""),
                ]
            })

        out += heading("7. Priorities")
        out += list(
            "Questions of order (value = customer + business + risk − effort, a ranking, not a verdict)",
            review.priorities.isEmpty
                ? [
                    review.ranked == 0
                        ? "No live milestone has all four scores (customer, business, effort, risk): nothing to rank."
                        : "No question: the scores of the \(review.ranked) ranked milestones agree with their horizons."
                ]
                : review.priorities.map { question in
                    switch question.kind {
                    case .moveUp:
                        return
                            "Move up? \(question.id) (value \(question.value ?? 0)) ranks above \(question.other ?? "") planned now in \(question.theme ?? "its theme")."
                    case .moveDown:
                        return
                            "Move down? \(question.id) (value \(question.value ?? 0)) ranks lowest of \(question.theme ?? "its theme") and is planned now."
                    case .remove:
                        return "Remove? \(question.id) has been in 'later' untouched for \(question.days ?? 0) days."
                    }
                })

        out += heading("8. Decisions to record")
        out += list(
            "Questions for the meeting", review.decisions.isEmpty ? ["Nothing needs a decision."] : review.decisions)
        return out
    }

    private func title(_ id: String, _ review: ReviewReport) -> String { review.titles[id] ?? "" }

    private func plural(_ count: Int) -> String { count == 1 ? "" : "s" }

    private func signed(_ days: Int) -> String { days > 0 ? "+\(days)" : "\(days)" }

    private func percent(_ ratio: Double) -> String { HistoryScorecard.percent(ratio) }

    private func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
