/// Two files with the same `id`: links become ambiguous.
public struct DuplicateIDRule: Rule {
    public static let description = RuleDescription(
        id: "duplicate-id",
        severity: .error,
        summary: "two items share an id (both locations reported)",
        rationale: "Items are linked and tracked through history by id; two items with one id make every link to it ambiguous.",
        triggeringExamples: [
            RuleExample(file: "themes/T-billing.md", """
            ---
            id: ↓T-billing
            kind: theme
            title: Billing
            owner: alice
            ---
            """, context: RuleExample.background + [RuleExample.File(path: "roadmap/themes/billing-copy.md", content: """
            ---
            id: ↓T-billing
            kind: theme
            title: Billing (copy)
            owner: alice
            ---
            """)]),
        ],
        nonTriggeringExamples: [
            RuleExample(file: "T-billing.md", """
            ---
            id: T-billing
            kind: theme
            title: Billing
            owner: alice
            ---
            """),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for (id, positions) in context.graph.duplicateIDs {
            let items = positions.map { context.graph.items[$0] }
            for item in items {
                let others = items.filter { $0.path != item.path }.map(\.path).sorted()
                let location = item.id.located?.location ?? .start
                // Both items have the id: the path tells the two findings apart.
                findings.append(Finding(path: item.path, location: location, item: id, subject: item.path, field: "id",
                    message: "id '\(id)' is also used by \(others.joined(separator: ", ")); give each item its own id"))
            }
        }
        return findings
    }
}
