import RMLintCore
import RMLintGit
import RMLintRules

/// `rmlint history --format markdown`: the text report as a document, with Markdown tables whose
/// cells are escaped (``MarkdownText``).
public struct HistoryMarkdownReporter: Reporter {
    public static let identifier = "markdown"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ report: HistoryReport) -> String {
        "## Roadmap accuracy\n\n" + HistoryLayout(section: Self.section, list: Self.list).body(report)
    }

    static func list(_ title: String, _ lines: [String]) -> String {
        guard !lines.isEmpty else { return "" }
        return "\n### \(title)\n\n" + lines.map { "- \(MarkdownText.escape($0))\n" }.joined()
    }

    static func section(_ title: String, _ header: [String], _ rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "" }
        var text =
            "\n### \(title)\n\n| " + header.joined(separator: " | ") + " |\n|"
            + String(repeating: "---|", count: header.count) + "\n"
        for row in rows { text += "| " + row.map(MarkdownText.escape).joined(separator: " | ") + " |\n" }
        return text
    }
}
