import RMLintCore

/// `delivered` records when a `done` milestone shipped: not a date to come, not on open work.
package struct DeliveredDateRule: ItemRule {
    package static let description = RuleDescription(
        id: "delivered-date",
        severity: .error,
        scope: .item,
        summary: "`delivered` is after today, or is set on a milestone that is not `done`",
        rationale:
            "`rmlint history` judges on-time delivery by `delivered`: a date in the future makes a milestone on time before it ships, and a date on open work says it shipped when it did not.",
        triggeringExamples: [
            RuleExample(
                file: "milestones/M-1.md",
                RuleExample.milestone("M-1", extra: "delivered: ↓2026-07-15").content.replacingOccurrences(
                    of: "status: committed", with: "status: done")),
            RuleExample(
                file: "milestones/M-2.md", RuleExample.milestone("M-2", extra: "delivered: ↓2026-05-20").content),
        ],
        nonTriggeringExamples: [
            RuleExample(
                file: "milestones/M-1.md",
                RuleExample.milestone("M-1", extra: "delivered: 2026-05-20").content.replacingOccurrences(
                    of: "status: committed", with: "status: done"))
        ]
    )

    package init() {}

    package func check(_ milestone: RoadmapItem, in context: ItemContext) -> [Finding] {
        guard milestone.kind == .milestone, let delivered = milestone.delivered.located else { return [] }
        if delivered.value > context.today {
            return [
                Finding(
                    milestone, at: delivered.location, field: "delivered",
                    "'delivered' is \(delivered.value), after today (\(context.today)); write the date it shipped, or remove 'delivered' until it has"
                )
            ]
        }
        // An unknown status is schema's to report.
        guard let status = milestone.status.value, status != .done else { return [] }
        return [
            Finding(
                milestone, at: delivered.location, field: "delivered",
                "milestone has 'delivered: \(delivered.value)' but its status is '\(status.rawValue)'; set 'status: done' if it shipped, or remove 'delivered'"
            )
        ]
    }
}
