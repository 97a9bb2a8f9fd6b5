/// SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let informationURI = "https://github.com/rmlint/rmlint"

    public init() {}

    public func report(_ result: LintResult) -> String {
        let descriptions = RuleRegistry.descriptions
        let ruleIndex = Dictionary(uniqueKeysWithValues: descriptions.enumerated().map { ($1.id, $0) })
        let rules: [JSONValue] = descriptions.map { rule in
            .object([
                ("id", .string(rule.id)),
                ("shortDescription", .object([("text", .string(rule.summary))])),
                ("fullDescription", .object([("text", .string(rule.rationale))])),
                ("defaultConfiguration", .object([("level", .string(rule.severity.rawValue))])),
            ])
        }
        let results: [JSONValue] = result.diagnostics.map { diagnostic in
            .object([
                ("ruleId", .string(diagnostic.rule)),
                ("ruleIndex", .int(ruleIndex[diagnostic.rule] ?? 0)),
                ("level", .string(diagnostic.severity.rawValue)),
                ("message", .object([("text", .string(diagnostic.message))])),
                ("locations", .array([.object([
                    ("physicalLocation", .object([
                        ("artifactLocation", .object([("uri", .string(diagnostic.path)), ("uriBaseId", .string("%SRCROOT%"))])),
                        ("region", .object([("startLine", .int(diagnostic.line)), ("startColumn", .int(diagnostic.column))])),
                    ])),
                ])])),
            ])
        }
        return JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("rmlint")),
                    ("version", .string(RMLintVersion.current)),
                    ("informationUri", .string(SARIFReporter.informationURI)),
                    ("rules", .array(rules)),
                ]))])),
                ("results", .array(results)),
            ])])),
        ]).rendered() + "\n"
    }
}
