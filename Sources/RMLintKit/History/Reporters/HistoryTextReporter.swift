import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// `rmlint history` for a terminal: accuracy, then aligned tables with their headers.
public struct HistoryTextReporter: Reporter {
    public static let identifier = "text"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ report: HistoryReport) -> String {
        HistoryLayout(section: Self.section, list: Self.list).body(report)
    }

    static func list(_ title: String, _ lines: [String]) -> String {
        guard !lines.isEmpty else { return "" }
        return "\n\(title):\n" + lines.map { "  \(TextSanitizer.escapeControlCharacters($0))\n" }.joined()
    }

    static func section(_ title: String, _ header: [String], _ rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "" }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            "  "
                + cells.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(
                    separator: "  "
                )
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }
        return "\n\(title):\n" + line(header) + rows.map(line).joined()
    }
}
