/// Links (`theme`, `goals`, `milestone`, `depends_on`) that name no item, or an item of the wrong kind.
public struct DanglingLinkRule: Rule {
    public static let description = RuleDescription(
        id: "dangling-link",
        severity: .error,
        summary: "a link names no item, or an item of the wrong kind",
        rationale: "A link to nothing silently disconnects work from the outcome it is meant to serve.",
        triggeringExamples: [
            RuleExample("""
            ---
            id: B-1
            kind: backlog
            title: Match invoices by reference number
            theme: ↓T-typo
            ---
            """),
            RuleExample("""
            ---
            id: B-2
            kind: backlog
            title: Match invoices by amount
            milestone: ↓G-growth
            ---
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            ---
            id: B-1
            kind: backlog
            title: Match invoices by reference number
            theme: T-core
            ---
            """),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for item in context.graph.items {
            for (field, link, kind) in Self.links(of: item) {
                switch context.graph.resolve(link.value, as: kind) {
                case .item, .unreadable:
                    continue
                case .missing:
                    findings.append(Finding(item, at: link.location,
                        "'\(field)' links '\(link.value)', but no item has that id; fix the id or add the \(kind.rawValue)"))
                case let .wrongKind(target):
                    findings.append(Finding(item, at: link.location,
                        "'\(field)' links '\(link.value)', which is a \(target.kind?.rawValue ?? "item"), not a \(kind.rawValue); link a \(kind.rawValue)"))
                }
            }
        }
        return findings
    }

    /// Every link an item holds: field name, target id and the kind it must have.
    static func links(of item: RoadmapItem) -> [(String, Located<String>, ItemKind)] {
        var links: [(String, Located<String>, ItemKind)] = []
        if let theme = item.theme.located { links.append(("theme", theme, .theme)) }
        if let milestone = item.milestone.located { links.append(("milestone", milestone, .milestone)) }
        links += item.goals.map { ("goals", $0, .goal) }
        links += item.dependsOn.map { ("depends_on", $0, .milestone) }
        return links
    }
}
