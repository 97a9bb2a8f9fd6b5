import Foundation

/// `rmlint diff` as text for a terminal, or as Markdown for a pull-request comment: one summary
/// line, then short tables; nothing at all when the change does nothing to the roadmap.
public struct DiffTextReporter: Sendable {
    public var markdown: Bool

    public init(markdown: Bool = false) { self.markdown = markdown }

    public func report(_ report: DiffReport) -> String {
        guard !report.isEmpty else { return markdown ? "" : "rmlint diff: the roadmap did not change\n" }
        var text = markdown ? "### rmlint: roadmap changes\n\n\(summary(report))\n" : "rmlint diff \(range(report)): \(summary(report))\n"
        text += section("Items", ["Item", "Change"], report.changes.map { [name($0), describe($0)] })
        text += section("Capacity split", ["Period", "Before", "After"], report.capacity.map { change in
            [change.period.description, split(change.before, total: change.totalBefore), split(change.after, total: change.totalAfter)]
        })
        text += section("New problems", ["Severity", "Where", "Problem"], report.introduced.map(row))
        text += section("Fixed", ["Severity", "Where", "Problem"], report.fixed.map(row))
        return text
    }

    private func range(_ report: DiffReport) -> String {
        "\(report.base.isEmpty ? "(nothing)" : String(report.base.prefix(10)))..\(report.head == "index" ? "index" : String(report.head.prefix(10)))"
    }

    private func summary(_ report: DiffReport) -> String {
        let counts = [ItemChange.Kind.added, .modified, .removed].compactMap { kind -> String? in
            let count = report.changes.count { $0.change == kind }
            return count == 0 ? nil : "\(count) \(kind.rawValue)"
        }
        var parts: [String] = []
        if !report.changes.isEmpty {
            parts.append(plural(report.changes.count, "item") + " changed (" + counts.joined(separator: ", ") + ")")
        }
        if !report.capacity.isEmpty { parts.append("capacity moved in " + plural(report.capacity.count, "period")) }
        let errors = report.introducedErrors
        let warnings = report.introduced.count - errors
        if errors > 0 { parts.append(plural(errors, "new error")) }
        if warnings > 0 { parts.append(plural(warnings, "new warning")) }
        if !report.fixed.isEmpty { parts.append("\(report.fixed.count) fixed") }
        let line = parts.joined(separator: " · ")
        return markdown ? "**\(errors > 0 ? "❌" : "✅") \(line)**" : line
    }

    private func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }

    private func name(_ change: ItemChange) -> String {
        let title = change.title.map { " " + text($0) } ?? ""
        return (markdown ? MarkdownText.code(change.id) : text(change.id)) + title
    }

    /// "due 2027-03-20 → 2027-04-30 (+41 days, 2nd replan): *card network certification slipped*"
    private func describe(_ change: ItemChange) -> String {
        switch change.change {
        case .added:
            return "added" + described(change) + " at " + path(change.path)
        case .removed:
            return "removed" + described(change) + " from " + path(change.path)
        case .modified:
            return change.fields.map(describe).joined(separator: "; ")
        }
    }

    /// " (milestone, committed, next, due 2027-05-31)"
    private func described(_ change: ItemChange) -> String {
        let words = (change.kind.map { [$0.rawValue] } ?? []) + change.state
        return words.isEmpty ? "" : " (" + words.joined(separator: ", ") + ")"
    }

    private func describe(_ field: ItemChange.Field) -> String {
        let from = field.from.map { field.field == "path" ? path($0) : text($0) } ?? "none"
        let to = field.to.map { field.field == "path" ? path($0) : text($0) } ?? "none"
        let label = ["path": "moved", "metric.target": "target"][field.field] ?? field.field
        var line = "\(label) \(from) → \(to)"
        if let days = field.days {
            let replan = field.replans.map { ", \(ordinal($0)) replan" } ?? ""
            line += " (\(days > 0 ? "+" : "")\(days) day\(abs(days) == 1 ? "" : "s")\(replan))"
            if let reason = field.reason { line += markdown ? ": *\(text(reason))*" : ": \"\(text(reason))\"" }
        }
        return line
    }

    private func ordinal(_ number: Int) -> String {
        let suffix: String
        switch (number % 10, number % 100) {
        case (1, let tens) where tens != 11: suffix = "st"
        case (2, let tens) where tens != 12: suffix = "nd"
        case (3, let tens) where tens != 13: suffix = "rd"
        default: suffix = "th"
        }
        return "\(number)\(suffix)"
    }

    private func split(_ shares: [(track: String, percent: Decimal)], total: Decimal) -> String {
        guard !shares.isEmpty else { return "no estimates" }
        return shares.map { "\(text($0.track)) \(CapacityLedger.format($0.percent))%" }.joined(separator: " · ")
            + " of \(CapacityLedger.format(total))"
    }

    private func row(_ diagnostic: Diagnostic) -> [String] {
        let severity = markdown ? (diagnostic.severity == .error ? "❌ error" : "⚠️ warning") : diagnostic.severity.rawValue
        let place = "\(diagnostic.displayPath):\(diagnostic.line):\(diagnostic.column)"
        return [severity, markdown ? MarkdownText.code(place) : place,
                markdown ? "\(text(diagnostic.message)) (`\(diagnostic.rule)`)" : "\(text(diagnostic.message)) [\(diagnostic.rule)]"]
    }

    private func path(_ path: String) -> String { markdown ? MarkdownText.code(path) : TextSanitizer.escapeControlCharacters(path) }

    /// User text: escaped for Markdown, or for a terminal.
    private func text(_ value: String) -> String {
        markdown ? MarkdownText.escape(value) : TextSanitizer.escapeControlCharacters(value)
    }

    private func section(_ title: String, _ header: [String], _ rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "" }
        if markdown {
            return "\n**\(title)**\n\n| " + header.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: header.count) + "\n"
                + rows.map { "| " + $0.joined(separator: " | ") + " |\n" }.joined()
        }
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
