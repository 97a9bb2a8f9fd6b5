import RMLintCore
import RMLintGit
import RMLintRules

/// `rmlint diff` for a terminal: a summary line with the compared revisions, then aligned tables;
/// one line saying so when the change does nothing to the roadmap.
public struct DiffTextReporter: Reporter {
    public static let identifier = "text"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ report: DiffReport) -> String {
        guard !report.isEmpty else { return "rmlint diff: the roadmap did not change\n" }
        let layout = DiffLayout(style: PlainStyle(), section: Self.section)
        return "rmlint diff \(range(report)): \(layout.summary(report))\n" + layout.tables(report)
    }

    private func range(_ report: DiffReport) -> String {
        "\(report.base.short)..\(report.head.short)"
    }

    /// "Title:" and rows with columns padded to the widest cell (the last column is not padded).
    static func section(_ title: String, _ header: [String], _ rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "" }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }
            return "  " + padded.joined(separator: "  ") + "\n"
        }
        return "\n\(title):\n" + rows.map(line).joined()
    }
}
