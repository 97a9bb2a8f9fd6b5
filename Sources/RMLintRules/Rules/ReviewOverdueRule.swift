import RMLintCore

/// The roadmap is reviewed at the configured cadence.
package struct ReviewOverdueRule: Rule {
    package static let description = RuleDescription(
        id: "review-overdue",
        severity: .warning,
        scope: .roadmap,
        summary: "`review.last` plus its cadence is before today",
        rationale:
            "A roadmap is a living plan; unreviewed for longer than its cadence, it quietly stops describing reality.",
        triggeringExamples: [
            RuleExample(
                file: "themes/T-2.md", "---\nid: T-2\nkind: theme\ntitle: Billing\nowner: alice\n---\n",
                configuration: "review:\n  ↓last: 2026-01-15\n  cadence: quarterly\n")
        ],
        nonTriggeringExamples: [
            RuleExample(
                file: "themes/T-2.md", "---\nid: T-2\nkind: theme\ntitle: Billing\nowner: alice\n---\n",
                configuration: "review:\n  last: 2026-03-01\n  cadence: quarterly\n")
        ]
    )

    package init() {}

    package func check(_ context: LintContext) -> [Finding] {
        guard let review = context.configuration.review else { return [] }
        let due = review.last.adding(months: review.cadence.months)
        guard context.today > due else { return [] }
        return [
            Finding(
                path: context.configurationPath, location: review.location, item: nil, subject: "review.last",
                message:
                    "roadmap review is overdue: last review \(review.last) plus a \(review.cadence.rawValue) cadence was due \(due); review the roadmap and update review.last"
            )
        ]
    }
}
