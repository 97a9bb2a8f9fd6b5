import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// `schema/item.schema.json` (as editors use it) and the `schema` rule agree on the same fixtures:
/// both accept every file in `Fixtures/schema/valid/` and reject every file in `invalid/`.
struct SchemaAgreementTests {
    private var fixtures: URL { Bundle.module.url(forResource: "Fixtures/schema", withExtension: nil)! }

    private func files(_ folder: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(
            at: fixtures.appendingPathComponent(folder), includingPropertiesForKeys: nil
        )
        .filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }
    }

    private func schemaDiagnostics(_ url: URL) throws -> [Diagnostic] {
        var files = Dictionary(uniqueKeysWithValues: RuleExample.background.map { ($0.path, $0.content) })
        files["roadmap/fixture.md"] = try String(contentsOf: url, encoding: .utf8)
        return try lint(files).filter { $0.rule == "schema" || $0.rule == "parse-error" }
    }

    @Test func ruleAcceptsValidAndRejectsInvalidFixtures() throws {
        let valid = try files("valid")
        let invalid = try files("invalid")
        #expect(valid.count >= 4 && invalid.count >= 15)
        for url in valid {
            let found = try schemaDiagnostics(url)
            #expect(found.isEmpty, "\(url.lastPathComponent): \(found.map(\.message))")
        }
        for url in invalid {
            #expect(
                try schemaDiagnostics(url).filter { $0.rule == "schema" }.count >= 1,
                "\(url.lastPathComponent) passed the schema rule")
        }
    }

    @Test func jsonSchemaAgreesWithTheRule() throws {
        let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("schema/item.schema.json")
        let all = try files("valid") + files("invalid")
        let result = try runProcess(
            "/usr/bin/env",
            ["python3", fixtures.appendingPathComponent("validate.py").path, schema.path] + all.map(\.path))
        #expect(result.exitCode == 0, "\(result.error)")
        let verdicts = Dictionary(
            uniqueKeysWithValues: result.output.split(separator: "\n").compactMap { line -> (String, String)? in
                let parts = line.split(separator: " ")
                return parts.count == 2
                    ? (
                        URL(fileURLWithPath: String(parts[0])).lastPathComponent + "@"
                            + URL(fileURLWithPath: String(parts[0])).deletingLastPathComponent().lastPathComponent,
                        String(parts[1])
                    ) : nil
            })
        #expect(verdicts.count == all.count)
        for url in all {
            let key = url.lastPathComponent + "@" + url.deletingLastPathComponent().lastPathComponent
            let expected = url.deletingLastPathComponent().lastPathComponent
            #expect(
                verdicts[key] == expected,
                "JSON Schema says \(verdicts[key] ?? "nothing") for \(expected)/\(url.lastPathComponent)")
        }
    }

    @Test func configurationSchemaAcceptsTheRepositoryConfiguration() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let result = try runProcess(
            "/usr/bin/env",
            [
                "python3", "-c",
                """
                import json, sys, yaml, jsonschema
                jsonschema.validate(yaml.safe_load(open(sys.argv[2])), json.load(open(sys.argv[1])))
                """, root.appendingPathComponent("schema/rmlint-config.schema.json").path,
                root.appendingPathComponent(".rmlint.yml").path,
            ])
        #expect(result.exitCode == 0, "\(result.error)")
    }
}
