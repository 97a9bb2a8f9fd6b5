import RMLintCore

/// Goals and milestones need a metric with a name and a target.
package struct SmartMeasurableRule: ItemRule {
    package static let description = RuleDescription(
        id: "smart-measurable",
        severity: .error,
        scope: .item,
        summary: "a goal or milestone lacks `metric.name` or `metric.target`",
        rationale: "Without a metric and a target nobody can tell whether the work succeeded, only whether it shipped.",
        triggeringExamples: [
            RuleExample(
                """
                ↓---
                id: G-2
                kind: goal
                title: Cut support load
                owner: bob
                theme: T-core
                due: 2027-03-31
                ---
                \(RuleExample.narrative)
                """),
            RuleExample(
                """
                ---
                id: G-3
                kind: goal
                title: Faster checkout
                owner: bob
                theme: T-core
                ↓metric: {name: checkout p95 latency}
                due: 2027-03-31
                ---
                \(RuleExample.narrative)
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                ---
                id: G-3
                kind: goal
                title: Faster checkout
                owner: bob
                theme: T-core
                metric: {name: checkout p95 latency, target: 1.5 s, baseline: 3 s}
                due: 2027-03-31
                ---
                \(RuleExample.narrative)
                """)
        ]
    )

    package init() {}

    package func check(_ item: RoadmapItem, in context: ItemContext) -> [Finding] {
        guard let kind = item.kind, kind == .goal || kind == .milestone else { return [] }
        switch item.metric {
        case .absent:
            return [
                Finding(
                    item, at: .start, field: "metric",
                    "\(kind.rawValue) has no metric; add 'metric: {name: …, target: …}' so success can be measured")
            ]
        case .invalid:
            return []
        case .valid(let metric):
            var missing: [String] = []
            // An invalid name or target is unknown (`schema` reported it), not missing.
            if metric.value.name.isAbsent { missing.append("name") }
            if metric.value.target.isAbsent { missing.append("target") }
            guard !missing.isEmpty else { return [] }
            return [
                Finding(
                    item, at: metric.location, field: "metric",
                    "\(kind.rawValue) metric has no \(missing.joined(separator: " and ")); add \(missing.map { "'\($0):'" }.joined(separator: " and ")) to the metric"
                )
            ]
        }
    }
}
