import RMLintCore

/// Milestones whose `depends_on` links go round in a circle can never start.
package struct DependencyCycleRule: Rule {
    package static let description = RuleDescription(
        id: "dependency-cycle",
        severity: .error,
        scope: .graph,
        summary: "`depends_on` links form a cycle (the cycle is printed)",
        rationale: "Milestones waiting on each other in a circle can never start; one of the links is wrong.",
        triggeringExamples: [
            RuleExample(
                file: "milestones/M-1.md", RuleExample.milestone("M-1", extra: "depends_on: [↓M-2]").content,
                context: RuleExample.background + [RuleExample.milestone("M-2", extra: "depends_on: [M-1]")]),
            RuleExample(
                backlog: RuleExample.taskFile("TASK-1", "Export invoices"),
                RuleExample.task("TASK-1", "Export invoices", extra: "dependencies: [↓task-2]"),
                context: [
                    (
                        RuleExample.taskFile("TASK-2", "Send invoices"),
                        RuleExample.task("TASK-2", "Send invoices", extra: "dependencies: [TASK-1]")
                    )
                ]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                file: "milestones/M-1.md", RuleExample.milestone("M-1", extra: "depends_on: [M-2]").content,
                context: RuleExample.background + [RuleExample.milestone("M-2", due: "2026-08-31")])
        ]
    )

    /// `A → B → C → A`, with the middle of a very long cycle elided.
    static func chain(_ names: [String]) -> String {
        guard names.count > membersShown else { return names.joined(separator: " → ") }
        let head = names.prefix(membersShown / 2)
        let tail = names.suffix(3)
        return (head + ["… \(names.count - head.count - tail.count) more …"] + tail).joined(separator: " → ")
    }

    /// How many members of a large component a message names.
    static let membersShown = 20

    package init() {}

    /// One finding per strongly connected component, at the `depends_on` entry of its smallest id
    /// that starts the concrete cycle printed.
    package func check(_ context: LintContext) -> [Finding] {
        let convention = context.configuration.convention
        let key = convention?.key(for: "depends_on") ?? "depends_on"
        return check(context.graph.dependencies, what: "milestones", key: key)
            + check(
                context.graph.taskDependencies, what: convention?.backlog != nil ? "tasks" : "backlog items", key: key)
    }

    private func check(_ dependencies: DependencyGraph, what: String, key: String) -> [Finding] {
        dependencies.cycles.map { cycle in
            let path = cycle.path
            let first = dependencies.milestone(path[0])
            let next = dependencies.milestone(path.count > 1 ? path[1] : path[0])
            let link = first.dependsOn.first { $0.value == next.itemID } ?? first.dependsOn.first
            let names = (path + [path[0]]).compactMap { dependencies.milestone($0).itemID }
            var message = "dependency cycle \(Self.chain(names))"
            if cycle.members.count > path.count {
                let members = cycle.members.prefix(Self.membersShown).compactMap { dependencies.milestone($0).itemID }
                let more =
                    cycle.members.count > Self.membersShown
                    ? " and \(cycle.members.count - Self.membersShown) more" : ""
                message +=
                    " (the cycles here join \(cycle.members.count) \(what): \(members.joined(separator: ", "))\(more))"
            }
            var finding = Finding(
                first, at: link?.location ?? first.keyLocation("depends_on"), field: "depends_on",
                message + "; remove or reverse one of these \(key) links")
            // Every other link of the printed cycle: each file in it is told.
            finding.related = path.indices.dropFirst().map { index in
                let member = dependencies.milestone(path[index])
                let target = dependencies.milestone(path[(index + 1) % path.count]).itemID
                let at = member.dependsOn.first { $0.value == target }?.location ?? member.keyLocation("depends_on")
                return RelatedLocation(
                    path: member.path, line: at.line, column: at.column,
                    message: "\(member.itemID ?? "this item") depends on \(target ?? "the next one") here")
            }
            return finding
        }
    }
}
