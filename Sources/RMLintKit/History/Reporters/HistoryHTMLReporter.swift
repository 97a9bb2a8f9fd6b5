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
        let counts = report.accuracy
        var body =
            "<header><h1>Roadmap accuracy</h1><p class=\"sub\">\(escape(String(report.revision.description.prefix(12)))) · as of \(report.asOf) · tolerance \(report.tolerance) days · \(report.commits) commit\(report.commits == 1 ? "" : "s")</p></header>\n"
        body += "<section class=\"kpis\">"
        body += kpi(
            counts.ratio.map(percent) ?? "–", "on time",
            "\(counts.onTime) of \(counts.onTime + counts.late + counts.missed) measurable")
        body += kpi("\(counts.late)", "late", "delivered after the committed date")
        body += kpi("\(counts.missed)", "missed", "past the date, not delivered")
        body += kpi("\(counts.open)", "open", "\(counts.dropped) dropped")
        body += kpi(
            scorecard.goalLinkedEffort.map(percent) ?? "–", "effort linked to a goal",
            "estimated effort at this revision")
        if let (owner, share) = scorecard.ownerConcentration {
            body += kpi(percent(share), "held by one owner", escape(owner))
        }
        body += "</section>\n"
        body += "<section><h2>Accuracy per period</h2>\(accuracyChart(report))</section>\n"
        body += "<section><h2>Committed vs. actual dates</h2>\(slipChart(report))</section>\n"
        body += "<section><h2>Capacity split over time</h2>\(capacityChart(scorecard, split: report.split))</section>\n"
        body += "<section><h2>Drift</h2>\(driftTable(report))</section>\n"
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Roadmap accuracy</title>
            <style>
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2430;margin:0;background:#f6f7f9}
            header,section{max-width:1040px;margin:0 auto;padding:18px 28px}
            h1{font-size:26px;margin:18px 0 2px}h2{font-size:18px;margin:6px 0 12px}.sub{color:#5b6473;margin:0}
            .kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px}
            .kpi{background:#fff;border:1px solid #e2e5ea;border-radius:10px;padding:12px 14px}
            .kpi b{display:block;font-size:26px}.kpi span{color:#5b6473;font-size:13px}
            section>svg,table{background:#fff;border:1px solid #e2e5ea;border-radius:10px}
            table{border-collapse:collapse;width:100%}td,th{padding:6px 10px;border-bottom:1px solid #eef0f3;text-align:left;font-size:13px}
            th{color:#5b6473;font-weight:600}.late{color:#b4441b}.early{color:#1d7a45}
            svg text{font:12px system-ui,sans-serif;fill:#39414f}
            </style></head><body>
            \(body)</body></html>

            """
    }

    private func kpi(_ value: String, _ label: String, _ detail: String) -> String {
        "<div class=\"kpi\"><b>\(value)</b>\(escape(label))<br><span>\(detail)</span></div>"
    }

    private func accuracyChart(_ report: HistoryReport) -> String {
        guard !report.periods.isEmpty else { return "<p>No committed milestones yet.</p>" }
        let width = 980
        let height = 220
        let left = 40
        let bottom = 30
        let step = Double(width - left - 10) / Double(report.periods.count)
        var svg =
            "<svg viewBox=\"0 0 \(width) \(height)\" width=\"100%\" role=\"img\" aria-label=\"accuracy per period\">"
        for tick in [0, 50, 100] {
            let y = Double(height - bottom) - Double(tick) / 100 * Double(height - bottom - 20)
            svg +=
                "<line x1=\"\(left)\" x2=\"\(width - 10)\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"#e2e5ea\"/><text x=\"4\" y=\"\(y + 4)\">\(tick)%</text>"
        }
        for (index, entry) in report.periods.enumerated() {
            let x = Double(left) + step * Double(index) + step * 0.2
            let label = "<text x=\"\(x)\" y=\"\(height - 10)\">\(escape(entry.period.description))</text>"
            guard let ratio = entry.counts.ratio else {
                svg += label + "<text x=\"\(x)\" y=\"\(height - bottom - 6)\">n/a</text>"
                continue
            }
            let barHeight = ratio * Double(height - bottom - 20)
            let y = Double(height - bottom) - barHeight
            svg +=
                "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(step * 0.6)\" height=\"\(barHeight)\" rx=\"3\" fill=\"#3b6fd8\"/>"
            svg += "<text x=\"\(x)\" y=\"\(y - 4)\">\(percent(ratio))</text>" + label
        }
        return svg + "</svg>"
    }

    /// One row per committed milestone: a dot at the committed date, a line to the due date now
    /// (or the delivery), red when later, green when earlier.
    private func slipChart(_ report: HistoryReport) -> String {
        let entries = report.entries.prefix(40)
        guard let first = entries.map({ min($0.commitment.due, $0.timeline.deliveredOn ?? $0.commitment.due) }).min(),
            let last = entries.map({
                max($0.timeline.latestDue ?? $0.commitment.due, $0.timeline.deliveredOn ?? $0.commitment.due)
            }).max()
        else { return "<p>No committed milestones yet.</p>" }
        let span = max(1, first.days(until: last))
        let width = 980
        let left = 120
        let row = 22
        let height = row * entries.count + 40
        func x(_ date: CalendarDate) -> Double {
            Double(left) + Double(first.days(until: date)) / Double(span) * Double(width - left - 20)
        }
        var svg =
            "<svg viewBox=\"0 0 \(width) \(height)\" width=\"100%\" role=\"img\" aria-label=\"committed and actual dates\">"
        svg += "<text x=\"\(left)\" y=\"14\">\(first)</text><text x=\"\(width - 90)\" y=\"14\">\(last)</text>"
        for (index, entry) in entries.enumerated() {
            let y = 34 + index * row
            let committed = entry.commitment.due
            let actual = entry.timeline.deliveredOn ?? entry.timeline.latestDue ?? committed
            let color = actual > committed ? "#d9534f" : (actual < committed ? "#2e9d5b" : "#8a93a3")
            svg += "<text x=\"4\" y=\"\(y + 4)\">\(escape(entry.timeline.id))</text>"
            svg +=
                "<line x1=\"\(x(committed))\" x2=\"\(x(actual))\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"\(color)\" stroke-width=\"3\"/>"
            svg +=
                "<circle cx=\"\(x(committed))\" cy=\"\(y)\" r=\"5\" fill=\"#1d2430\"><title>committed \(committed)</title></circle>"
            svg +=
                "<circle cx=\"\(x(actual))\" cy=\"\(y)\" r=\"5\" fill=\"\(color)\"><title>\(entry.outcome.rawValue) \(actual)</title></circle>"
        }
        let legend =
            "<p class=\"sub\">● committed date &nbsp; <span class=\"late\">●</span> later (delivered or due now) &nbsp; <span class=\"early\">●</span> earlier"
            + (report.entries.count > 40 ? " — first 40 of \(report.entries.count) milestones" : "") + "</p>"
        return svg + "</svg>" + legend
    }

    /// Stacked shares per period, the first configured track at the bottom, with its configured
    /// [min, max] drawn as a band: a bar whose first segment ends outside the band broke the split.
    private func capacityChart(_ scorecard: HistoryScorecard, split: [TrackShare]) -> String {
        let periods = scorecard.capacity
        guard !periods.isEmpty else { return "<p>No estimated milestones.</p>" }
        let configured = split.map(\.track)
        let tracks = configured + Set(periods.flatMap { $0.tracks.keys }).subtracting(configured).sorted()
        let colors = ["#3b6fd8", "#f0a630", "#2e9d5b", "#9b59b6", "#d9534f"]
        let width = 980
        let height = 220
        let left = 40
        let bottom = 30
        let plot = Double(height - bottom - 20)
        let step = Double(width - left - 10) / Double(periods.count)
        var svg = "<svg viewBox=\"0 0 \(width) \(height)\" width=\"100%\" role=\"img\" aria-label=\"capacity split\">"
        if let range = split.first {
            let low = Double(height - bottom) - HistoryScorecard.number(range.minimum / 100) * plot
            let high = Double(height - bottom) - HistoryScorecard.number(range.maximum / 100) * plot
            svg +=
                "<rect x=\"\(left)\" y=\"\(high)\" width=\"\(width - left - 10)\" height=\"\(low - high)\" fill=\"#3b6fd8\" opacity=\"0.10\"/>"
            for y in [low, high] {
                svg +=
                    "<line x1=\"\(left)\" x2=\"\(width - 10)\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"#3b6fd8\" stroke-dasharray=\"4 3\"/>"
            }
        }
        for (index, (period, efforts, _)) in periods.enumerated() {
            let total = efforts.values.reduce(Decimal(0), +)
            var y = Double(height - bottom)
            let x = Double(left) + step * Double(index) + step * 0.2
            for (number, track) in tracks.enumerated() {
                let share = total > 0 ? HistoryScorecard.number((efforts[track] ?? 0) / total) : 0
                let barHeight = share * plot
                y -= barHeight
                svg +=
                    "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(step * 0.6)\" height=\"\(barHeight)\" fill=\"\(colors[number % colors.count])\" opacity=\"0.85\"><title>\(escape(period.description)): \(escape(track)) \(percent(share))</title></rect>"
            }
            svg += "<text x=\"\(x)\" y=\"\(height - 10)\">\(escape(period.description))</text>"
        }
        var legend = tracks.enumerated().map {
            "<span style=\"color:\(colors[$0 % colors.count])\">■</span> \(escape($1))"
        }.joined(separator: " &nbsp; ")
        if let range = split.first {
            legend +=
                " &nbsp; <span style=\"color:#3b6fd8\">┅</span> configured \(escape(range.track)) share \(CapacityLedger.format(range.minimum))–\(CapacityLedger.format(range.maximum))%"
        }
        return svg + "</svg><p class=\"sub\">\(legend)</p>"
    }

    private func driftTable(_ report: HistoryReport) -> String {
        let moves = report.listedDrift.suffix(200)
        let note = report.unlistedDriftNote.map { "<p class=\"sub\">\(escape($0))</p>" } ?? ""
        guard !moves.isEmpty else { return "<p>No changes to the plan.</p>" + note }
        var html = "<table><tr><th>date</th><th>item</th><th>title</th><th>change</th></tr>"
        for event in moves.reversed() {
            html +=
                "<tr><td>\(event.date)</td><td>\(escape(event.id))</td><td>\(escape(event.title ?? ""))</td><td>\(change(event.change))</td></tr>"
        }
        return html + "</table>" + note
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

    private func percent(_ ratio: Double) -> String { "\((ratio * 1000).rounded() / 10)%" }

    /// Text for HTML element content and attribute values: control characters written out, then XML-escaped.
    package func escape(_ text: String) -> String {
        XMLEscaping.escape(TextSanitizer.escapeControlCharacters(text))
    }
}
