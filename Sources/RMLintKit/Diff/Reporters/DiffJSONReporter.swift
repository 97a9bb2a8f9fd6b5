import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// `rmlint diff --format json`: SPEC §6's document. Extra keys beside the specified ones:
/// `title` per change, `reason`/`replans` on a `due` field, `total_before`/`total_after` per period.
public struct DiffJSONReporter: Reporter {
    public static let identifier = "json"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ report: DiffReport) -> String {
        JSONValue.object([
            ("version", .int(1)),
            ("base", .string(report.base.json)),
            ("head", .string(report.head.json)),
            ("changes", .array(report.changes.map(change))),
            ("capacity", .array(report.capacity.map(capacity))),
            ("introduced", .array(report.introduced.map(JSONReporter.encode))),
            ("fixed", .array(report.fixed.map(JSONReporter.encode))),
        ]).rendered() + "\n"
    }

    private func change(_ change: ItemChange) -> JSONValue {
        .object([
            ("id", .string(change.id)),
            ("kind", .optional(change.kind?.rawValue)),
            ("title", .optional(change.title)),
            ("change", .string(change.change.rawValue)),
            ("path", .string(TextSanitizer.escapeControlCharacters(change.path))),
            ("fields", .array(change.fields.map(field))),
        ])
    }

    private func field(_ field: ItemChange.Field) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("field", .string(field.field)), ("from", .optional(field.from)), ("to", .optional(field.to)),
        ]
        if field.fromInvalid { members.append(("from_invalid", .bool(true))) }
        if field.toInvalid { members.append(("to_invalid", .bool(true))) }
        if !field.added.isEmpty || !field.removed.isEmpty {
            members.append(("added", .array(field.added.map(JSONValue.string))))
            members.append(("removed", .array(field.removed.map(JSONValue.string))))
        }
        if let days = field.days { members.append(("days", .int(days))) }
        if let reason = field.reason { members.append(("reason", .string(reason))) }
        if let replans = field.replans { members.append(("replans", .int(replans))) }
        return .object(members)
    }

    private func capacity(_ change: CapacityChange) -> JSONValue {
        .object([
            ("period", .string(change.period.description)),
            ("before", shares(change.before)),
            ("after", shares(change.after)),
            ("total_before", Self.number(change.totalBefore)),
            ("total_after", Self.number(change.totalAfter)),
            ("items", .array(change.items.map(JSONValue.string))),
        ])
    }

    private func shares(_ shares: [(track: String, percent: Decimal)]) -> JSONValue {
        .object(shares.map { ($0.track, Self.number($0.percent)) })
    }

    /// A whole number as an integer, anything else rounded to two decimals.
    static func number(_ value: Decimal) -> JSONValue {
        let text = CapacityLedger.format(value)
        if let whole = Int(text) { return .int(whole) }
        return .double(Double(text) ?? 0)
    }
}
