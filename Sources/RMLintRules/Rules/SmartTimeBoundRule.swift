import RMLintCore

/// Goals, and milestones that are committed or in `now`, need a due date.
package struct SmartTimeBoundRule: ItemRule {
    package static let description = RuleDescription(
        id: "smart-time-bound",
        severity: .error,
        scope: .item,
        summary: "a goal lacks `due`; a milestone that is in `now`, or `committed`/`in-progress`, lacks `due`",
        rationale: "A commitment without a date cannot be late, so it cannot be planned around or measured.",
        triggeringExamples: [
            RuleExample(
                """
                ↓---
                id: M-1
                kind: milestone
                title: Automatic invoice matching
                owner: carol
                theme: T-core
                horizon: next
                status: committed
                track: product
                estimate: 6
                metric: {name: invoices matched automatically, target: 80%}
                ---
                \(RuleExample.narrative)
                """)
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                ---
                id: M-1
                kind: milestone
                title: Automatic invoice matching
                owner: carol
                theme: T-core
                horizon: next
                status: proposed
                track: product
                estimate: 6
                metric: {name: invoices matched automatically, target: 80%}
                ---
                \(RuleExample.narrative)
                """)
        ]
    )

    package init() {}

    package func check(_ item: RoadmapItem, in context: ItemContext) -> [Finding] {
        guard item.due.isAbsent else { return [] }
        let key = context.configuration.convention?.key(for: "due") ?? "due"
        switch item.kind {
        case .goal?:
            return [
                Finding(
                    item, at: .start, field: "due",
                    "goal has no due date; add '\(key): YYYY-MM-DD' for when the outcome is expected")
            ]
        case .milestone?:
            guard PeriodPlacement.dueIsRequired(status: item.status.value, horizon: item.horizon.value) else {
                return []
            }
            if context.configuration.convention?.backlog != nil {
                return [Finding(item, at: .start, field: "due", "milestone has no due date; add '\(key): YYYY-MM-DD'")]
            }
            if let status = item.status.value, status == .committed || status == .inProgress {
                return [
                    Finding(
                        item, at: .start, field: "due",
                        "milestone is '\(status.rawValue)' but has no due date; add '\(key): YYYY-MM-DD'")
                ]
            }
            if item.horizon.value == .now {
                return [
                    Finding(
                        item, at: .start, field: "due", "milestone in 'now' has no due date; add '\(key): YYYY-MM-DD'")
                ]
            }
            return []
        default:
            return []
        }
    }
}
