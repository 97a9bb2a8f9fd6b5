import Foundation
import RMLintCore

/// `rmlint board --format json`: the board's data for a page of one's own. The public document
/// holds only what the public page shows (no revision, id, owner, estimate, score, metric or link).
public struct BoardJSONReporter: Reporter {
    public static let identifier = "json"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ board: BoardReport) -> String {
        var members: [(String, JSONValue)] = [("version", .int(1)), ("audience", .string(board.audience.rawValue))]
        if board.audience != .public { members.append(("revision", .string(board.revision.description))) }
        members.append(("as_of", .string(board.asOf.description)))
        switch board.audience {
        case .team:
            members.append(("columns", columns(board, card: teamCard)))
        case .public:
            members.append(("columns", columns(board, card: publicCard)))
            members.append(("recently_shipped", .array(board.recentlyShipped.map(publicCard))))
        case .leadership:
            members += leadership(board)
        }
        return JSONValue.object(members).rendered(pretty: true) + "\n"
    }

    private func columns(_ board: BoardReport, card: (BoardReport.Card) -> JSONValue) -> JSONValue {
        .object(board.columns.map { ($0.horizon.rawValue, JSONValue.array($0.cards.map(card))) })
    }

    private func publicCard(_ card: BoardReport.Card) -> JSONValue {
        var members: [(String, JSONValue)] = [("title", .string(card.title)), ("narrative", .optional(card.narrative))]
        if let quarter = card.quarter { members.append(("quarter", .string(quarter))) }
        return .object(members)
    }

    private func teamCard(_ card: BoardReport.Card) -> JSONValue {
        .object([
            ("id", .optional(card.id)), ("title", .string(card.title)), ("theme", .optional(card.theme)),
            ("theme_title", .optional(card.themeTitle)), ("owner", .optional(card.owner)),
            ("status", .optional(card.status)), ("due", .optional(card.due?.description)),
            (
                "progress",
                card.progress.map {
                    .object([
                        ("done", .double(HistoryScorecard.number($0.done))),
                        ("total", .double(HistoryScorecard.number($0.total))), ("unit", .string($0.unit)),
                    ])
                } ?? .null
            ),
            ("depends_on", .array(card.dependsOn.map(JSONValue.string))),
            ("dependents", .array(card.dependents.map(JSONValue.string))),
        ])
    }

    private func leadership(_ board: BoardReport) -> [(String, JSONValue)] {
        [
            (
                "themes",
                .array(
                    board.themes.map { theme in
                        .object([
                            ("id", .string(theme.id)), ("title", .optional(theme.title)),
                            (
                                "goals",
                                .array(
                                    theme.goals.map { goal in
                                        .object([
                                            ("id", .string(goal.id)), ("title", .optional(goal.title)),
                                            ("metric", .optional(goal.metric)),
                                            ("milestones", .array(goal.milestones.map(teamCard))),
                                        ])
                                    })
                            ),
                            ("milestones_without_goal", .array(theme.unlinked.map(teamCard))),
                        ])
                    })
            ),
            (
                "investment",
                .array(
                    board.investment.map { row in
                        var members: [(String, JSONValue)] = [
                            ("period", .string(row.period.description)),
                            ("total", .double(HistoryScorecard.number(row.total))),
                            (
                                "tracks",
                                .object(
                                    row.tracks.map {
                                        (
                                            $0.track,
                                            .object([
                                                ("effort", .double(HistoryScorecard.number($0.effort))),
                                                ("percent", .double($0.percent)),
                                            ])
                                        )
                                    })
                            ),
                        ]
                        if let inSplit = row.inSplit { members.append(("in_split", .bool(inSplit))) }
                        return .object(members)
                    })
            ),
            (
                "accuracy",
                .object([
                    ("on_time", .int(board.accuracy.onTime)), ("late", .int(board.accuracy.late)),
                    ("missed", .int(board.accuracy.missed)),
                    ("ratio", board.accuracy.ratio.map(JSONValue.double) ?? .null),
                    (
                        "trend",
                        .array(
                            board.trend.map {
                                .object([
                                    ("period", .string($0.period.description)),
                                    ("ratio", $0.ratio.map(JSONValue.double) ?? .null),
                                ])
                            })
                    ),
                ])
            ),
            (
                "risks",
                .array(
                    board.risks.map {
                        .object([
                            ("id", .string($0.id)), ("title", .optional(board.titles[$0.id])),
                            ("why", .string($0.why.rawValue)), ("due", .optional($0.due?.description)),
                        ])
                    })
            ),
            ("risk_count", .int(board.riskCount)),
        ]
    }
}
