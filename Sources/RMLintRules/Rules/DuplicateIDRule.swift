import RMLintCore

/// Two files with the same `id`: links become ambiguous.
package struct DuplicateIDRule: Rule {
    package static let description = RuleDescription(
        id: "duplicate-id",
        severity: .error,
        scope: .graph,
        summary: "two items share an id (both locations reported)",
        rationale:
            "Items are linked and tracked through history by id; two items with one id make every link to it ambiguous.",
        triggeringExamples: [
            RuleExample(
                file: "themes/T-billing.md",
                """
                ---
                id: ↓T-billing
                kind: theme
                title: Billing
                owner: alice
                ---
                """,
                context: RuleExample.background + [
                    RuleExample.File(
                        path: "roadmap/themes/billing-copy.md",
                        content: """
                            ---
                            id: ↓T-billing
                            kind: theme
                            title: Billing (copy)
                            owner: alice
                            ---
                            """)
                ])
        ],
        nonTriggeringExamples: [
            RuleExample(
                file: "T-billing.md",
                """
                ---
                id: T-billing
                kind: theme
                title: Billing
                owner: alice
                ---
                """)
        ]
    )

    package init() {}

    package func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for (id, positions) in context.graph.duplicateIDs {
            // Paths in order; each message names a few of the others, so n files cost O(n), not O(n²).
            let paths = positions.map { context.graph.items[$0].path }.sorted(by: PathOrder.precedes)
            for position in positions {
                let item = context.graph.items[position]
                let others = Self.describe(paths.lazy.filter { $0 != item.path }, count: paths.count - 1)
                let location = item.id.located?.location ?? .start
                // Both items have the id: the path tells the two findings apart.
                var finding = Finding(
                    path: item.path, location: location, item: id, subject: id, field: "id",
                    message: "id '\(id)' is also used by \(others); give each item its own id")
                finding.range = item.range(at: location)
                // The other holders, for tools that can show them (a few: the message counts the rest).
                finding.related = positions.lazy.map { context.graph.items[$0] }.filter { $0 !== item }.prefix(
                    Self.shown
                ).map { other in
                    let at = other.id.located?.location ?? .start
                    return RelatedLocation(
                        path: other.path, line: at.line, column: at.column, message: "'\(id)' is also the id here")
                }
                findings.append(finding)
            }
        }
        return findings
    }

    /// At most ``shown`` of the other paths, then how many more there are.
    static func describe(_ others: some Sequence<String>, count: Int) -> String {
        let named = others.prefix(shown).joined(separator: ", ")
        return count > shown ? "\(named) and \(count - shown) more files" : named
    }

    static let shown = 5
}
