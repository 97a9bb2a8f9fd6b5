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
        guard let kind = item.kind, kind != .backlog else { return [] }
        guard let owner = item.owner else {
            return [
                Finding(
                    item, at: .start, field: "owner",
                    "\(kind.rawValue) has no owner; add 'owner:' naming one accountable person")
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
