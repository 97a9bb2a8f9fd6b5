import RMLintCore

/// Goals serve an active theme; milestones serve an active theme or goal.
package struct SmartRelevantRule: LinkRule {
    package static let description = RuleDescription(
        id: "smart-relevant",
        severity: .error,
        scope: .graph,
        summary: "a goal links no active theme; a milestone links neither an active theme nor an active goal",
        rationale:
            "Work that serves no live outcome is the first thing to cut; linking it makes the trade-off visible.",
        triggeringExamples: [
            RuleExample(
                """
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
            RuleExample(
                """
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
            RuleExample(
                """
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
                """)
        ]
    )

    package init() {}

    package func check(_ item: RoadmapItem, in links: LinkContext) -> [Finding] {
        guard let kind = item.kind, kind == .goal || kind == .milestone else { return [] }
        guard case .valid(let theme) = item.theme else {
            guard item.theme.isAbsent else { return [] }
            return [
                Finding(
                    item, at: .start, field: "theme",
                    "\(kind.rawValue) has no theme; add 'theme:' with the id of the active theme it serves")
            ]
        }
        // Archived goals and done or dropped milestones are not live work.
        guard item.isLiveWork == true else { return [] }
        var paths = [links.liveness(of: theme.value, as: .theme)]
        if kind == .milestone {
            paths += item.goals.map { links.liveness(of: $0.value, as: .goal) }
            if item.isUnknown("goals") { paths.append(.unknown) }
        }
        guard case .notLive = Liveness.any(paths), let themeItem = links.linked(theme.value, as: .theme) else {
            return []
        }
        let status = themeItem.effectiveStatus?.rawValue ?? "not active"
        let remedy =
            kind == .goal
            ? "link an active theme or archive the goal" : "link an active theme or goal, or drop the milestone"
        let goals = kind != .milestone ? "" : item.goals.isEmpty ? ", and no goal" : ", and no active goal"
        return [
            Finding(
                item, at: theme.location, field: "theme",
                "\(kind.rawValue) serves theme '\(theme.value)', which is \(status)\(goals); \(remedy)")
        ]
    }
}
