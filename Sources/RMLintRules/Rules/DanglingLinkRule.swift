import RMLintCore

/// Links (`theme`, `goals`, `milestone`, `depends_on`) that name no item, or an item of the wrong kind.
package struct DanglingLinkRule: Rule {
    package static let description = RuleDescription(
        id: "dangling-link",
        severity: .error,
        scope: .graph,
        summary: "a link names no item, or an item of the wrong kind",
        rationale: "A link to nothing silently disconnects work from the outcome it is meant to serve.",
        triggeringExamples: [
            RuleExample(
                """
                ---
                id: B-1
                kind: backlog
                title: Match invoices by reference number
                theme: ↓T-typo
                ---
                """),
            RuleExample(
                """
                ---
                id: B-2
                kind: backlog
                title: Match invoices by amount
                milestone: ↓G-growth
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
                ---
                """)
        ]
    )

    package init() {}

    package func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for item in context.graph.items {
            for link in context.graph.links(of: item) {
                let target = link.target
                let field = "\(link.field)[\(target.value)]"
                switch context.graph.resolve(target.value, as: link.kind) {
                case .item, .unknown:
                    continue
                case .missing:
                    findings.append(
                        Finding(
                            item, at: target.location, field: field,
                            "'\(link.field)' links '\(target.value)', but no item has that id; fix the id or add the \(link.kind.rawValue)"
                        ))
                case .wrongKind(let found):
                    findings.append(
                        Finding(
                            item, at: target.location, field: field,
                            "'\(link.field)' links '\(target.value)', which is a \(found.kind?.rawValue ?? "item"), not a \(link.kind.rawValue); link a \(link.kind.rawValue)"
                        ))
                }
            }
        }
        return findings
    }
}
