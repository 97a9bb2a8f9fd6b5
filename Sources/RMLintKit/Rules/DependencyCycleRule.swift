/// Milestones whose `depends_on` links go round in a circle can never start.
public struct DependencyCycleRule: Rule {
    public static let description = RuleDescription(
        id: "dependency-cycle",
        severity: .error,
        summary: "`depends_on` links form a cycle (the cycle is printed)",
        rationale: "Milestones waiting on each other in a circle can never start; one of the links is wrong.",
        triggeringExamples: [
            RuleExample(file: "milestones/M-1.md", RuleExample.milestone("M-1", extra: "depends_on: [↓M-2]").content,
                        context: RuleExample.background + [RuleExample.milestone("M-2", extra: "depends_on: [M-1]")]),
        ],
        nonTriggeringExamples: [
            RuleExample(file: "milestones/M-1.md", RuleExample.milestone("M-1", extra: "depends_on: [M-2]").content,
                        context: RuleExample.background + [RuleExample.milestone("M-2", due: "2026-08-31")]),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        let dependencies = DependencyGraph(context.graph)
        return dependencies.cycles().map { cycle in
            let first = dependencies.milestones[cycle[0]]
            let next = dependencies.milestones[cycle.count > 1 ? cycle[1] : cycle[0]]
            let link = first.dependsOn.first { $0.value == next.itemID } ?? first.dependsOn.first
            let names = (cycle + [cycle[0]]).compactMap { dependencies.milestones[$0].itemID }
            return Finding(first, at: link?.location ?? first.keyLocation("depends_on"),
                "dependency cycle \(names.joined(separator: " → ")); remove or reverse one of these depends_on links")
        }
    }
}
