import Foundation
import RMLintCore

/// The inline SVG charts of the HTML history report. Every chart carries its numbers as text (a
/// printed page or a colour-blind reader loses nothing), outcomes differ by shape and label as well as
/// by colour, and each chart has a text alternative.
struct HistoryHTMLCharts {
    let report: HistoryReport
    let escape: (String) -> String

    static let width = 980

    /// How each outcome is drawn: colour, shape and the word shown beside it.
    static func style(_ outcome: MilestoneTimeline.Outcome) -> (color: String, shape: String, label: String) {
        switch outcome {
        case .onTime: return ("#1d7a45", "circle", "on time")
        case .late: return ("#b4441b", "triangle", "late")
        case .missed: return ("#b4441b", "cross", "missed")
        case .open: return ("#3b6fd8", "ring", "open")
        case .dropped: return ("#6b7280", "square", "dropped")
        }
    }

    /// An outcome's marker centred at (x, y).
    static func marker(_ outcome: MilestoneTimeline.Outcome, x: Double, y: Double) -> String {
        let (color, shape, _) = style(outcome)
        switch shape {
        case "triangle":
            return "<path d=\"M\(x) \(y - 6)L\(x + 6) \(y + 5)L\(x - 6) \(y + 5)Z\" fill=\"\(color)\"/>"
        case "cross":
            return
                "<path d=\"M\(x - 5) \(y - 5)L\(x + 5) \(y + 5)M\(x + 5) \(y - 5)L\(x - 5) \(y + 5)\" stroke=\"\(color)\" stroke-width=\"2.5\"/>"
        case "ring":
            return "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"5\" fill=\"#fff\" stroke=\"\(color)\" stroke-width=\"2\"/>"
        case "square":
            return "<rect x=\"\(x - 5)\" y=\"\(y - 5)\" width=\"10\" height=\"10\" fill=\"\(color)\"/>"
        default:
            return "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"5.5\" fill=\"\(color)\"/>"
        }
    }

    /// Accuracy per period of the committed due: a bar and "75% · 3 of 4" per period, "0%" drawn as
    /// such, "nothing measurable" where there was nothing to judge.
    func accuracy() -> String {
        guard !report.periods.isEmpty else { return "<p>No committed milestones yet.</p>" }
        let (height, left, bottom) = (230, 44, 30)
        let plot = Double(height - bottom - 34)
        let step = Double(Self.width - left - 10) / Double(report.periods.count)
        let summary = report.periods.map { period, counts in
            "\(period): " + (counts.ratio.map { "\(HistoryScorecard.percent($0)) on time" } ?? "nothing measurable")
        }.joined(separator: "; ")
        var svg = open(height, label: "Accuracy per period: \(summary)")
        for tick in [0, 50, 100] {
            let y = Double(height - bottom) - Double(tick) / 100 * plot
            svg +=
                "<line x1=\"\(left)\" x2=\"\(Self.width - 10)\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"#e2e5ea\"/><text x=\"4\" y=\"\(y + 4)\">\(tick)%</text>"
        }
        for (index, entry) in report.periods.enumerated() {
            let x = Double(left) + step * Double(index) + step * 0.2
            let counts = entry.counts
            let measurable = counts.onTime + counts.late + counts.missed
            svg += "<text x=\"\(x)\" y=\"\(height - 10)\">\(escape(entry.period.description))</text>"
            guard let ratio = counts.ratio else {
                svg += "<text x=\"\(x)\" y=\"\(Double(height - bottom) - 6)\">nothing measurable</text>"
                continue
            }
            let barHeight = max(ratio * plot, 2)
            let y = Double(height - bottom) - barHeight
            svg +=
                "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(step * 0.6)\" height=\"\(barHeight)\" rx=\"3\" fill=\"#3b6fd8\"/>"
            svg +=
                "<text x=\"\(x)\" y=\"\(y - 6)\">\(HistoryScorecard.percent(ratio)) · \(counts.onTime) of \(measurable)</text>"
        }
        return svg + "</svg>"
    }

    /// The most recently due committed milestones (all of them are in the table below): the committed
    /// date, a line to the date due now or delivered, the outcome's marker and word at its end, a tick
    /// at the start of each quarter and a line at the as-of date.
    func dates(limit: Int = 40) -> String {
        let entries = report.entries.sorted {
            ($0.commitment.due, $0.timeline.id) > ($1.commitment.due, $1.timeline.id)
        }
        .prefix(limit).reversed()
        func actual(_ entry: HistoryReport.Entry) -> CalendarDate {
            entry.timeline.deliveredOn ?? entry.timeline.latestDue ?? entry.commitment.due
        }
        let dates = entries.flatMap { [$0.commitment.due, actual($0)] } + [report.asOf]
        guard !entries.isEmpty, let first = dates.min(), let last = dates.max() else {
            return "<p>No committed milestones yet.</p>"
        }
        let span = max(1, first.days(until: last))
        let (left, right, row) = (130, 150, 24)
        let height = row * entries.count + 56
        func x(_ date: CalendarDate) -> Double {
            Double(left) + Double(first.days(until: date)) / Double(span) * Double(Self.width - left - right)
        }
        var svg = open(
            height,
            label:
                "Committed and actual dates of the \(entries.count) most recently due committed milestones; the table below lists every one"
        )
        for start in Self.ticks(from: first, to: last) {
            svg +=
                "<line x1=\"\(x(start))\" x2=\"\(x(start))\" y1=\"22\" y2=\"\(height - 8)\" stroke=\"#e2e5ea\"/><text x=\"\(x(start) + 3)\" y=\"16\">\(start)</text>"
        }
        let today = x(report.asOf)
        svg +=
            "<line x1=\"\(today)\" x2=\"\(today)\" y1=\"22\" y2=\"\(height - 8)\" stroke=\"#1d2430\" stroke-dasharray=\"3 3\"/><text x=\"\(today + 3)\" y=\"\(height - 10)\">as of \(report.asOf)</text>"
        for (index, entry) in entries.enumerated() {
            let y = Double(40 + index * row)
            let committed = entry.commitment.due
            let end = actual(entry)
            let (color, _, word) = Self.style(entry.outcome)
            let days = committed.days(until: end)
            let moved = days == 0 ? "" : " (\(days > 0 ? "+" : "")\(days) d)"
            svg += "<text x=\"4\" y=\"\(y + 4)\">\(escape(entry.timeline.id))</text>"
            svg +=
                "<line x1=\"\(x(committed))\" x2=\"\(x(end))\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"\(color)\" stroke-width=\"3\"/>"
            svg +=
                "<circle cx=\"\(x(committed))\" cy=\"\(y)\" r=\"3.5\" fill=\"#1d2430\"><title>committed for \(committed)</title></circle>"
            svg += Self.marker(entry.outcome, x: x(end), y: y)
            svg += "<text x=\"\(max(x(end), x(committed)) + 10)\" y=\"\(y + 4)\">\(word)\(moved)</text>"
        }
        let legend = [MilestoneTimeline.Outcome.onTime, .late, .missed, .open, .dropped].map { outcome in
            "<svg width=\"14\" height=\"14\" viewBox=\"0 0 14 14\" aria-hidden=\"true\">\(Self.marker(outcome, x: 7, y: 7))</svg> \(Self.style(outcome).label)"
        }.joined(separator: " &nbsp; ")
        let shown =
            report.entries.count > limit
            ? " — the \(limit) most recently due of \(report.entries.count) committed milestones; all are in the table below"
            : ""
        return svg + "</svg><p class=\"sub\">• committed date &nbsp; \(legend)\(shown)</p>"
    }

    /// Stacked shares per period, the first configured track at the bottom, with its configured
    /// [min, max] drawn as a band; each segment says its share and effort, each bar its total.
    func capacity(_ scorecard: HistoryScorecard, unit: String, from first: Period? = nil) -> String {
        let periods = scorecard.capacity.filter { row in first.map { row.period >= $0 } ?? true }
        guard !periods.isEmpty else { return "<p>No estimated milestones.</p>" }
        let split = report.split
        let configured = split.map(\.track)
        let tracks = configured + Set(periods.flatMap { $0.tracks.keys }).subtracting(configured).sorted()
        let colors = ["#3b6fd8", "#b86e00", "#1d7a45", "#8e44ad", "#b4441b"]
        let (height, left, bottom) = (250, 44, 30)
        let plot = Double(height - bottom - 34)
        let step = Double(Self.width - left - 10) / Double(periods.count)
        var svg = open(height, label: "Capacity split per period; the table lists the numbers")
        if let range = split.first {
            let low = Double(height - bottom) - HistoryScorecard.number(range.minimum / 100) * plot
            let high = Double(height - bottom) - HistoryScorecard.number(range.maximum / 100) * plot
            svg +=
                "<rect x=\"\(left)\" y=\"\(high)\" width=\"\(Self.width - left - 10)\" height=\"\(low - high)\" fill=\"#3b6fd8\" opacity=\"0.10\"/>"
            for y in [low, high] {
                svg +=
                    "<line x1=\"\(left)\" x2=\"\(Self.width - 10)\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"#3b6fd8\" stroke-dasharray=\"4 3\"/>"
            }
        }
        for (index, (period, efforts, uncertain)) in periods.enumerated() {
            let total = efforts.values.reduce(Decimal(0), +)
            var y = Double(height - bottom)
            let x = Double(left) + step * Double(index) + step * 0.2
            for (number, track) in tracks.enumerated() {
                let effort = efforts[track] ?? 0
                let share = total > 0 ? HistoryScorecard.number(effort / total) : 0
                let barHeight = share * plot
                y -= barHeight
                let text = "\(HistoryScorecard.percent(share)) (\(CapacityLedger.format(effort)))"
                svg +=
                    "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(step * 0.6)\" height=\"\(barHeight)\" fill=\"\(colors[number % colors.count])\"><title>\(escape(period.description)): \(escape(track)) \(text)</title></rect>"
                if barHeight >= 16 {
                    svg +=
                        "<text x=\"\(x + 4)\" y=\"\(y + barHeight / 2 + 4)\" style=\"fill:#fff\">\(escape(text))</text>"
                }
            }
            svg +=
                "<text x=\"\(x)\" y=\"\(y - 6)\">\(CapacityLedger.format(total)) \(escape(unit))\(uncertain ? " (uncertain)" : "")</text>"
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

    /// The first day of each quarter between two dates (of each year when that would be more than eight).
    static func ticks(from first: CalendarDate, to last: CalendarDate) -> [CalendarDate] {
        let months = (last.year - first.year) * 12 + last.month - first.month
        let every = months > 24 ? 12 : 3
        var (year, month) = (first.year, every == 12 ? 1 : (first.month - 1) / 3 * 3 + 1)
        var ticks: [CalendarDate] = []
        while let day = CalendarDate(year: year, month: month, day: 1), day <= last {
            if day >= first { ticks.append(day) }
            month += every
            if month > 12 { (year, month) = (year + 1, month - 12) }
        }
        return ticks
    }

    private func open(_ height: Int, label: String) -> String {
        "<svg viewBox=\"0 0 \(Self.width) \(height)\" width=\"100%\" role=\"img\" aria-label=\"\(escape(label))\"><title>\(escape(label))</title>"
    }
}
