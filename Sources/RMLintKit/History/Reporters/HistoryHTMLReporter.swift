import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// `rmlint history --format html`: one self-contained page (inline CSS and SVG, no scripts, fonts
/// or network) with accuracy per period, a slip chart, the capacity split over time and drift.
/// Every string from the roadmap is escaped.
public struct HistoryHTMLReporter: Reporter {
    public static let identifier = "html"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ report: HistoryReport) -> String {
        let scorecard = HistoryScorecard(report)
        let charts = HistoryHTMLCharts(report: report, escape: escape)
        let counts = report.accuracy
        var body =
            "<header><h1>Roadmap accuracy</h1><p class=\"sub\">\(escape(String(report.revision.description.prefix(12)))) · as of \(report.asOf) · tolerance \(report.tolerance) day\(report.tolerance == 1 ? "" : "s") · \(report.commits) commit\(report.commits == 1 ? "" : "s")</p></header>\n<main>\n"
        body += "<section class=\"kpis\" aria-label=\"Key figures\">"
        body += kpi(
            counts.ratio.map(HistoryScorecard.percent) ?? "–", "on time",
            "\(counts.onTime) of \(counts.onTime + counts.late + counts.missed) measurable")
        body += kpi("\(counts.late)", "late", "delivered after the committed date")
        body += kpi("\(counts.missed)", "missed", "past the date, not delivered")
        body += kpi("\(counts.open)", "open", "\(counts.dropped) dropped")
        body += kpi(
            scorecard.goalLinkedEffort.map(HistoryScorecard.percent) ?? "–", "effort linked to a goal",
            "estimated effort at this revision")
        if let (owner, share) = scorecard.ownerConcentration {
            body += kpi(HistoryScorecard.percent(share), "held by one owner", escape(owner))
        }
        body += "</section>\n"
        body +=
            "<section><h2>Scorecard</h2><ul>"
            + scorecard.sentences.map { "<li>\(escape($0))</li>" }.joined() + "</ul></section>\n"
        body += "<section><h2>Accuracy per period of the committed date</h2>\(charts.accuracy())</section>\n"
        body += "<section><h2>Committed vs. actual dates</h2>\(charts.dates())</section>\n"
        body += "<section><h2>Committed milestones</h2>\(outcomeTable(report))</section>\n"
        body +=
            "<section><h2>Capacity split over time</h2>\(charts.capacity(scorecard, unit: report.unit))</section>\n"
        body += "<section><h2>Drift</h2>\(driftTable(report))</section>\n</main>\n"
        return HTMLPage.render(title: "Roadmap accuracy", body: body)
    }

    private func kpi(_ value: String, _ label: String, _ detail: String) -> String {
        "<div class=\"kpi\"><b>\(value)</b>\(escape(label))<br><span>\(detail)</span></div>"
    }

    /// Every committed milestone with its outcome in words, as the text report lists them.
    private func outcomeTable(_ report: HistoryReport) -> String {
        guard !report.entries.isEmpty else { return "<p>No committed milestones yet.</p>" }
        var html =
            "<table><thead><tr><th scope=\"col\">id</th><th scope=\"col\">title</th><th scope=\"col\">committed on</th><th scope=\"col\">committed for</th><th scope=\"col\">due now</th><th scope=\"col\">slips</th><th scope=\"col\">delivered</th><th scope=\"col\">outcome</th></tr></thead><tbody>"
        for entry in report.entries {
            let timeline = entry.timeline
            let days = timeline.slipDays.map { $0 == 0 ? "" : " (\($0 > 0 ? "+" : "")\($0) d)" } ?? ""
            let (color, _, word) = HistoryHTMLCharts.style(entry.outcome)
            html +=
                "<tr><td class=\"date\">\(escape(timeline.id))</td><td>\(escape(timeline.last.title ?? ""))</td><td class=\"date\">\(entry.commitment.date)</td><td class=\"date\">\(entry.commitment.due)</td><td class=\"date\">\(timeline.latestDue.map(\.description) ?? "–")\(days)</td><td class=\"num\">\(timeline.slips)</td><td class=\"date\">\(timeline.deliveredOn.map(\.description) ?? "–")</td><td class=\"date\"><svg width=\"14\" height=\"14\" viewBox=\"0 0 14 14\" aria-hidden=\"true\">\(HistoryHTMLCharts.marker(entry.outcome, x: 7, y: 7))</svg> <span style=\"color:\(color)\">\(word)</span></td></tr>"
        }
        return html + "</tbody></table>"
    }

    /// The plan's changes, oldest first as in the text report (the last 200 of them).
    private func driftTable(_ report: HistoryReport) -> String {
        let listed = report.listedDrift
        let moves = listed.suffix(200)
        var note = report.unlistedDriftNote.map { "<p class=\"sub\">\(escape($0))</p>" } ?? ""
        if listed.count > moves.count {
            note = "<p class=\"sub\">The last \(moves.count) of \(listed.count) changes; JSON lists all.</p>" + note
        }
        guard !moves.isEmpty else { return "<p>No changes to the plan.</p>" + note }
        var html =
            "<table><thead><tr><th scope=\"col\">date</th><th scope=\"col\">item</th><th scope=\"col\">title</th><th scope=\"col\">change</th></tr></thead><tbody>"
        for event in moves {
            html +=
                "<tr><td class=\"date\">\(event.date)</td><td class=\"date\">\(escape(event.id))</td><td>\(escape(event.title ?? ""))</td><td>\(change(event.change))</td></tr>"
        }
        return html + "</tbody></table>" + note
    }

    private func change(_ change: DriftEvent.Change) -> String {
        switch change {
        case .added(let kind): return "added" + (kind.map { " (\($0.rawValue))" } ?? "")
        case .removed: return "removed"
        case .field(let field):
            let move = "\(field.field) \(field.before(escape)) → \(field.after(escape))"
            guard let days = field.days else { return move }
            let why = field.reasons.map { " — <em>\(escape($0))</em>" }.joined()
            return
                "<span class=\"\(days > 0 ? "late" : "early")\">\(move) (\(days > 0 ? "+" : "")\(days) days)</span>\(why)"
        }
    }

    /// Text for HTML element content and attribute values: control characters written out, then XML-escaped.
    package func escape(_ text: String) -> String {
        XMLEscaping.escape(TextSanitizer.escapeControlCharacters(text))
    }
}
