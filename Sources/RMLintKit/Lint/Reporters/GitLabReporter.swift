import RMLintCore
import RMLintGit
import RMLintRules

/// GitLab Code Quality report (a JSON array of Code Climate issues), so merge requests show the
/// diagnostics inline: `description`, `check_name`, `fingerprint`, `severity`, `location.path`,
/// `location.lines.begin`.
public struct GitLabReporter: Reporter {
    public static let identifier = "gitlab"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ result: LintResult) -> String {
        var occurrences: [Fingerprint: Int] = [:]
        let issues: [JSONValue] = result.diagnostics.map { diagnostic in
            occurrences[diagnostic.fingerprint, default: 0] += 1
            let occurrence = occurrences[diagnostic.fingerprint] ?? 1
            // Unique in the report, stable across edits: the diagnostic's fingerprint (and which occurrence of it).
            let fingerprint =
                occurrence == 1
                ? diagnostic.fingerprint
                : Fingerprint(
                    rule: diagnostic.fingerprint.rule, subject: diagnostic.fingerprint.subject,
                    field: diagnostic.fingerprint.field + "#\(occurrence)")
            return .object([
                ("type", .string("issue")),
                ("check_name", .string(diagnostic.rule)),
                ("description", .string(diagnostic.message)),
                ("categories", .array([.string("Style")])),
                ("fingerprint", .string(fingerprint.hash)),
                ("severity", .string(diagnostic.severity == .error ? "major" : "minor")),
                (
                    "location",
                    .object([
                        ("path", .string(diagnostic.displayPath)),
                        ("lines", .object([("begin", .int(diagnostic.line))])),
                    ])
                ),
            ])
        }
        return JSONValue.array(issues).rendered() + "\n"
    }
}
