import RMLintCore

/// A JSON Schema of roadmap front-matter in a configuration's words (`rmlint schema`), for an
/// editor's YAML validation and completion: every field under the key the team writes, statuses
/// and kinds as the team writes them; the same facts rmlint checks, so an editor and lint agree.
package enum ConventionSchema {
    /// The schema for `configuration` (rmlint's own words without a convention).
    package static func document(for configuration: Configuration) -> JSONValue {
        let convention = configuration.convention
        func key(_ field: String) -> String { convention?.key(for: field) ?? field }
        var properties: [(String, JSONValue)] = []
        for field in fields where isWritten(field, under: convention) {
            guard let schema = schema(of: field, configuration) else { continue }
            properties.append((key(field), schema))
        }
        let name = convention.map { " (convention: \($0.name))" } ?? ""
        // `kind` is required unless the convention gives kinds by path.
        let kindByPath = convention.map { !$0.kinds.isEmpty || $0.backlog != nil } ?? false
        let required = ["id", "title"] + (kindByPath ? [] : ["kind"])
        return .object([
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("title", .string("rmlint roadmap item front-matter\(name)")),
            ("type", .string("object")),
            ("required", .array(required.map { .string(key($0)) })),
            ("properties", .object(properties)),
        ])
    }

    /// Whether the convention has the field: a convention that says which fields its kinds lack
    /// (Backlog.md's) has those of the kinds it reads, less the lacking ones.
    private static func isWritten(_ field: String, under convention: Convention?) -> Bool {
        guard let absent = convention?.absentFields, !absent.isEmpty, !ItemKind.commonFields.contains(field) else {
            return true
        }
        return absent.contains { kind, lacking in
            kind.fields(underConvention: true).contains(field) && !lacking.contains(field)
        }
    }

    /// Every field rmlint reads, in documentation order.
    static let fields: [String] = {
        var seen = Set<String>()
        return (ItemKind.commonFields + ItemKind.allCases.flatMap { $0.fields(underConvention: true) })
            .filter { seen.insert($0).inserted }
    }()

    private static func schema(of field: String, _ configuration: Configuration) -> JSONValue? {
        let convention = configuration.convention
        let listAsText = convention?.lists.contains(field) == true
        func strings() -> JSONValue {
            let list = JSONValue.object([("type", .string("array")), ("items", .object([("type", .string("string"))]))])
            return listAsText ? .object([("anyOf", .array([list, .object([("type", .string("string"))])]))]) : list
        }
        func enumeration(_ values: [String]) -> JSONValue { .object([("enum", .array(values.map(JSONValue.string)))]) }
        switch field {
        case "kind":
            let mapped = convention?.teamValues(for: "kind", kind: nil)?.map(\.team) ?? []
            return enumeration(mapped + ItemKind.allCases.map(\.rawValue))
        case "status":
            if let backlog = convention?.backlog { return enumeration(backlog.statuses) }
            let statuses = ItemKind.allCases.flatMap(\.statuses).map(\.rawValue)
            let team = ItemKind.allCases.flatMap { convention?.teamValues(for: "status", kind: $0)?.map(\.team) ?? [] }
            var seen = Set<String>()
            return enumeration((team + statuses).filter { seen.insert($0).inserted })
        case "horizon":
            let team = convention?.teamValues(for: "horizon", kind: .milestone)?.map(\.team) ?? []
            return enumeration(team + Horizon.allCases.map(\.rawValue))
        case "track": return enumeration(configuration.tracks)
        case "goals", "depends_on", "tags": return strings()
        case "owner":
            let text = JSONValue.object([("type", .string("string"))])
            return convention?.backlog != nil ? .object([("anyOf", .array([text, strings()]))]) : text
        case "due", "delivered":
            guard convention?.backlog != nil else {
                return .object([("type", .string("string")), ("pattern", .string("^\\d{4}-\\d{2}-\\d{2}$"))])
            }
            return .object([
                ("type", .string("string")), ("pattern", .string("^\\d{4}-\\d{2}-\\d{2}")),
                (
                    "description",
                    .string(
                        "a task's due_date needs a time (2027-03-01 12:00): Backlog.md fails to load a task with a date alone"
                    )
                ),
            ])
        case "estimate": return .object([("type", .array([.string("number"), .string("string")]))])
        case "metric", "scores", "rmlint-disable": return .object([("type", .string("object"))])
        case "replans": return .object([("type", .string("array"))])
        default: return .object([("type", .string("string"))])
        }
    }
}
