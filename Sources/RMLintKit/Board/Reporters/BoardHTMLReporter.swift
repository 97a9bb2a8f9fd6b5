import RMLintCore

/// `rmlint board --format html`: one self-contained page per audience (no scripts, fonts or
/// network), Now / Next / Later side by side on a wide screen and one under another on a phone;
/// the public page is meant to be published as it is. Every string from the roadmap is escaped.
public struct BoardHTMLReporter: Reporter {
    public static let identifier = "html"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ board: BoardReport) -> String {
        let title =
            switch board.audience {
            case .team: "Roadmap board"
            case .leadership: "Roadmap for leadership"
            case .public: "Roadmap"
            }
        return HTMLPage.render(
            title: title, body: "<main>\n" + BoardLayout(style: HTMLBoardStyle()).body(board) + "</main>\n",
            extraStyle: HTMLBoardStyle.css)
    }
}

struct HTMLBoardStyle: BoardStyle {
    static let css = """
        main{max-width:1180px;margin:0 auto;padding:8px 28px 28px}
        .columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:16px;align-items:start}
        .column{background:#eef1f5;border-radius:12px;padding:10px 12px}
        .card{background:#fff;border:1px solid #dde1e7;border-radius:10px;padding:10px 12px;margin:8px 0}
        .card h4{margin:0 0 4px;font-size:15px}.facts{color:#4a5361;font-size:13px;margin:0}.card p{margin:6px 0 0}
        .fact{white-space:nowrap}
        @media print{.column{background:#fff;border:1px solid #ccc}.card{break-inside:avoid}}
        """

    private func escape(_ text: String) -> String { HistoryHTMLReporter().escape(text) }

    func heading(_ level: Int, _ text: String) -> String {
        let tag = "h\(min(level, 6))"
        return level == 1 ? "<header><\(tag)>\(escape(text))</\(tag)></header>\n" : "<\(tag)>\(escape(text))</\(tag)>\n"
    }

    func paragraph(_ text: String) -> String { "<p class=\"sub\">\(escape(text))</p>\n" }

    func card(title: String, facts: [String], body: String?) -> String {
        var out = "<article class=\"card\"><h4>\(escape(title))</h4>"
        // A short fact (a date, an owner) is not broken across lines; a long list may wrap.
        if !facts.isEmpty {
            out +=
                "<p class=\"facts\">"
                + facts.map { $0.count <= 24 ? "<span class=\"fact\">\(escape($0))</span>" : escape($0) }.joined(
                    separator: " · ") + "</p>"
        }
        if let body, !body.isEmpty { out += "<p>\(escape(body))</p>" }
        return out + "</article>\n"
    }

    func columns(_ columns: [(title: String, content: String)]) -> String {
        "<div class=\"columns\">"
            + columns.map { "<section class=\"column\"><h2>\(escape($0.title))</h2>\n\($0.content)</section>\n" }
            .joined()
            + "</div>\n"
    }

    func table(_ header: [String], _ rows: [[String]]) -> String {
        "<div class=\"scroll\"><table><thead><tr>" + header.map { "<th scope=\"col\">\(escape($0))</th>" }.joined()
            + "</tr></thead><tbody>"
            + rows.map { "<tr>" + $0.map { "<td>\(escape($0))</td>" }.joined() + "</tr>" }.joined()
            + "</tbody></table></div>\n"
    }
}
