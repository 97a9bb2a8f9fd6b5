import RMLintCore

/// `rmlint review --format html`: the review as one self-contained page to print as a board pack —
/// the agenda's sections and tables, key figures first, and the charts a person would rather look
/// at (capacity share per period against the configured band, the accuracy trend, committed vs.
/// current due dates), drawn as `history` draws them. Every string from the roadmap is escaped.
public struct ReviewHTMLReporter: Reporter {
    public static let identifier = "html"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ review: ReviewReport) -> String {
        let escape = HistoryHTMLReporter().escape
        var layout = ReviewLayout(
            section: { title, header, rows in
                guard !rows.isEmpty else { return "" }
                var html = "<h3>\(escape(title))</h3><div class=\"scroll\"><table><thead><tr>"
                html += header.map { "<th scope=\"col\">\(escape($0))</th>" }.joined() + "</tr></thead><tbody>"
                for row in rows { html += "<tr>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>" }
                return html + "</tbody></table></div>\n"
            },
            list: { title, lines in
                guard !lines.isEmpty else { return "" }
                return "<h3>\(escape(title))</h3><ul>" + lines.map { "<li>\(escape($0))</li>" }.joined() + "</ul>\n"
            },
            heading: { "</section>\n<section><h2>\(escape($0))</h2>\n" })
        layout.intro = { line in
            "<header><h1>Roadmap review</h1><p class=\"sub\">\(escape(line))</p></header>\n<main>\n"
                + kpis(review) + "<section>"
        }
        layout.chart = { chart(named: $0, review) }
        return HTMLPage.render(
            title: "Roadmap review \(review.period.since) – \(review.period.asOf)",
            body: layout.body(review) + "</section>\n</main>\n")
    }

    private func kpis(_ review: ReviewReport) -> String {
        func kpi(_ value: String, _ label: String, _ detail: String) -> String {
            "<div class=\"kpi\"><b>\(value)</b>\(label)<br><span>\(detail)</span></div>"
        }
        let counts = review.accuracy
        let onTime = review.delivered.count { $0.outcome == .onTime }
        return "<section class=\"kpis\" aria-label=\"Key figures\">"
            + kpi("\(review.delivered.count)", "delivered", "\(onTime) on time")
            + kpi("\(review.missed.count)", "missed", "past the committed date")
            + kpi("\(review.replanned.count)", "re-dated", "\(review.dropped.count) dropped")
            + kpi("\(Set(review.atRisk.map(\.id)).count)", "at risk", "within \(review.horizon) days or blocked")
            + kpi(
                counts.ratio.map(HistoryScorecard.percent) ?? "–", "accuracy",
                "of commitments due in the period")
            + kpi(
                review.churnRatio.map(HistoryScorecard.percent) ?? "–", "churn",
                "\(review.churn.replanned) of \(review.churn.commitments) re-dated")
            + "</section>\n"
    }

    private func chart(named name: String, _ review: ReviewReport) -> String {
        let escape = HistoryHTMLReporter().escape
        var history = review.history
        switch name {
        case "capacity":
            guard !review.capacity.isEmpty else { return "" }
            let first = Period(containing: review.period.asOf, granularity: review.granularity)
            let charts = HistoryHTMLCharts(report: history, escape: escape)
            return charts.capacity(HistoryScorecard(history), unit: review.unit, from: first)
        case "accuracy":
            let counts = Dictionary(history.periods.map { ($0.period, $0.counts) }, uniquingKeysWith: { a, _ in a })
            history.periods = review.trend.map { ($0.period, counts[$0.period] ?? HistoryReport.Counts()) }
            return "<h3>Accuracy, the last four periods</h3>"
                + HistoryHTMLCharts(report: history, escape: escape).accuracy()
        default:
            let open = Set(review.forecast.map(\.id)).union(review.delivered.map(\.id))
            history.entries = history.entries.filter { open.contains($0.timeline.id) }
            guard !history.entries.isEmpty else { return "" }
            return "<h3>Committed vs. current due dates</h3>"
                + HistoryHTMLCharts(report: history, escape: escape).dates()
        }
    }
}
