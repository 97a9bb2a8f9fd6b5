import Foundation
import RMLintCore

/// How a board's Markdown and HTML forms write their pieces; user text is escaped by each.
protocol BoardStyle {
    func heading(_ level: Int, _ text: String) -> String
    func paragraph(_ text: String) -> String
    /// One card: its title, a line of facts (already joined), and a paragraph under it.
    func card(title: String, facts: [String], body: String?) -> String
    /// Side-by-side columns (Now / Next / Later), each with its title and already written content.
    func columns(_ columns: [(title: String, content: String)]) -> String
    func table(_ header: [String], _ rows: [[String]]) -> String
}

/// The board for each audience, written once against a ``BoardStyle``.
struct BoardLayout {
    let style: any BoardStyle

    static func horizonTitle(_ horizon: Horizon) -> String {
        switch horizon {
        case .now: return "Now"
        case .next: return "Next"
        case .later: return "Later"
        }
    }

    func body(_ board: BoardReport) -> String {
        switch board.audience {
        case .team: return team(board)
        case .leadership: return leadership(board)
        case .public: return publicBoard(board)
        }
    }

    private func teamFacts(_ card: BoardReport.Card) -> [String] {
        var facts = [card.id ?? "", card.owner.map { "owner \($0)" }, card.status, card.due.map { "due \($0)" }]
            .compactMap { $0 }
        if let progress = card.progress {
            facts.append(
                "backlog \(CapacityLedger.format(progress.done))/\(CapacityLedger.format(progress.total)) \(progress.unit) done"
            )
        }
        if !card.dependsOn.isEmpty { facts.append("depends on " + card.dependsOn.joined(separator: ", ")) }
        if !card.dependents.isEmpty { facts.append("needed by " + card.dependents.joined(separator: ", ")) }
        return facts
    }

    private func team(_ board: BoardReport) -> String {
        var out = style.heading(1, "Roadmap board")
        out += style.paragraph(
            "Live milestones at \(board.revision.description.prefix(12)), as of \(board.asOf), by horizon and theme.")
        out += style.columns(
            board.columns.map { column in
                var content = ""
                var theme: String?? = .none
                for card in column.cards {
                    if theme != .some(card.theme) {
                        theme = .some(card.theme)
                        content += style.heading(
                            3, card.themeTitle.map { "\($0) (\(card.theme ?? ""))" } ?? card.theme ?? "No theme")
                    }
                    content += style.card(title: card.title, facts: teamFacts(card), body: nil)
                }
                if column.cards.isEmpty { content = style.paragraph("Nothing planned.") }
                return (Self.horizonTitle(column.horizon) + " (\(column.cards.count))", content)
            })
        return out
    }

    private func publicBoard(_ board: BoardReport) -> String {
        var out = style.heading(1, "Roadmap")
        out += style.paragraph(
            "What we are working on now, what comes next and what we plan later. Plans can change; only work we have committed to now carries a quarter."
        )
        out += style.columns(
            board.columns.map { column in
                let content =
                    column.cards.isEmpty
                    ? style.paragraph("Nothing to show yet.")
                    : column.cards.map {
                        style.card(
                            title: $0.title, facts: $0.quarter.map { ["planned for \($0)"] } ?? [], body: $0.narrative)
                    }.joined()
                return (Self.horizonTitle(column.horizon), content)
            })
        out += style.heading(2, "Recently shipped")
        out +=
            board.recentlyShipped.isEmpty
            ? style.paragraph("Nothing shipped in the last 90 days.")
            : board.recentlyShipped.map { style.card(title: $0.title, facts: [], body: $0.narrative) }.joined()
        return out
    }

    private func leadership(_ board: BoardReport) -> String {
        var out = style.heading(1, "Roadmap for leadership")
        out += style.paragraph("At \(board.revision.description.prefix(12)), as of \(board.asOf).")
        let ratio = board.accuracy.ratio.map(HistoryScorecard.percent) ?? "nothing measurable yet"
        out += style.heading(2, "Delivery")
        out += style.paragraph(
            "Roadmap accuracy: \(ratio) (\(board.accuracy.onTime) on time, \(board.accuracy.late) late, \(board.accuracy.missed) missed). Trend: "
                + board.trend.map { "\($0.period) \($0.ratio.map(HistoryScorecard.percent) ?? "–")" }.joined(
                    separator: ", ") + ".")
        out += style.heading(2, "Themes, goals and milestones")
        for theme in board.themes {
            out += style.heading(3, (theme.title ?? theme.id) + " (\(theme.id))")
            for goal in theme.goals {
                let milestones = goal.milestones.map { "\($0.id ?? "") \($0.title) (\($0.status ?? "–"))" }
                out += style.card(
                    title: (goal.title ?? goal.id) + " (\(goal.id))", facts: goal.metric.map { [$0] } ?? [],
                    body: milestones.isEmpty ? "No live milestone serves it." : milestones.joined(separator: "; "))
            }
            if !theme.unlinked.isEmpty {
                out += style.card(
                    title: "Milestones serving no goal", facts: [],
                    body: theme.unlinked.map { "\($0.id ?? "") \($0.title) (\($0.status ?? "–"))" }.joined(
                        separator: "; "))
            }
        }
        out += style.heading(2, "Investment per period")
        out +=
            board.investment.isEmpty
            ? style.paragraph("No estimated work ahead.")
            : style.table(
                ["period", "total", "split", "within the configured split"],
                board.investment.map { row in
                    [
                        row.period.description, CapacityLedger.format(row.total),
                        row.tracks.map { "\($0.track) \(HistoryScorecard.percent($0.percent / 100))" }.joined(
                            separator: ", "),
                        row.inSplit.map { $0 ? "yes" : "no" } ?? "no split configured",
                    ]
                })
        out += style.heading(2, "Top risks")
        out +=
            board.risks.isEmpty
            ? style.paragraph("Nothing at risk.")
            : style.table(
                ["milestone", "title", "why", "due"],
                board.risks.map { [$0.id, board.titles[$0.id] ?? "", $0.why.rawValue, $0.due?.description ?? "–"] })
        if board.riskCount > board.risks.count {
            out += style.paragraph("\(board.riskCount - board.risks.count) more in `rmlint review`.")
        }
        return out
    }
}
