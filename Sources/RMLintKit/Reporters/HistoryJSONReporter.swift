/// `rmlint history --format json`: SPEC §5's document, then the scorecard and drift keys.
public struct HistoryJSONReporter: Sendable {
    public init() {}

    public func report(_ report: HistoryReport) -> String {
        var document: [(String, JSONValue)] = [
            ("version", .int(1)),
            ("revision", .string(report.revision.description)),
            ("commits", .int(report.commits)),
            ("skipped", .int(report.skipped)),
            ("as_of", .string(report.asOf.description)),
            ("tolerance", .int(report.tolerance)),
            ("accuracy", .object([
                ("on_time", .int(report.accuracy.onTime)), ("late", .int(report.accuracy.late)),
                ("missed", .int(report.accuracy.missed)), ("dropped", .int(report.accuracy.dropped)),
                ("open", .int(report.accuracy.open)), ("ratio", ratio(report.accuracy.ratio)),
            ])),
            ("periods", .array(report.periods.map { period, counts in
                .object([("period", .string(period.description)), ("on_time", .int(counts.onTime)), ("late", .int(counts.late)),
                         ("missed", .int(counts.missed)), ("ratio", ratio(counts.ratio))])
            })),
            ("items", .array(report.entries.map(item))),
        ]
        document.append(("scorecard", HistoryScorecard(report).json))
        document.append(("drift", .array(report.drift.map(drift))))
        return JSONValue.object(document).rendered() + "\n"
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

    private func drift(_ event: DriftEvent) -> JSONValue {
        var fields: [(String, JSONValue)] = [("id", .string(event.id)), ("commit", .string(event.commit.description)),
                                             ("date", .string(event.date.description))]
        switch event.change {
        case let .added(kind): fields += [("change", .string("added")), ("kind", .optional(kind?.rawValue))]
        case .removed: fields += [("change", .string("removed"))]
        case let .due(from, to, days, reasons):
            fields += [("change", .string("due")), ("from", .string(from.description)), ("to", .string(to.description)),
                       ("days", .int(days)), ("reasons", .array(reasons.map(JSONValue.string)))]
        case let .horizon(from, to): fields += [("change", .string("horizon")), ("from", .string(from.rawValue)), ("to", .string(to.rawValue))]
        case let .status(from, to): fields += [("change", .string("status")), ("from", .string(from.rawValue)), ("to", .string(to.rawValue))]
        case let .scope(field, from, to): fields += [("change", .string(field)), ("from", .string(from)), ("to", .string(to))]
        case let .owner(from, to): fields += [("change", .string("owner")), ("from", .string(from)), ("to", .string(to))]
        }
        return .object(fields)
    }
}
