import RMLintCore
import RMLintGit
import RMLintRules

/// SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"
    /// The key under `partialFingerprints` holding the diagnostic's fingerprint.
    public static let fingerprintKey = "rmlint/v1"

    public init(options: ReporterOptions = ReporterOptions()) {}

    /// Each rule's position in ``rules``.
    private static let ruleIndex = Dictionary(
        uniqueKeysWithValues: RuleRegistry.descriptions.enumerated().map { ($1.id, $0) })

    /// The tool's rule list with the documentation of each: the same for every report, built once.
    private static let rules: [JSONValue] = RuleRegistry.descriptions.map { rule in
        .object([
            ("id", .string(rule.id)),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.rationale))])),
            ("helpUri", .string(RMLintVersion.ruleURL(rule.id))),
            (
                "help",
                .object([
                    ("text", .string(RuleDocumentation.text(rule))),
                    ("markdown", .string(RuleDocumentation.markdown(rule))),
                ])
            ),
            ("defaultConfiguration", .object([("level", .string(rule.severity.rawValue))])),
        ])
    }

    public func report(_ result: LintResult) -> String {
        let (ruleIndex, rules) = (Self.ruleIndex, Self.rules)
        var occurrences: [Fingerprint: Int] = [:]
        let results: [JSONValue] = result.diagnostics.map { diagnostic in
            occurrences[diagnostic.fingerprint, default: 0] += 1
            // Code scanning follows an alert by this hash, so it follows the milestone, not the line.
            let lineHash = "\(diagnostic.fingerprint.hash):\(occurrences[diagnostic.fingerprint] ?? 1)"
            return .object([
                ("ruleId", .string(diagnostic.rule)),
                ("ruleIndex", .int(ruleIndex[diagnostic.rule] ?? 0)),
                ("level", .string(diagnostic.severity.rawValue)),
                ("message", .object([("text", .string(diagnostic.message))])),
                (
                    "locations",
                    .array([
                        .object([
                            (
                                "physicalLocation",
                                .object([
                                    (
                                        "artifactLocation",
                                        .object([
                                            ("uri", .string(SARIFReporter.uriReference(diagnostic.path))),
                                            ("uriBaseId", .string("%SRCROOT%")),
                                        ])
                                    ),
                                    (
                                        "region",
                                        .object([
                                            ("startLine", .int(diagnostic.line)),
                                            ("startColumn", .int(diagnostic.column)),
                                        ])
                                    ),
                                ])
                            )
                        ])
                    ])
                ),
                (
                    "partialFingerprints",
                    .object([
                        (SARIFReporter.fingerprintKey, .string(diagnostic.fingerprint.hash)),
                        ("primaryLocationLineHash", .string(lineHash)),
                    ])
                ),
            ])
        }
        return JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            (
                "runs",
                .array([
                    .object([
                        (
                            "tool",
                            .object([
                                (
                                    "driver",
                                    .object([
                                        ("name", .string("rmlint")),
                                        ("version", .string(RMLintVersion.current)),
                                        ("informationUri", .string(RMLintVersion.homepage)),
                                        ("rules", .array(rules)),
                                    ])
                                )
                            ])
                        ),
                        ("columnKind", .string("unicodeCodePoints")),
                        ("results", .array(results)),
                    ])
                ])
            ),
        ]).rendered() + "\n"
    }

    /// A relative path as a URI reference: every byte but unreserved characters and `/` percent-encoded
    /// (spaces, `%`, `#`, `?`, control characters and non-ASCII included).
    public static func uriReference(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return encoded
    }
}
