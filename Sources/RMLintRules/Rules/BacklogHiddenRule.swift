import RMLintCore

/// What Backlog.md silently drops or hides in a task it does load: a list written as one value,
/// an id that disagrees with the file name, a task left off the board by an empty status.
package struct BacklogHiddenRule: ItemRule {
    package static let description = RuleDescription(
        id: "backlog-md-hidden",
        severity: .warning,
        scope: .item,
        summary:
            "Backlog.md silently ignores part of a task: `dependencies` or `labels` written as one value, an id that disagrees with the file name, an empty status",
        rationale:
            "Backlog.md drops these without a word, so the board shows less than the files say; the fix is one edit each.",
        triggeringExamples: [
            RuleExample(
                backlog: RuleExample.taskFile("TASK-2", "Send invoices"),
                RuleExample.task("TASK-2", "Send invoices", extra: "dependencies: ↓task-1"),
                context: [
                    (RuleExample.taskFile("TASK-1", "Export invoices"), RuleExample.task("TASK-1", "Export invoices"))
                ]),
            RuleExample(
                backlog: RuleExample.taskFile("TASK-3", "Archive invoices"),
                RuleExample.task("↓TASK-4", "Archive invoices")),
        ],
        nonTriggeringExamples: [
            RuleExample(
                backlog: RuleExample.taskFile("TASK-2", "Send invoices"),
                RuleExample.task("TASK-02", "Send invoices", extra: "dependencies: [task-1]\nlabels: [billing]"),
                context: [
                    (RuleExample.taskFile("TASK-1", "Export invoices"), RuleExample.task("TASK-1", "Export invoices"))
                ])
        ]
    )

    package init() {}

    package func check(_ item: RoadmapItem, in context: ItemContext) -> [Finding] {
        item.fields.hidden.map { problem in
            Finding(item, at: problem.location, field: problem.field ?? "", problem.message)
        }
    }
}
