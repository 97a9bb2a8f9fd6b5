import RMLintCore

/// Themes, goals and milestones need exactly one accountable owner.
package struct SingleOwnerRule: ItemRule {
    package static let description = RuleDescription(
        id: "single-owner",
        severity: .error,
        scope: .item,
        summary: "a theme, goal or milestone has no owner or several owners",
        rationale:
            "Shared ownership is no ownership: one named person answers for each outcome, even when many people do the work.",
        triggeringExamples: [
            RuleExample(
                """
                ---
                id: T-2
                kind: theme
                title: Billing
                owner: ↓alice, bob
                ---
                """),
            RuleExample(
                """
                ↓---
                id: T-3
                kind: theme
                title: Reporting
                ---
                """),
            RuleExample(
                """
                ---
                id: T-4
                kind: theme
                title: Onboarding
                owner: ↓[alice, bob]
                ---
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                ---
                id: T-2
                kind: theme
                title: Billing
                owner: "@acme/payments"
                ---
                """)
        ]
    )

    package init() {}

    package func check(_ item: RoadmapItem, in context: ItemContext) -> [Finding] {
        guard let kind = item.kind else { return [] }
        // Backlog items have no accountable owner, except under a convention whose tasks have
        // assignees (`single-owner` turned on for Backlog.md); kinds without an owner field are skipped.
        let convention = context.configuration.convention
        guard kind != .backlog || convention?.backlog != nil,
            convention?.absentFields[kind]?.contains("owner") != true
        else { return [] }
        let key = convention?.key(for: "owner") ?? "owner"
        guard let owner = item.owner else {
            return [
                Finding(
                    item, at: .start, field: "owner",
                    "\(kind.rawValue) has no owner; add '\(key):' naming one accountable person")
            ]
        }
        switch owner.reading {
        case .one:
            return []
        case .empty:
            return [
                Finding(
                    item, at: owner.location, field: "owner",
                    "\(kind.rawValue) owner is empty; name one accountable person")
            ]
        case .malformed(let type):
            return [
                Finding(
                    item, at: owner.location, field: "owner",
                    "\(kind.rawValue) owner must be one person or handle, not \(type); name one accountable owner")
            ]
        case .several(let names, let written):
            return [
                Finding(
                    item, at: owner.location, field: "owner",
                    "\(kind.rawValue) has \(names.count) owners (\"\(written)\"); name one accountable owner")
            ]
        }
    }
}
