import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// What `rmlint history`'s text and Markdown reports share: accuracy, per period, the committed
/// milestones and drift per quarter of the commit date, each table written by `section`.
struct HistoryLayout {
    /// A table: its title, header and rows (user text in cells is terminal-safe; Markdown escapes it further).
    let section: (_ title: String, _ header: [String], _ rows: [[String]]) -> String
    /// A titled list of sentences.
    let list: (_ title: String, _ lines: [String]) -> String

    func body(_ report: HistoryReport) -> String {
        let counts = report.accuracy
        let measurable = counts.onTime + counts.late + counts.missed
        var out =
            "Roadmap accuracy at \(report.revision.description.prefix(12)) (as of \(report.asOf), tolerance \(report.tolerance) day\(report.tolerance == 1 ? "" : "s")): "
        out +=
            counts.ratio.map { "\(percent($0)) on time (\(counts.onTime) of \(measurable) measurable)" }
            ?? "nothing measurable yet"
        out +=
            "\n\(counts.onTime) on time, \(counts.late) late, \(counts.missed) missed, \(counts.dropped) dropped, \(counts.open) open; "
        out +=
            "\(report.commits) commit\(report.commits == 1 ? "" : "s"), \(report.skipped) unreadable file version\(report.skipped == 1 ? "" : "s") skipped\n"
        out += section(
            "Per period of the committed due", ["period", "accuracy", "on time", "late", "missed"],
            report.periods.map { period, counts in
                [
                    period.description, counts.ratio.map(percent) ?? "–", "\(counts.onTime)", "\(counts.late)",
                    "\(counts.missed)",
                ]
            })
        out += list("Scorecard", HistoryScorecard(report).sentences)
        out += section(
            "Committed milestones", ["id", "title", "committed", "for", "due now", "slips", "delivered", "outcome"],
            report.entries.map { entry in
                let timeline = entry.timeline
                let days = timeline.slipDays.map { $0 == 0 ? "" : " (\($0 > 0 ? "+" : "")\($0) d)" } ?? ""
                return [
                    timeline.id, clean(timeline.last.title ?? ""), entry.commitment.date.description,
                    entry.commitment.due.description,
                    (timeline.latestDue?.description ?? "–") + days, "\(timeline.slips)",
                    timeline.deliveredOn?.description ?? "–", entry.outcome.rawValue,
                ]
            })
        out += section(
            "Drift per quarter of the commit date", ["quarter", "date", "item", "title", "change"],
            report.listedDrift.map { event in
                [
                    Period(containing: event.date, granularity: .quarter).description, event.date.description, event.id,
                    clean(event.title ?? ""), describe(event.change),
                ]
            })
        if let note = report.unlistedDriftNote { out += "\n" + note + "\n" }
        let churned = report.churn.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(10)
        out += section("Churn (edits per item)", ["item", "edits"], churned.map { [$0.key, "\($0.value)"] })
        return out
    }

    private func percent(_ ratio: Double) -> String {
        let tenths = (ratio * 1000).rounded() / 10
        return "\(tenths)%"
    }

    private func describe(_ change: DriftEvent.Change) -> String {
        switch change {
        case .added(let kind): return "added" + (kind.map { " (\($0.rawValue))" } ?? "")
        case .removed: return "removed"
        case .field(let field):
            var text = "\(field.field) \(field.before(clean)) → \(field.after(clean))"
            if let days = field.days { text += " (\(days > 0 ? "+" : "")\(days) days)" }
            if !field.reasons.isEmpty {
                text += ": " + field.reasons.map { "\"\(clean($0))\"" }.joined(separator: "; ")
            }
            return text
        }
    }

    /// User text, safe for a terminal.
    private func clean(_ text: String) -> String { TextSanitizer.escapeControlCharacters(text) }
}
