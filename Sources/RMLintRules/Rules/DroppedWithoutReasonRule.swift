import RMLintCore

/// A committed milestone may be dropped, with the reason on the record.
package struct DroppedWithoutReasonRule: Rule {
    package static let description = RuleDescription(
        id: "dropped-without-reason",
        severity: .error,
        scope: .graph,
        requiresBase: true,
        summary: "a committed milestone is set to `dropped` without a `dropped-reason` (change rule)",
        rationale:
            "Dropping a commitment is a decision the team and leadership will ask about later; a dropped milestone with no reason reads as an unexplained miss in the review and in `rmlint history`.",
        triggeringExamples: [
            RuleExample(
                change: "milestones/M-101.md", before: RuleExample.payments(),
                after: RuleExample.payments(status: "↓dropped"))
        ],
        nonTriggeringExamples: [
            RuleExample(
                change: "milestones/M-101.md", before: RuleExample.payments(),
                after: RuleExample.payments(
                    status: "dropped", extra: "dropped-reason: the card networks now retry on their side")),
            RuleExample(
                change: "milestones/M-101.md", before: RuleExample.payments(status: "proposed"),
                after: RuleExample.payments(status: "dropped")),
        ]
    )

    package init() {}

    package func check(_ context: LintContext) -> [Finding] {
        CommittedChange.all(in: context).compactMap { change in
            guard let head = change.head, case .valid(let status) = head.status, status.value == .dropped,
                head.droppedReason.isAbsent || head.droppedReason.value?.isBlank == true
            else { return nil }
            return Finding(
                head, at: status.location, field: "status",
                "committed milestone was dropped with no reason on record; add 'dropped-reason: \"why it was dropped\"' so the decision stays explained"
            )
        }
    }
}
