import RMLintCore

/// A milestone cannot be due before the milestones it depends on.
package struct DependencyOrderRule: Rule {
    package static let description = RuleDescription(
        id: "dependency-order",
        severity: .warning,
        scope: .graph,
        summary: "a milestone is due before a milestone it depends on",
        rationale: "If what you depend on lands after your own date, one of the two dates is fiction.",
        triggeringExamples: [
            RuleExample(
                file: "milestones/M-1.md",
                RuleExample.milestone("M-1", due: "2026-08-31", extra: "depends_on: [↓M-2]").content,
                context: RuleExample.background + [RuleExample.milestone("M-2", due: "2026-09-30")])
        ],
        nonTriggeringExamples: [
            RuleExample(
                file: "milestones/M-1.md",
                RuleExample.milestone("M-1", due: "2026-09-30", extra: "depends_on: [M-2]").content,
                context: RuleExample.background + [RuleExample.milestone("M-2", due: "2026-09-30")])
        ]
    )

    package init() {}

    package func check(_ context: LintContext) -> [Finding] {
        check(context.graph.dependencies, as: .milestone, context)
            + check(context.graph.taskDependencies, as: .backlog, context)
    }

    private func check(_ dependencies: DependencyGraph, as kind: ItemKind, _ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        guard !dependencies.isEmpty else { return [] }
        let items = kind == .milestone ? context.graph.milestones : context.graph.items.filter { $0.kind == .backlog }
        let what = kind == .milestone ? "milestone" : "item"
        for (index, item) in items.enumerated() {
            guard let due = item.due.value else { continue }
            // Edges inside a dependency cycle are dependency-cycle's to report.
            for link in item.dependsOn where !dependencies.isCycleEdge(from: index, to: link.value) {
                guard let dependency = context.graph.linked(link.value, as: kind),
                    let dependencyDue = dependency.due.value, due < dependencyDue
                else { continue }
                findings.append(
                    Finding(
                        item, at: link.location, field: "depends_on[\(link.value)]",
                        "\(what) is due \(due), before '\(link.value)' (due \(dependencyDue)) which it depends on; move one of the dates or drop the dependency"
                    ))
            }
        }
        return findings
    }
}
