import RMLintCore
import RMLintGit

/// `rmlint review --format json`: SPEC §7's document, then the sections it leaves to the readable
/// formats (goals, scope changes, the expected accuracy, the priority questions).
public struct ReviewJSONReporter: Reporter {
    public static let identifier = "json"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ review: ReviewReport) -> String {
        func date(_ value: CalendarDate?) -> JSONValue { .optional(value?.description) }
        func ratio(_ value: Double?) -> JSONValue { value.map(JSONValue.double) ?? .null }
        let document = JSONValue.object([
            ("version", .int(1)),
            ("revision", .string(review.revision.description)),
            ("since", .string(review.period.since.description)),
            ("as_of", .string(review.period.asOf.description)),
            ("horizon", .int(review.horizon)),
            (
                "delivered",
                .array(
                    review.delivered.map {
                        .object([
                            ("id", .string($0.id)), ("committed_due", date($0.committedDue)),
                            ("delivered_on", date($0.deliveredOn)), ("outcome", .string($0.outcome.rawValue)),
                            ("days_late", .int($0.daysLate)),
                        ])
                    })
            ),
            (
                "missed",
                .array(
                    review.missed.map {
                        .object([
                            ("id", .string($0.id)), ("committed_due", date($0.committedDue)),
                            ("days_overdue", .int($0.daysOverdue)),
                        ])
                    })
            ),
            (
                "replanned",
                .array(
                    review.replanned.map {
                        .object([
                            ("id", .string($0.id)), ("commit", .string($0.commit.description)),
                            ("date", date($0.date)), ("from", .optional($0.from)), ("to", .optional($0.to)),
                            ("days", $0.days.map(JSONValue.int) ?? .null),
                            ("reasons", .array($0.reasons.map(JSONValue.string))),
                        ])
                    })
            ),
            (
                "dropped",
                .array(
                    review.dropped.map {
                        .object([("id", .string($0.id)), ("date", date($0.date)), ("reason", .optional($0.reason))])
                    })
            ),
            ("added", .array(review.added.map(JSONValue.string))),
            ("removed", .array(review.removed.map(JSONValue.string))),
            (
                "at_risk",
                .array(
                    review.atRisk.map {
                        .object([("id", .string($0.id)), ("why", .string($0.why.rawValue)), ("due", date($0.due))])
                    })
            ),
            ("capacity", .array(review.capacity.map(capacity))),
            (
                "owners",
                .array(review.owners.map { .object([("owner", .string($0.owner)), ("share", .double($0.share))]) })
            ),
            (
                "accuracy",
                .object([
                    (
                        "period",
                        .object([
                            ("on_time", .int(review.accuracy.onTime)), ("late", .int(review.accuracy.late)),
                            ("missed", .int(review.accuracy.missed)), ("ratio", ratio(review.accuracy.ratio)),
                        ])
                    ),
                    (
                        "trend",
                        .array(
                            review.trend.map {
                                .object([("period", .string($0.period.description)), ("ratio", ratio($0.ratio))])
                            })
                    ),
                ])
            ),
            (
                "churn",
                .object([
                    ("commitments", .int(review.churn.commitments)), ("replanned", .int(review.churn.replanned)),
                    ("ratio", ratio(review.churnRatio)),
                ])
            ),
            (
                "problems",
                .object([
                    ("errors", .int(review.problems.errors)), ("warnings", .int(review.problems.warnings)),
                    ("by_rule", .object(review.problems.byRule.map { ($0.rule, JSONValue.int($0.count)) })),
                ])
            ),
            (
                "forecast",
                .array(
                    review.forecast.map {
                        .object([
                            ("id", .string($0.id)), ("committed_due", date($0.committedDue)), ("due", date($0.due)),
                            ("p50", date($0.p50)), ("p80", date($0.p80)),
                            (
                                "basis",
                                .object([("track", .optional($0.track)), ("deliveries", .int($0.deliveries))])
                            ),
                        ])
                    })
            ),
            ("decisions", .array(review.decisions.map(JSONValue.string))),
            ("tolerance", .int(review.tolerance)),
            ("expected_accuracy", ratio(review.expectedAccuracy)),
            ("goals", .array(review.goals.map(goal))),
            (
                "scope_changes",
                .array(
                    review.scopeChanges.map {
                        .object([
                            ("id", .string($0.id)), ("field", .string($0.field)), ("from", .optional($0.from)),
                            ("to", .optional($0.to)), ("date", date($0.date)),
                        ])
                    })
            ),
            (
                "priorities",
                .array(
                    review.priorities.map {
                        .object([
                            ("question", .string($0.kind.rawValue)), ("id", .string($0.id)),
                            ("theme", .optional($0.theme)), ("value", $0.value.map(JSONValue.int) ?? .null),
                            ("above", .optional($0.other)), ("untouched_days", $0.days.map(JSONValue.int) ?? .null),
                        ])
                    })
            ),
        ])
        return document.rendered(pretty: true) + "\n"
    }

    private func capacity(_ row: ReviewReport.CapacityRow) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("period", .string(row.period.description)), ("total", .double(HistoryScorecard.number(row.total))),
            (
                "tracks",
                .object(
                    row.tracks.map { track, effort, percent in
                        (
                            track,
                            .object([
                                ("effort", .double(HistoryScorecard.number(effort))), ("percent", .double(percent)),
                            ])
                        )
                    })
            ),
        ]
        if let inSplit = row.inSplit { members.append(("in_split", .bool(inSplit))) }
        if let total = row.capacityTotal { members.append(("capacity_total", .double(HistoryScorecard.number(total)))) }
        if row.uncertain { members.append(("uncertain", .bool(true))) }
        return .object(members)
    }

    private func goal(_ goal: ReviewReport.GoalStatus) -> JSONValue {
        .object([
            ("id", .string(goal.id)), ("title", .optional(goal.title)), ("metric", .optional(goal.metric)),
            ("due", .optional(goal.due?.description)), ("past_due", .bool(goal.pastDue)),
            ("milestones", .object(goal.milestones.map { ($0.status, JSONValue.int($0.count)) })),
            ("done_effort_share", goal.doneEffortShare.map(JSONValue.double) ?? .null),
            ("unplanned", .bool(goal.unplanned)),
        ])
    }
}
