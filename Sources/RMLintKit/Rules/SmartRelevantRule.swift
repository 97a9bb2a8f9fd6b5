/// Goals serve an active theme; milestones serve an active theme or goal.
public struct SmartRelevantRule: Rule {
    public static let description = RuleDescription(
        id: "smart-relevant",
        severity: .error,
        summary: "a goal links no active theme; a milestone links neither an active theme nor an active goal",
        rationale: "Work that serves no live outcome is the first thing to cut; linking it makes the trade-off visible.",
        triggeringExamples: [
            RuleExample("""
            ---
            id: M-1
            kind: milestone
            title: Desktop client dark mode
            owner: carol
            theme: ↓T-old
            horizon: later
            status: proposed
            track: product
            metric: {name: dark mode adoption, target: 30%}
            ---
            \(RuleExample.narrative)
            """),
            RuleExample("""
            ↓---
            id: G-2
            kind: goal
            title: Cut support load
            owner: bob
            metric: {name: tickets per week, target: 200}
            due: 2027-03-31
            ---
            \(RuleExample.narrative)
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            ---
            id: M-1
            kind: milestone
            title: Export to the new ledger
            owner: carol
            theme: T-old
            goals: [G-growth]
            horizon: later
            status: proposed
            track: product
            metric: {name: exports per week, target: 100}
            ---
            \(RuleExample.narrative)
            """),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        let graph = context.graph
        var findings: [Finding] = []
        for item in graph.items {
            guard let kind = item.kind, kind == .goal || kind == .milestone else { continue }
            guard case let .valid(theme) = item.theme else {
                if item.theme.isAbsent {
                    findings.append(Finding(item, at: .start,
                        "\(kind.rawValue) has no theme; add 'theme:' with the id of the active theme it serves"))
                }
                continue
            }
            if graph.isBroken(theme.value, as: .theme) || item.goals.contains(where: { graph.isBroken($0.value, as: .goal) }) {
                continue
            }
            let themeItem = graph.linked(theme.value, as: .theme)
            if themeItem?.isActive == true { continue }
            if kind == .milestone, item.goals.contains(where: { graph.linked($0.value, as: .goal)?.isActive == true }) { continue }
            let status = themeItem?.effectiveStatus ?? "not active"
            let remedy = kind == .goal ? "link an active theme or archive the goal" : "link an active theme or goal, or drop the milestone"
            findings.append(Finding(item, at: theme.location,
                "\(kind.rawValue) serves theme '\(theme.value)', which is \(status)\(kind == .milestone ? ", and no active goal" : ""); \(remedy)"))
        }
        return findings
    }
}
