import RMLintCore
import RMLintGit
import RMLintRules

/// `rmlint history --format markdown`: the text report as a document, with Markdown tables whose
/// cells are escaped (``MarkdownText``).
public struct HistoryMarkdownReporter: Reporter {
    public static let identifier = "markdown"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ report: HistoryReport) -> String {
        "## Roadmap accuracy\n\n" + HistoryLayout(section: Self.section).body(report)
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
