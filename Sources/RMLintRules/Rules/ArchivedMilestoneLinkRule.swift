import RMLintCore

/// A Backlog.md task whose `milestone` names only an archived milestone: Backlog.md shows it with
/// no milestone at all.
package struct ArchivedMilestoneLinkRule: LinkRule {
    package static let description = RuleDescription(
        id: "archived-milestone-link",
        severity: .warning,
        scope: .graph,
        summary:
            "a backlog item's `milestone` names an archived milestone only (Backlog.md shows it with no milestone)",
        rationale:
            "Backlog.md resolves a milestone among the active ones first; a task left on an archived milestone silently drops out of every milestone view.",
        triggeringExamples: [
            RuleExample(
                backlog: RuleExample.taskFile("TASK-1", "Export invoices"),
                RuleExample.task("TASK-1", "Export invoices", extra: "milestone: ↓m-1"),
                context: [("archive/milestones/m-1 - Beta.md", "---\nid: m-1\ntitle: Beta\n---\n")])
        ],
        nonTriggeringExamples: [
            RuleExample(
                backlog: RuleExample.taskFile("TASK-1", "Export invoices"),
                RuleExample.task("TASK-1", "Export invoices", extra: "milestone: Beta"),
                context: [
                    ("archive/milestones/m-1 - Beta.md", "---\nid: m-1\ntitle: Beta\n---\n"),
                    ("milestones/m-2 - Beta.md", RuleExample.backlogMilestone("m-2", "Beta")),
                ])
        ]
    )

    package init() {}

    package func check(_ item: RoadmapItem, in links: LinkContext) -> [Finding] {
        guard item.kind == .backlog, let target = item.milestone.located,
            case .archived(let archived) = links.resolve(target.value, as: .milestone)
        else { return [] }
        let name = archived.title.value.map { " ('\($0)')" } ?? ""
        return [
            Finding(
                item, at: target.location, field: "milestone",
                "'milestone' names '\(target.value)', an archived milestone\(name) at \(archived.path); Backlog.md shows the task with no milestone: link an active milestone, or remove 'milestone'"
            )
        ]
    }
}
