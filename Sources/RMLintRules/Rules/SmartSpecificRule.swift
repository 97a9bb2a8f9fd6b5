import RMLintCore

/// Goals and milestones need a narrative that says what will be different.
package struct SmartSpecificRule: ItemRule {
    package static let description = RuleDescription(
        id: "smart-specific",
        severity: .warning,
        scope: .item,
        summary: "a goal or milestone narrative is shorter than `min-words` (default 15)",
        rationale:
            "A title is a label, not a plan: the narrative says what changes, for whom, and what is out of scope.",
        options: [minWords],
        triggeringExamples: [
            RuleExample(
                """
                ↓---
                id: G-2
                kind: goal
                title: Cut support load
                owner: bob
                theme: T-core
                metric: {name: tickets per week, target: 200, baseline: 350}
                due: 2027-03-31
                ---
                Fewer tickets.
                """)
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                ---
                id: G-2
                kind: goal
                title: Cut support load
                owner: bob
                theme: T-core
                metric: {name: tickets per week, target: 200, baseline: 350}
                due: 2027-03-31
                ---
                \(RuleExample.narrative)
                """)
        ]
    )

    /// `min-words`: the fewest words a narrative may have.
    package static let minWords = RuleOption(
        name: "min-words", summary: "the fewest words a narrative may have", defaultValue: 15)

    package init() {}

    package func check(_ item: RoadmapItem, in context: ItemContext) -> [Finding] {
        let minimum = context.value(of: Self.minWords, for: Self.self)
        guard let kind = item.kind, kind == .goal || kind == .milestone, item.bodyWordCount < minimum else { return [] }
        let words = item.bodyWordCount == 1 ? "1 word" : "\(item.bodyWordCount) words"
        return [
            Finding(
                item, at: .start, field: "narrative",
                "\(kind.rawValue) narrative has \(words); describe below the front-matter what changes, for whom and why, in at least \(minimum) words"
            )
        ]
    }
}
