import RMLintCore

/// Wrong types and enum values, missing required fields, and bad `rmlint-disable` entries.
package struct SchemaRule: ItemRule {
    package static let description = RuleDescription(
        id: "schema",
        severity: .error,
        scope: .item,
        summary: "a field has the wrong type or enum value, or a required field for its kind is missing",
        rationale: "Tools, dashboards and the other rules rely on every item having the documented shape.",
        triggeringExamples: [
            RuleExample(
                """
                ---
                id: M-1
                kind: milestone
                title: Automatic invoice matching
                owner: carol
                theme: T-core
                horizon: ↓soon
                status: committed
                track: product
                estimate: ↓"six weeks"
                due: ↓2027-02-29
                metric: {name: invoices matched, target: 80%}
                ---
                \(RuleExample.narrative)
                """),
            RuleExample(
                """
                ↓---
                id: T-2
                kind: theme
                owner: alice
                rmlint-disable: {↓no-such-rule: "typo", single-owner: ↓""}
                ---
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                ---
                id: B-1
                kind: backlog
                title: Match invoices by reference number
                theme: T-core
                status: open
                estimate: 1.5
                team-field: teams may add their own fields
                ---
                """)
        ]
    )

    package init() {}

    package func check(_ item: RoadmapItem, in context: ItemContext) -> [Finding] {
        item.schemaProblems.map { Finding(item, at: $0.location, field: $0.field ?? "", $0.message) }
    }
}
