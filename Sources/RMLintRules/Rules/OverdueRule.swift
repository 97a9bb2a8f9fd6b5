import Foundation
import RMLintCore

/// Milestones past their due date that are neither done nor dropped.
package struct OverdueRule: ItemRule {
    package static let description = RuleDescription(
        id: "overdue",
        severity: .warning,
        scope: .item,
        summary: "`due` is before today and the milestone is not `done` or `dropped`",
        rationale:
            "A roadmap that still shows missed dates as open is stale; say what happened: delivered, replanned or dropped.",
        triggeringExamples: [
            RuleExample(file: "milestones/M-1.md", RuleExample.milestone("M-1", due: "↓2026-04-30").content)
        ],
        nonTriggeringExamples: [
            RuleExample(file: "milestones/M-1.md", RuleExample.milestone("M-1", due: "2026-06-01").content),
            RuleExample(
                file: "milestones/M-2.md",
                RuleExample.milestone("M-2", due: "2026-04-30", extra: "delivered: 2026-04-28")
                    .content.replacingOccurrences(of: "status: committed", with: "status: done")),
        ]
    )

    package init() {}

    package func check(_ milestone: RoadmapItem, in context: ItemContext) -> [Finding] {
        guard milestone.kind == .milestone, let due = milestone.due.located, due.value < context.today else {
            return []
        }
        // An unknown status is schema's to report; a closed milestone is not late.
        guard let status = milestone.status.value, !status.isClosed else { return [] }
        let days = due.value.days(until: context.today)
        let ago = "\(days) day\(days == 1 ? "" : "s") ago"
        // A Backlog.md milestone has no status: it ends when it is archived.
        if context.configuration.convention?.backlog != nil {
            return [
                Finding(
                    milestone, at: due.location, field: "due",
                    "milestone was due \(due.value) (\(ago)) and is still active; archive it if it was reached, or move its due_date"
                )
            ]
        }
        return [
            Finding(
                milestone, at: due.location, field: "due",
                "milestone was due \(due.value) (\(ago)) and is '\(status.rawValue)'; mark it done, replan it with a new due date, or drop it"
            )
        ]
    }
}
