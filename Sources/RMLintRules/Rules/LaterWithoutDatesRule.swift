import RMLintCore

/// `later` ideas carry no due date: a date there is fake certainty.
package struct LaterWithoutDatesRule: ItemRule {
    package static let description = RuleDescription(
        id: "later-without-dates",
        severity: .warning,
        scope: .item,
        summary: "a `later` milestone with status `proposed` carries a `due` date (fake certainty)",
        rationale:
            "Dates on ideas nobody has committed to are read as promises; keep them off until the work moves to now or next.",
        triggeringExamples: [
            RuleExample(
                file: "milestones/M-7.md",
                """
                ---
                id: M-7
                kind: milestone
                title: Offline mode
                owner: carol
                theme: T-core
                horizon: later
                status: proposed
                track: product
                due: ↓2027-12-31
                metric: {name: weekly offline sessions, target: 5000}
                ---
                \(RuleExample.narrative)
                """)
        ],
        nonTriggeringExamples: [
            RuleExample(
                file: "milestones/M-7.md",
                """
                ---
                id: M-7
                kind: milestone
                title: Offline mode
                owner: carol
                theme: T-core
                horizon: later
                status: proposed
                track: product
                metric: {name: weekly offline sessions, target: 5000}
                ---
                \(RuleExample.narrative)
                """)
        ]
    )

    package init() {}

    package func check(_ milestone: RoadmapItem, in context: ItemContext) -> [Finding] {
        guard milestone.kind == .milestone, milestone.horizon.value == .later, milestone.status.value == .proposed,
            let due = milestone.due.located
        else { return [] }
        var finding = Finding(
            milestone, at: due.location, field: "due",
            "proposed 'later' milestone carries due date \(due.value); remove it until the milestone is committed or moves to now or next"
        )
        // `due:` is a top-level key on a line of its own: removing that line is what the message says.
        let key = milestone.keyLocation("due")
        if key.column == 1, key.line == due.location.line, milestone.range(at: due.location).end.line == key.line {
            finding.fix = Fix(
                title: "Remove the due date",
                edits: [
                    TextEdit(
                        path: milestone.path, startLine: key.line, startColumn: 1, endLine: key.line + 1, endColumn: 1,
                        newText: "")
                ])
        }
        return [finding]
    }
}
