/// Themes, goals and milestones need exactly one accountable owner.
public struct SingleOwnerRule: Rule {
    public static let description = RuleDescription(
        id: "single-owner",
        severity: .error,
        summary: "a theme, goal or milestone has no owner or several owners",
        rationale: "Shared ownership is no ownership: one named person answers for each outcome, even when many people do the work.",
        triggeringExamples: [
            RuleExample("""
            ---
            id: T-2
            kind: theme
            title: Billing
            owner: ↓alice, bob
            ---
            """),
            RuleExample("""
            ↓---
            id: T-3
            kind: theme
            title: Reporting
            ---
            """),
            RuleExample("""
            ---
            id: T-4
            kind: theme
            title: Onboarding
            owner: ↓[alice, bob]
            ---
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            ---
            id: T-2
            kind: theme
            title: Billing
            owner: "@acme/payments"
            ---
            """),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for item in context.graph.items {
            guard let kind = item.kind, kind != .backlog else { continue }
            guard let owner = item.owner else {
                findings.append(Finding(item, at: .start, field: "owner", "\(kind.rawValue) has no owner; add 'owner:' naming one accountable person"))
                continue
            }
            switch owner.reading {
            case .one:
                continue
            case .empty:
                findings.append(Finding(item, at: owner.location, field: "owner", "\(kind.rawValue) owner is empty; name one accountable person"))
            case let .malformed(type):
                findings.append(Finding(item, at: owner.location, field: "owner",
                    "\(kind.rawValue) owner must be one person or handle, not \(type); name one accountable owner"))
            case let .several(names, written):
                findings.append(Finding(item, at: owner.location, field: "owner",
                    "\(kind.rawValue) has \(names.count) owners (\"\(written)\"); name one accountable owner"))
            }
        }
        return findings
    }
}
