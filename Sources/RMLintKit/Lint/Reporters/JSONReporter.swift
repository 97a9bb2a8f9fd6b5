import RMLintCore
import RMLintGit
import RMLintRules

/// `{"version": 1, "summary": {...}, "diagnostics": [...]}` as documented in SPEC §4.
public struct JSONReporter: Reporter {
    public static let identifier = "json"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ result: LintResult) -> String {
        JSONValue.object([
            ("version", .int(1)),
            (
                "summary",
                .object([
                    ("items", .int(result.itemCount)),
                    ("errors", .int(result.errors)),
                    ("warnings", .int(result.warnings)),
                ])
            ),
            ("diagnostics", .array(result.diagnostics.map(JSONReporter.encode))),
        ]).rendered() + "\n"
    }

    /// One diagnostic as lint's JSON writes it (also used by `diff`).
    package static func encode(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("rule", .string(diagnostic.rule)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("path", .string(diagnostic.displayPath)),
            ("line", .int(diagnostic.line)),
            ("column", .int(diagnostic.column)),
            ("item", .optional(diagnostic.item)),
            ("message", .string(diagnostic.message)),
        ])
    }
}
