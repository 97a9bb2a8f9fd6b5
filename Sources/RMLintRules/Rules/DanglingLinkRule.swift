import RMLintCore

/// Links (`theme`, `goals`, `milestone`, `depends_on`) that name no item, or an item of the wrong kind.
package struct DanglingLinkRule: LinkRule {
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

    package func check(_ item: RoadmapItem, in links: LinkContext) -> [Finding] {
        var findings: [Finding] = []
        let convention = links.configuration.convention
        for link in links.links(of: item) {
            let target = link.target
            let key = convention?.key(for: link.field) ?? link.field
            switch links.resolve(target.value, as: link.kind) {
            case .item, .unknown, .archived:
                continue
            case .missing:
                let remedy =
                    links.suggestion(for: target.value, as: link.kind).map { "did you mean '\($0)'?" }
                    ?? "fix the id or add the \(Self.noun(link.kind, convention))"
                findings.append(
                    Finding(
                        item, at: target.location, field: "\(link.field)[\(target.value)]",
                        "'\(key)' links '\(target.value)', but no \(byTitle(link, convention) ? "milestone has that id or title" : "item has that id"); \(remedy)"
                    ))
            case .wrongKind(let found):
                findings.append(
                    Finding(
                        item, at: target.location, field: "\(link.field)[\(target.value)]",
                        "'\(key)' links '\(target.value)', which is a \(found.kind.map { Self.noun($0, convention) } ?? "item"), not a \(Self.noun(link.kind, convention)); link a \(Self.noun(link.kind, convention))"
                    ))
            }
        }
        return findings
    }

    /// What the team calls an item of `kind`, for the remedy: a Backlog.md task, a backlog item.
    private static func noun(_ kind: ItemKind, _ convention: Convention?) -> String {
        guard kind == .backlog else { return kind.rawValue }
        return convention?.backlog != nil ? "task" : "backlog item"
    }

    /// Whether the link may name its target by title (a milestone under Backlog.md's convention).
    private func byTitle(_ link: Link, _ convention: Convention?) -> Bool {
        link.kind == .milestone && convention?.backlog != nil
    }
}
