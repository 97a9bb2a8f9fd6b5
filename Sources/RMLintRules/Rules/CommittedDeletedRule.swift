import RMLintCore

/// A committed milestone is dropped on the record, never deleted.
package struct CommittedDeletedRule: Rule {
    package static let description = RuleDescription(
        id: "committed-deleted",
        severity: .error,
        scope: .graph,
        requiresBase: true,
        summary:
            "a committed milestone's id no longer exists (a move or rename is fine); mark it `dropped` with a `dropped-reason` instead",
        rationale:
            "Deleting a committed milestone erases a promise and its miss from the record: accuracy looks better than it was. Dropping it keeps the decision, and its reason, visible in the roadmap and in `rmlint history`.",
        triggeringExamples: [
            RuleExample(
                change: "milestones/M-101.md",
                before: RuleExample.payments().replacingOccurrences(of: "id: M-101", with: "id: ↓M-101"), after: nil)
        ],
        nonTriggeringExamples: [
            RuleExample(
                change: "milestones/M-101.md", before: RuleExample.payments(),
                after: RuleExample.payments(
                    status: "dropped",
                    extra: """
                        dropped-reason: the card networks now retry on their side
                        """)),
            RuleExample(
                change: "milestones/M-102.md",
                before: RuleExample.payments(status: "proposed").replacingOccurrences(of: "M-101", with: "M-102"),
                after: nil),
        ]
    )

    package init() {}

    package func check(_ context: LintContext) -> [Finding] {
        CommittedChange.all(in: context).compactMap { change in
            guard case .missing = change.after, let id = change.before.itemID else { return nil }
            return Finding(
                path: change.before.path,
                location: change.before.id.located?.location ?? change.before.keyLocation("id"), item: id, field: "id",
                message:
                    "committed milestone \(id) was deleted; keep its file and set 'status: dropped' with a 'dropped-reason', so the promise and its miss stay on the record"
            )
        }
    }
}
