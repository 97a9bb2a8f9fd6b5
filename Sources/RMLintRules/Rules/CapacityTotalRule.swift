import RMLintCore

/// A period's estimates stay within its declared capacity.
package struct CapacityTotalRule: Rule {
    package static let description = RuleDescription(
        id: "capacity-total",
        severity: .error,
        scope: .roadmap,
        summary: "in a period, the estimates add up to more than `capacity.total`",
        rationale:
            "A plan that needs more people-weeks than the team has will slip; better to choose now than to miss later.",
        triggeringExamples: [
            RuleExample(
                file: "milestones/M-1.md", RuleExample.milestone("M-1", estimate: "30").content,
                context: RuleExample.background + [RuleExample.milestone("M-2", estimate: "15")],
                configuration: "capacity:\n  total:\n    ↓2026-Q3: 40\n")
        ],
        nonTriggeringExamples: [
            RuleExample(
                file: "milestones/M-1.md", RuleExample.milestone("M-1", estimate: "25").content,
                context: RuleExample.background + [RuleExample.milestone("M-2", estimate: "15")],
                configuration: "capacity:\n  total:\n    2026-Q3: 40\n")
        ]
    )

    package init() {}

    package func heldBack(_ context: LintContext) -> CapacityLedger.PeriodSet {
        context.configuration.capacity.total.isEmpty ? CapacityLedger.PeriodSet() : context.capacity.uncertainTotals
    }

    package func check(_ context: LintContext) -> [Finding] {
        let capacity = context.configuration.capacity
        return capacity.total.sorted(by: { $0.key < $1.key }).compactMap { period, total -> Finding? in
            guard !context.capacity.uncertainTotals.contains(period),
                let load = context.capacity.periods[period], load.total > total.value
            else { return nil }
            var finding = Finding(
                path: context.configurationPath, location: total.location, item: nil,
                subject: "capacity.total", field: period.description,
                message:
                    "\(period): estimates add up to \(CapacityLedger.format(load.total)) \(capacity.unit), over the capacity of \(CapacityLedger.format(total.value)); move milestones to a later period, cut scope or raise capacity.total"
            )
            finding.excess = load.total - total.value
            return finding
        }
    }
}
