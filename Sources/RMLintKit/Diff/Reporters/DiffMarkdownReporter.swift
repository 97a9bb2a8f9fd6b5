import RMLintCore
import RMLintGit
import RMLintRules

/// `rmlint diff --format markdown`, a pull-request comment: a heading, one bold summary line (❌ when
/// the change introduces errors), then short tables; nothing at all when the roadmap did not change.
public struct DiffMarkdownReporter: Reporter {
    public static let identifier = "markdown"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ report: DiffReport) -> String {
        guard !report.isEmpty else { return "" }
        let layout = DiffLayout(style: MarkdownStyle(), section: Self.section)
        let mark = report.introducedErrors > 0 ? "❌" : "✅"
        return "### rmlint: roadmap changes\n\n**\(mark) \(layout.summary(report))**\n" + layout.tables(report)
    }

    /// A bold title and a table.
    static func section(_ title: String, _ header: [String], _ rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "" }
        return "\n**\(title)**\n\n| " + header.joined(separator: " | ") + " |\n|"
            + String(repeating: "---|", count: header.count) + "\n"
            + rows.map { "| " + $0.joined(separator: " | ") + " |\n" }.joined()
    }
}
