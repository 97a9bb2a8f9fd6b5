import RMLintCore

/// Taking a commitment back (to `proposed`) is a replan: it needs a reason on the record.
package struct UncommittedWithoutReasonRule: Rule {
    package static let description = RuleDescription(
        id: "uncommitted-without-reason",
        severity: .error,
        scope: .graph,
        requiresBase: true,
        summary:
            "a committed milestone goes back to `proposed` and no `replans` entry with a date and reason was added (change rule)",
        rationale:
            "Moving a commitment back to `proposed` (often with its `due` removed) withdraws a promise as surely as re-dating it; without a reason on record the roadmap quietly stops being binding.",
        triggeringExamples: [
            RuleExample(
                change: "milestones/M-101.md", before: RuleExample.payments(),
                after: RuleExample.payments(status: "↓proposed"))
        ],
        nonTriggeringExamples: [
            RuleExample(
                change: "milestones/M-101.md", before: RuleExample.payments(),
                after: RuleExample.payments(
                    status: "proposed",
                    extra: """
                        replans:
                          - {date: 2026-11-24, from: 2027-03-20, reason: the payments team moved to the outage work}
                        """))
        ]
    )

    package init() {}

    package func check(_ context: LintContext) -> [Finding] {
        CommittedChange.all(in: context).compactMap { change in
            guard let head = change.head, case .valid(let status) = head.status, status.value == .proposed,
                let added = change.addedReplans(head),
                !added.contains(where: { CommittedChange.mismatch(of: $0) == nil })
            else { return nil }
            let due = change.before.due.value.map { ", from: \($0)" } ?? ""
            let entry = "{date: \(context.today)\(due), reason: \"why it is no longer committed\"}"
            if let first = added.first, let problem = CommittedChange.mismatch(of: first) {
                return Finding(
                    head, at: status.location, field: "status",
                    "committed milestone went back to proposed, but the replans entry added at line \(first.location.line) does not explain it: \(problem); make it \(entry)"
                )
            }
            return Finding(
                head, at: status.location, field: "status",
                "committed milestone went back to proposed with no reason on record; add \(entry) to 'replans'")
        }
    }
}
