import RMLintCore

/// Every backlog item traces to a live theme, directly or through its milestone.
package struct BacklogThemeLinkRule: LinkRule {
    package static let description = RuleDescription(
        id: "backlog-theme-link",
        severity: .error,
        scope: .graph,
        summary: "a backlog item's `theme` is not an active theme and its `milestone`'s `theme` is not one either",
        rationale: "Backlog that traces to no live theme is work nobody decided to want; it crowds out the roadmap.",
        triggeringExamples: [
            RuleExample(
                """
                ---
                id: B-1
                kind: backlog
                title: Port settings dialog
                theme: ↓T-old
                ---
                """),
            RuleExample(
                """
                ↓---
                id: B-2
                kind: backlog
                title: Tidy up the build scripts
                ---
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                ---
                id: B-1
                kind: backlog
                title: Match invoices by reference number
                theme: T-core
                ---
                """)
        ]
    )

    package init() {}

    package func check(_ item: RoadmapItem, in links: LinkContext) -> [Finding] {
        // Done and dropped work is not live: where it traced to no longer matters.
        guard item.kind == .backlog && item.isLiveWork == true else { return [] }
        if item.theme.isAbsent && item.milestone.isAbsent {
            return [
                Finding(
                    item, at: .start, field: "theme",
                    "backlog item links neither a theme nor a milestone; add 'theme:' or 'milestone:' so it traces to a live theme"
                )
            ]
        }
        var paths: [Liveness] = []
        switch item.theme {
        case .absent: break
        case .invalid: paths.append(.unknown)
        case .valid(let theme): paths.append(links.liveness(of: theme.value, as: .theme))
        }
        switch item.milestone {
        case .absent: break
        case .invalid: paths.append(.unknown)
        case .valid(let milestone): paths.append(Self.themeLiveness(ofMilestone: milestone.value, links))
        }
        guard case .notLive(let reasons) = Liveness.any(paths) else { return [] }
        let location = (item.theme.located ?? item.milestone.located)?.location ?? .start
        return [
            Finding(
                item, at: location, field: "theme",
                "backlog item traces to no active theme (\(reasons.map(Self.describe).joined(separator: ", "))); link it to a live theme or drop it"
            )
        ]
    }

    /// Whether a backlog item's milestone serves an active theme.
    private static func themeLiveness(ofMilestone id: String, _ links: LinkContext) -> Liveness {
        guard let milestone = links.linked(id, as: .milestone) else { return .unknown }
        switch milestone.theme {
        case .absent: return .notLive([.milestoneWithoutTheme(milestone: id)])
        case .invalid: return .unknown
        case .valid(let theme):
            switch links.liveness(of: theme.value, as: .theme) {
            case .notLive:
                let status = links.linked(theme.value, as: .theme)?.effectiveStatus
                return .notLive([.milestoneServesInactiveTheme(milestone: id, theme: theme.value, status: status)])
            case let other: return other
            }
        }
    }

    /// A reason in words: "theme 'T-old' is archived".
    static func describe(_ reason: NotLiveReason) -> String {
        switch reason {
        case .inactive(let kind, let id, let status): return "\(kind.rawValue) '\(id)' is \(status.rawValue)"
        case .milestoneWithoutTheme(let milestone): return "milestone '\(milestone)' has no theme"
        case .milestoneServesInactiveTheme(let milestone, let theme, let status):
            return "milestone '\(milestone)' serves theme '\(theme)', which is \(status?.rawValue ?? "not active")"
        }
    }
}
