import RMLintCore

/// A done backlog item that depends on one that is not done: either it is not really done, or
/// the dependency is stale.
package struct DoneDependsOnOpenRule: LinkRule {
    package static let description = RuleDescription(
        id: "done-depends-on-open",
        severity: .warning,
        scope: .graph,
        summary: "a done backlog item depends (`depends_on`) on a backlog item that is not done",
        rationale:
            "Work marked done on top of unfinished work is either not done or has a stale dependency; both mislead whoever reads the board.",
        triggeringExamples: [
            RuleExample(
                backlog: RuleExample.taskFile("TASK-2", "Send invoices"),
                RuleExample.task("TASK-2", "Send invoices", status: "Done", extra: "dependencies: [↓TASK-1]"),
                context: [
                    (RuleExample.taskFile("TASK-1", "Export invoices"), RuleExample.task("TASK-1", "Export invoices"))
                ])
        ],
        nonTriggeringExamples: [
            RuleExample(
                backlog: RuleExample.taskFile("TASK-2", "Send invoices"),
                RuleExample.task("TASK-2", "Send invoices", status: "Done", extra: "dependencies: [task-01]"),
                context: [
                    (
                        RuleExample.taskFile("TASK-1", "Export invoices", folder: "completed"),
                        RuleExample.task("TASK-1", "Export invoices", status: "In Progress")
                    )
                ])
        ]
    )

    package init() {}

    package func check(_ item: RoadmapItem, in links: LinkContext) -> [Finding] {
        guard item.kind == .backlog, item.effectiveStatus == .done else { return [] }
        let convention = links.configuration.convention
        let key = convention?.key(for: "depends_on") ?? "depends_on"
        return item.dependsOn.compactMap { dependency in
            guard let target = links.linked(dependency.value, as: .backlog),
                let status = target.effectiveStatus, status == .open || status == .inProgress
            else { return nil }
            let word = convention?.word(for: status, kind: .backlog) ?? status.rawValue
            var finding = Finding(
                item, at: dependency.location, field: "depends_on[\(dependency.value)]",
                "the item is done, but it depends on \(dependency.value), which is not ('\(word)'); finish \(dependency.value) first, or take it out of '\(key)'"
            )
            finding.related = [
                RelatedLocation(
                    path: target.path, line: target.keyLocation("status").line,
                    column: target.keyLocation("status").column, message: "\(dependency.value) is '\(word)'")
            ]
            return finding
        }
    }
}
