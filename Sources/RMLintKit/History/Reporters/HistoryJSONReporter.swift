import RMLintCore
import RMLintGit
import RMLintRules

/// `rmlint history --format json`: SPEC §5's document, then the scorecard and drift keys.
public struct HistoryJSONReporter: Reporter {
    public static let identifier = "json"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ report: HistoryReport) -> String {
        var json = JSONStream(capacity: 256 * (report.drift.count + report.entries.count + 16))
        json.openObject()
        json.member("version", .int(1))
        json.member("revision", string: report.revision.description)
        json.member("commits", .int(report.commits))
        json.member("skipped", .int(report.skipped))
        json.member("as_of", string: report.asOf.description)
        json.member("tolerance", .int(report.tolerance))
        json.member(
            "accuracy",
            .object([
                ("on_time", .int(report.accuracy.onTime)), ("late", .int(report.accuracy.late)),
                ("missed", .int(report.accuracy.missed)), ("dropped", .int(report.accuracy.dropped)),
                ("open", .int(report.accuracy.open)), ("ratio", ratio(report.accuracy.ratio)),
            ]))
        json.member(
            "periods",
            .array(
                report.periods.map { period, counts in
                    .object([
                        ("period", .string(period.description)), ("on_time", .int(counts.onTime)),
                        ("late", .int(counts.late)),
                        ("missed", .int(counts.missed)), ("ratio", ratio(counts.ratio)),
                    ])
                }))
        json.member("items", .array(report.entries.map(item)))
        json.member("scorecard", HistoryScorecard(report).json)
        json.key("drift")
        json.openArray()
        for event in report.drift { drift(event, into: &json) }
        json.closeArray()
        json.closeObject()
        return json.text + "\n"
    }

    private func ratio(_ value: Double?) -> JSONValue { value.map(JSONValue.double) ?? .null }

    private func item(_ entry: HistoryReport.Entry) -> JSONValue {
        let timeline = entry.timeline
        return .object([
            ("id", .string(timeline.id)),
            ("committed_at", .string(entry.commitment.date.description)),
            ("commit", .string(entry.commitment.commit.description)),
            ("committed_due", .string(entry.commitment.due.description)),
            ("due", .optional(timeline.latestDue?.description)),
            ("slips", .int(timeline.slips)),
            ("slip_days", timeline.slipDays.map(JSONValue.int) ?? .null),
            ("status", .optional(timeline.last.status?.rawValue)),
            ("delivered_on", .optional(timeline.deliveredOn?.description)),
            ("outcome", .string(entry.outcome.rawValue)),
        ])
    }

    /// One drift event, written straight into the stream (there are thousands).
    private func drift(_ event: DriftEvent, into json: inout JSONStream) {
        json.element()
        json.openObject()
        json.member("id", string: event.id)
        json.member("commit", string: event.commit.description)
        json.member("date", string: event.date.description)
        switch event.change {
        case .added(let kind):
            json.member("change", string: "added")
            json.member("kind", .optional(kind?.rawValue))
        case .removed:
            json.member("change", string: "removed")
        case .field(let field):
            json.member("change", string: field.field)
            json.member("from", .optional(field.from))
            json.member("to", .optional(field.to))
            if field.fromInvalid { json.member("from_invalid", .bool(true)) }
            if field.toInvalid { json.member("to_invalid", .bool(true)) }
            if field.field == "due" {
                if let days = field.days { json.member("days", .int(days)) }
                json.member("reasons", .array(field.reasons.map(JSONValue.string)))
            }
        }
        json.closeObject()
    }
}
