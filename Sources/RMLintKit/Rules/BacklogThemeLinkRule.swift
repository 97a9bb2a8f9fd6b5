/// Every backlog item traces to a live theme, directly or through its milestone.
public struct BacklogThemeLinkRule: Rule {
    public static let description = RuleDescription(
        id: "backlog-theme-link",
        severity: .error,
        summary: "a backlog item's `theme` is not an active theme and its `milestone`'s `theme` is not one either",
        rationale: "Backlog that traces to no live theme is work nobody decided to want; it crowds out the roadmap.",
        triggeringExamples: [
            RuleExample("""
            ---
            id: B-1
            kind: backlog
            title: Port settings dialog
            theme: ↓T-old
            ---
            """),
            RuleExample("""
            ↓---
            id: B-2
            kind: backlog
            title: Tidy up the build scripts
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
        let graph = context.graph
        var findings: [Finding] = []
        for item in graph.items where item.kind == .backlog {
            let theme = item.theme.located
            let milestone = item.milestone.located
            if item.theme.isAbsent && item.milestone.isAbsent {
                findings.append(Finding(item, at: .start,
                    "backlog item links neither a theme nor a milestone; add 'theme:' or 'milestone:' so it traces to a live theme"))
                continue
            }
            // Invalid or dangling links are reported by schema / dangling-link.
            if case .invalid = item.theme { continue }
            if case .invalid = item.milestone { continue }
            if let theme, graph.isBroken(theme.value, as: .theme) { continue }
            if let milestone, graph.isBroken(milestone.value, as: .milestone) { continue }
            if graph.linked(theme?.value, as: .theme)?.isActive == true { continue }
            let milestoneItem = graph.linked(milestone?.value, as: .milestone)
            if graph.linked(milestoneItem?.theme.value, as: .theme)?.isActive == true { continue }
            var reasons: [String] = []
            if let theme { reasons.append("theme '\(theme.value)' is \(graph.item(theme.value)?.effectiveStatus ?? "not active")") }
            if let milestone { reasons.append("milestone '\(milestone.value)' has no active theme") }
            findings.append(Finding(item, at: (theme ?? milestone)?.location ?? .start,
                "backlog item traces to no active theme (\(reasons.joined(separator: ", "))); link it to a live theme or drop it"))
        }
        return findings
    }
}
