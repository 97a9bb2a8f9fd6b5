import RMLintCore

/// `rmlint board --format markdown`: the board as a wiki page or an issue, user text escaped.
public struct BoardMarkdownReporter: Reporter {
    public static let identifier = "markdown"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ board: BoardReport) -> String { BoardLayout(style: MarkdownBoardStyle()).body(board) }
}

struct MarkdownBoardStyle: BoardStyle {
    func heading(_ level: Int, _ text: String) -> String {
        (level == 1 ? "" : "\n") + String(repeating: "#", count: level) + " " + MarkdownText.escape(text) + "\n\n"
    }

    func paragraph(_ text: String) -> String { MarkdownText.escape(text) + "\n\n" }

    func card(title: String, facts: [String], body: String?) -> String {
        var out = "- **\(MarkdownText.escape(title))**"
        if !facts.isEmpty { out += " — " + facts.map(MarkdownText.escape).joined(separator: " · ") }
        if let body, !body.isEmpty { out += "  \n  " + MarkdownText.escape(body) }
        return out + "\n"
    }

    func columns(_ columns: [(title: String, content: String)]) -> String {
        columns.map { "## \(MarkdownText.escape($0.title))\n\n\($0.content)\n" }.joined()
    }

    func table(_ header: [String], _ rows: [[String]]) -> String {
        "| " + header.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: header.count) + "\n"
            + rows.map { "| " + $0.map(MarkdownText.escape).joined(separator: " | ") + " |\n" }.joined() + "\n"
    }
}
