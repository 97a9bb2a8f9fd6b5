import Foundation
import RMLintCore

/// Each period's estimated effort is split between tracks within the configured ranges.
package struct CapacitySplitRule: Rule {
    package static let description = RuleDescription(
        id: "capacity-split",
        severity: .error,
        scope: .roadmap,
        summary: "in a period, a track's share of estimated effort is outside its configured [min, max]",
        rationale:
            "A declared split (say 70/30 product/engineering) is a promise to invest; it erodes one quarter at a time unless checked.",
        triggeringExamples: [
            RuleExample(
                file: "milestones/M-9.md", RuleExample.milestone("M-9", estimate: "9").content,
                context: RuleExample.background + [RuleExample.milestone("M-10", track: "engineering", estimate: "1")],
                configuration: "capacity:\n  split:\n    ↓product: [60, 80]\n    ↓engineering: [20, 40]\n")
        ],
        nonTriggeringExamples: [
            RuleExample(
                file: "milestones/M-4.md", RuleExample.milestone("M-4", estimate: "4").content,
                context: RuleExample.background + [RuleExample.milestone("M-5", track: "engineering", estimate: "1")],
                configuration: "capacity:\n  split:\n    product: [60, 80]\n    engineering: [20, 40]\n")
        ]
    )

    package init() {}

    package func heldBack(_ context: LintContext) -> CapacityLedger.PeriodSet {
        context.configuration.capacity.split.isEmpty ? CapacityLedger.PeriodSet() : context.capacity.uncertainSplits
    }

    package func check(_ context: LintContext) -> [Finding] {
        let capacity = context.configuration.capacity
        guard !capacity.split.isEmpty else { return [] }
        var findings: [Finding] = []
        // A period whose sums miss a value that could not be read is not judged (LintEngine notes it).
        for (period, load) in context.capacity.periods.sorted(by: { $0.key < $1.key })
        where load.total > 0 && !context.capacity.uncertainSplits.contains(period) {
            for share in capacity.split {
                let effort = load.byTrack[share.track] ?? 0
                let scaled = effort * 100
                let placement = share.placement(of: effort, in: load.total)
                guard placement != .within else { continue }
                let below = placement == .below
                let percent = CapacityLedger.format(scaled / load.total)
                let range = "[\(CapacityLedger.format(share.minimum)), \(CapacityLedger.format(share.maximum))]"
                var finding = Finding(
                    path: context.configurationPath, location: share.location, item: nil,
                    subject: "capacity.split.\(share.track)", field: period.description,
                    message:
                        "\(period): \(share.track) is \(percent)% of estimated effort (\(CapacityLedger.format(effort)) of \(CapacityLedger.format(load.total)) \(capacity.unit)), \(below ? "below" : "above") its \(range) range; rebalance the period's milestones or adjust capacity.split"
                )
                // Percentage points outside the range.
                finding.excess = scaled / load.total - (below ? share.minimum : share.maximum)
                findings.append(finding)
            }
        }
        return findings
    }
}
