import RMLintCore

/// A committed date moves only with a recorded reason.
package struct ReplanWithoutReasonRule: Rule {
    package static let description = RuleDescription(
        id: "replan-without-reason",
        severity: .error,
        scope: .graph,
        requiresBase: true,
        summary:
            "the `due` of a committed milestone changes and no matching `replans` entry `{date, from: OLD-DUE, to: NEW-DUE, reason}` was added",
        rationale:
            "A committed date is a promise to the rest of the company. Moving it is allowed, but the move and its reason must be on the record, in the file, where reviewers and `rmlint history` see them.",
        triggeringExamples: [
            RuleExample(
                change: "milestones/M-101.md", before: RuleExample.payments(),
                after: RuleExample.payments(due: "↓2027-04-30")),
            RuleExample(
                change: "milestones/M-101.md", before: RuleExample.payments(),
                after: RuleExample.payments(
                    due: "↓2027-04-30",
                    extra: """
                        replans:
                          - {date: 2026-05-28, from: 2027-03-21, to: 2027-04-30, reason: card network certification slipped}
                        """)),
        ],
        nonTriggeringExamples: [
            RuleExample(
                change: "milestones/M-101.md", before: RuleExample.payments(),
                after: RuleExample.payments(
                    due: "2027-04-30",
                    extra: """
                        replans:
                          - {date: 2026-05-28, from: 2027-03-20, to: 2027-04-30, reason: card network certification slipped}
                        """)),
            RuleExample(
                change: "milestones/M-101.md", before: RuleExample.payments(status: "proposed"),
                after: RuleExample.payments(status: "proposed", due: "2027-04-30")),
        ]
    )

    package init() {}

    package func check(_ context: LintContext) -> [Finding] {
        CommittedChange.all(in: context).compactMap { change in
            // Going back to proposed or being dropped is said by its own rule, once.
            guard let head = change.head, let from = change.before.due.value,
                head.effectiveStatus != .proposed, head.effectiveStatus != .dropped,
                let added = change.addedReplans(head)
            else { return nil }
            if head.due.isAbsent { return removed(head, from: from, added: added, today: context.today) }
            guard let to = head.due.located, to.value != from else { return nil }
            let mismatches = added.map { CommittedChange.mismatch(of: $0, from: from, to: to.value) }
            guard !mismatches.contains(where: { $0 == nil }) else { return nil }
            let days = from.days(until: to.value)
            let moved =
                "committed milestone's due moved from \(from) to \(to.value) (\(days > 0 ? "+" : "")\(days) day\(abs(days) == 1 ? "" : "s"))"
            let entry = "{date: \(context.today), from: \(from), to: \(to.value), reason: \"why it moved\"}"
            if let first = added.first, let problem = mismatches.first ?? nil {
                return Finding(
                    head, at: to.location, field: "due",
                    "\(moved), but the replans entry added at line \(first.location.line) does not match: \(problem); make it \(entry)"
                )
            }
            return Finding(
                head, at: to.location, field: "due", "\(moved) with no reason on record; add \(entry) to 'replans'")
        }
    }

    /// A committed date removed: the entry must say which date went (`from`) and why.
    private func removed(_ head: RoadmapItem, from: CalendarDate, added: [Replan], today: CalendarDate) -> Finding? {
        let mismatches = added.map { CommittedChange.mismatch(of: $0, from: from) }
        guard !mismatches.contains(where: { $0 == nil }) else { return nil }
        let at = head.status.located?.location ?? head.keyLocation("status")
        let entry = "{date: \(today), from: \(from), reason: \"why it has no date now\"}"
        if let first = added.first, let problem = mismatches.first ?? nil {
            return Finding(
                head, at: at, field: "due",
                "committed milestone's due \(from) was removed, but the replans entry added at line \(first.location.line) does not match: \(problem); make it \(entry)"
            )
        }
        return Finding(
            head, at: at, field: "due",
            "committed milestone's due \(from) was removed with no reason on record; put it back, or add \(entry) to 'replans'"
        )
    }
}
