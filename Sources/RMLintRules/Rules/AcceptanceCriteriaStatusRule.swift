import RMLintCore

/// A backlog item whose acceptance criteria and status disagree: every criterion checked but the
/// item not done, or done with criteria unchecked.
package struct AcceptanceCriteriaStatusRule: ItemRule {
    package static let description = RuleDescription(
        id: "acceptance-criteria-status",
        severity: .warning,
        scope: .item,
        summary:
            "under a convention, a backlog item's acceptance criteria (Backlog.md's `<!-- AC:BEGIN -->` list) are all checked but it is not done, or it is done with criteria unchecked",
        rationale:
            "The checklist is what done means for the item; a status that contradicts it makes the board and the review wrong.",
        triggeringExamples: [
            RuleExample(
                backlog: RuleExample.taskFile("TASK-1", "Export invoices"),
                RuleExample.task(
                    "TASK-1", "Export invoices", status: "Done",
                    body: criteria("- [x] #1 CSV export\n↓- [ ] #2 PDF export"))
            ),
            RuleExample(
                backlog: RuleExample.taskFile("TASK-2", "Send invoices"),
                RuleExample.task(
                    "TASK-2", "Send invoices", status: "↓In Progress", body: criteria("- [x] #1 Sent by mail"))),
        ],
        nonTriggeringExamples: [
            RuleExample(
                backlog: RuleExample.taskFile("TASK-1", "Export invoices"),
                RuleExample.task(
                    "TASK-1", "Export invoices", status: "Done",
                    body: criteria("- [x] #1 CSV export\n- [x] #2 PDF export"))
            ),
            RuleExample(
                backlog: RuleExample.taskFile("TASK-2", "Send invoices"),
                RuleExample.task(
                    "TASK-2", "Send invoices", status: "In Progress",
                    body: criteria("- [x] #1 Sent by mail\n- [ ] #2 Sent by post"))),
        ]
    )

    /// A body with an acceptance-criteria list, as Backlog.md writes it.
    static func criteria(_ items: String) -> String {
        "## Acceptance Criteria\n<!-- AC:BEGIN -->\n\(items)\n<!-- AC:END -->\n"
    }

    package init() {}

    package func check(_ item: RoadmapItem, in context: ItemContext) -> [Finding] {
        // Backlog.md's checklist: read under a convention (a native roadmap has no such list).
        guard item.kind == .backlog, context.configuration.convention != nil, let list = item.fields.criteria,
            !list.criteria.isEmpty,
            let status = item.effectiveStatus
        else { return [] }
        let checked = list.checkedCount
        let total = list.criteria.count
        if status == .done, let open = list.criteria.first(where: { !$0.checked }) {
            return [
                Finding(
                    item, at: SourceLocation(line: open.line, column: 1), field: "criteria",
                    "the item is done, but \(total - checked) of its \(total) acceptance criteria \(total - checked == 1 ? "is" : "are") unchecked (first: '\(open.text)'); check what is met, or reopen the item"
                )
            ]
        }
        guard checked == total, status == .open || status == .inProgress else { return [] }
        let word = context.configuration.convention?.word(for: status, kind: .backlog) ?? status.rawValue
        let all =
            total == 1 ? "its one acceptance criterion is checked" : "all \(total) acceptance criteria are checked"
        let at = item.status.located?.location ?? item.keyLocation("status")
        return [
            Finding(
                item, at: at, field: "status",
                "\(all), but the item is not done ('\(word)'); mark it done, or uncheck what is not met"
            )
        ]
    }
}
