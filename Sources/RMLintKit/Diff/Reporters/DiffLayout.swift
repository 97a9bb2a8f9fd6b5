import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// What `rmlint diff`'s text and Markdown reports share: the summary line and the tables (items,
/// capacity split, new problems, fixed), written in one ``DocumentStyle``.
struct DiffLayout<Style: DocumentStyle> {
    let style: Style
    /// A table: its title, header and rows, as this report writes one.
    let section: (_ title: String, _ header: [String], _ rows: [[String]]) -> String

    func tables(_ report: DiffReport) -> String {
        var text = section("Items", ["Item", "Change"], report.changes.map { [name($0), describe($0)] })
        text += section(
            "Capacity split", ["Period", "Before", "After", "Why"],
            report.capacity.map { change in
                [
                    change.period.description, split(change.before, total: change.totalBefore),
                    split(change.after, total: change.totalAfter),
                    change.items.isEmpty ? "" : "moved by " + change.items.map(style.code).joined(separator: ", "),
                ]
            })
        text += section("New problems", ["Severity", "Where", "Problem"], report.introduced.map(row))
        text += section("Fixed", ["Severity", "Where", "Problem"], report.fixed.map(row))
        return text
    }

    /// "2 items changed (1 added, 1 modified) · capacity moved in 1 period · 1 new error"
    func summary(_ report: DiffReport) -> String {
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
        return parts.joined(separator: " · ")
    }

    private func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }

    private func name(_ change: ItemChange) -> String {
        let title = change.title.map { " " + text($0) } ?? ""
        return style.code(change.id) + title
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
        let render = { (value: String) in field.field == "path" ? self.path(value) : self.text(value) }
        let label = ["path": "moved", "metric.target": "target"][field.field] ?? field.field
        if let list = field.listChange(render) { return "\(label) \(list)" }
        var line = "\(label) \(field.before(render)) → \(field.after(render))"
        if let days = field.days {
            let replan = field.replans.map { ", \(ordinal($0)) replan" } ?? ""
            line += " (\(days > 0 ? "+" : "")\(days) day\(abs(days) == 1 ? "" : "s")\(replan))"
            if let reason = field.reason { line += ": " + style.quote(reason) }
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
        let place = "\(diagnostic.displayPath):\(diagnostic.line):\(diagnostic.column)"
        return [
            style.severity(diagnostic.severity), style.code(place),
            style.message(diagnostic.message, rule: diagnostic.rule),
        ]
    }

    private func path(_ path: String) -> String { style.code(path) }

    private func text(_ value: String) -> String { style.text(value) }
}
