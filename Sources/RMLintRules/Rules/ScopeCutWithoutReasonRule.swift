import Foundation
import RMLintCore

/// A committed outcome is not quietly made smaller.
package struct ScopeCutWithoutReasonRule: Rule {
    package static let description = RuleDescription(
        id: "scope-cut-without-reason",
        severity: .warning,
        scope: .graph,
        requiresBase: true,
        summary:
            "a committed milestone's `metric` is removed, or its numeric `target` moves toward its `baseline` (with no baseline: is lowered), and no `replans` entry with a date and reason was added",
        rationale:
            "Lowering the bar keeps the date but breaks the promise just the same. A cut is a legitimate decision when it is said out loud: record it in 'replans' with its reason.",
        triggeringExamples: [
            RuleExample(
                change: "milestones/M-101.md", before: RuleExample.payments(),
                after: RuleExample.payments(
                    metric: "metric: {name: payments retried automatically, target: ↓80%, baseline: 60%}")),
            RuleExample(
                change: "milestones/M-101.md",
                before: RuleExample.payments(
                    metric: "metric: {name: p95 checkout latency, target: 300 ms, baseline: 900 ms}"),
                after: RuleExample.payments(
                    metric: "metric: {name: p95 checkout latency, target: ↓500 ms, baseline: 900 ms}")),
        ],
        nonTriggeringExamples: [
            RuleExample(
                change: "milestones/M-101.md", before: RuleExample.payments(),
                after: RuleExample.payments(
                    metric: "metric: {name: payments retried automatically, target: 80%, baseline: 60%}",
                    extra: """
                        replans:
                          - {date: 2026-05-28, reason: one card network stays out of scope until it certifies us}
                        """)),
            RuleExample(
                change: "milestones/M-101.md", before: RuleExample.payments(),
                after: RuleExample.payments(
                    metric: "metric: {name: payments retried automatically, target: 98%, baseline: 60%}")),
        ]
    )

    package init() {}

    package func check(_ context: LintContext) -> [Finding] {
        CommittedChange.all(in: context).compactMap { change in
            guard let head = change.head, let before = change.before.metric.value,
                let added = change.addedReplans(head),
                !added.contains(where: { CommittedChange.mismatch(of: $0) == nil })
            else { return nil }
            let advice = "add {date: \(context.today), reason: \"why the scope changed\"} to 'replans'"
            switch head.metric {
            case .invalid:
                return nil
            case .absent:
                return Finding(
                    head, at: .start, field: "metric",
                    "the metric of a committed milestone was removed with no reason on record; restore it, or \(advice)"
                )
            case .valid(let metric):
                // The base's baseline, else the head's; an unreadable one leaves the direction unknown.
                let baseline = before.baseline.isAbsent ? metric.value.baseline : before.baseline
                guard let old = before.target.value, let new = metric.value.target.value,
                    !baseline.isInvalid,
                    let cut = Self.cut(from: old, to: new, baseline: baseline.value)
                else { return nil }
                return Finding(
                    head, at: new.location, field: "metric.target",
                    "the target of a committed milestone \(cut) with no reason on record; \(advice)")
            }
        }
    }

    /// How `to` cuts scope from `from` ("was lowered from 95% to 80%"), or `nil` when it does not:
    /// both numbers in the same unit, moving toward the baseline (with none: down).
    static func cut(from: MetricValue, to: MetricValue, baseline: MetricValue?) -> String? {
        guard let old = from.number, let new = to.number, from.unit == to.unit, old != new else { return nil }
        let moved = "\(new < old ? "was lowered" : "was raised") from \(from.text) to \(to.text)"
        if let baseline, let reference = baseline.number, baseline.unit == from.unit || baseline.unit == nil,
            reference != old
        {
            return (reference < old) == (new < old) ? "\(moved) (toward its baseline \(baseline.text))" : nil
        }
        return new < old ? moved : nil
    }
}
