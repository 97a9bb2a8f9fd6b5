import RMLintCore

/// Near-term milestones need an estimate that fits the period's capacity.
package struct SmartAchievableRule: ItemRule {
    package static let description = RuleDescription(
        id: "smart-achievable",
        severity: .warning,
        scope: .item,
        summary: "a milestone in `now` or `next` lacks `estimate`, or its estimate exceeds its period's `total`",
        rationale:
            "Work planned for the near term without a size cannot be checked against capacity; one bigger than the period never fits.",
        triggeringExamples: [
            RuleExample(
                """
                ↓---
                id: M-1
                kind: milestone
                title: Automatic invoice matching
                owner: carol
                theme: T-core
                horizon: now
                status: in-progress
                track: product
                due: 2026-09-30
                metric: {name: invoices matched automatically, target: 80%}
                ---
                \(RuleExample.narrative)
                """),
            RuleExample(
                """
                ---
                id: M-2
                kind: milestone
                title: Ledger rewrite
                owner: carol
                theme: T-core
                horizon: next
                status: proposed
                track: engineering
                estimate: ↓50
                period: 2026-Q4
                metric: {name: ledger write p95, target: 20 ms}
                ---
                \(RuleExample.narrative)
                """, configuration: "capacity:\n  total: {2026-Q4: 40}\n"),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                ---
                id: M-3
                kind: milestone
                title: Offline mode
                owner: carol
                theme: T-core
                horizon: later
                status: proposed
                track: product
                metric: {name: weekly offline sessions, target: 5000}
                ---
                \(RuleExample.narrative)
                """)
        ]
    )

    package init() {}

    package func check(_ milestone: RoadmapItem, in context: ItemContext) -> [Finding] {
        guard milestone.kind == .milestone else { return [] }
        let capacity = context.configuration.capacity
        switch milestone.estimate {
        case .absent:
            guard let horizon = milestone.horizon.value, horizon != .later else { return [] }
            return [
                Finding(
                    milestone, at: .start, field: "estimate",
                    "milestone in '\(horizon.rawValue)' has no estimate; add 'estimate:' in \(capacity.unit) so it can be checked against capacity"
                )
            ]
        case .invalid:
            return []
        case .valid(let estimate):
            guard milestone.status.value != .dropped,
                let period = milestone.placement(granularity: capacity.period).period,
                let total = capacity.total[period], estimate.value > total.value
            else { return [] }
            return [
                Finding(
                    milestone, at: estimate.location, field: "estimate",
                    "estimate of \(CapacityLedger.format(estimate.value)) \(capacity.unit) exceeds the whole capacity of \(period) (\(CapacityLedger.format(total.value))); split the milestone or spread it over periods"
                )
            ]
        }
    }
}
