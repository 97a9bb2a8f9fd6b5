import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// Every output format against a golden file. Regenerate with RMLINT_UPDATE_GOLDEN=1 and review the diff.
struct ReporterGoldenTests {
    static let result = LintResult(
        diagnostics: [
            Diagnostic(
                rule: "capacity-split", severity: .error, path: ".rmlint.yml", line: 5, column: 5, item: nil,
                message:
                    "2027-Q1: product is 90% of estimated effort (9 of 10 team-weeks), above its [60, 80] range; rebalance"
            ),
            Diagnostic(
                rule: "single-owner", severity: .error, path: "roadmap/milestones/M-101.md", line: 4, column: 8,
                item: "M-101",
                message: "milestone has 2 owners (\"alice, bob\"); name one accountable owner"),
            Diagnostic(
                rule: "overdue", severity: .warning, path: "roadmap/milestones/M-101.md", line: 9, column: 6,
                item: "M-101",
                message: "milestone was due 2026-09-30 <&> 'x'; mark it done, replan it, or drop it"),
            Diagnostic(
                rule: "dangling-link", severity: .error, path: "roadmap/Zahlung 100% \u{1B}[31mü.md", line: 5,
                column: 8, item: "M-102",
                message: "'theme' links 'T-x', but no item has that id; fix the id or add the theme",
                fingerprint: Fingerprint(rule: "dangling-link", subject: "M-102", field: "theme[T-x]")),
        ], itemCount: 4)

    @Test(arguments: LintReporters.registry.identifiers)
    func formatMatchesGolden(_ format: String) throws {
        let reporter = try #require(LintReporters.registry.reporter(named: format))
        let output = reporter.report(Self.result)
        let extensions = [
            "text": "txt", "json": "json", "sarif": "sarif.json", "github": "github.txt", "junit": "junit.xml",
            "checkstyle": "checkstyle.xml", "gitlab": "gitlab.json",
        ]
        let url = try #require(Bundle.module.url(forResource: "Fixtures/golden", withExtension: nil))
            .appendingPathComponent("lint.\(extensions[format] ?? format)")
        if ProcessInfo.processInfo.environment["RMLINT_UPDATE_GOLDEN"] != nil {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Fixtures/golden/\(url.lastPathComponent)")
            try output.write(to: source, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(output == golden)
    }

    /// GitLab's Code Quality format: the documented keys, a severity GitLab knows, unique fingerprints.
    @Test func gitlabReportHasGitLabsRequiredKeys() throws {
        var diagnostics = Self.result.diagnostics
        diagnostics.append(diagnostics[1])  // the same problem twice still gets two fingerprints
        let output = GitLabReporter().report(LintResult(diagnostics: diagnostics, itemCount: 4))
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(issues.count == 5)
        for issue in issues {
            #expect(issue["description"] is String && issue["check_name"] is String)
            #expect(["info", "minor", "major", "critical", "blocker"].contains(issue["severity"] as? String ?? ""))
            let location = try #require(issue["location"] as? [String: Any])
            #expect(location["path"] is String && (location["lines"] as? [String: Any])?["begin"] is Int)
        }
        #expect(Set(issues.compactMap { $0["fingerprint"] as? String }).count == issues.count)
        #expect(GitLabReporter().report(LintResult(diagnostics: [], itemCount: 0)) == "[]\n")
    }

    /// Code scanning shows `help`, and follows an alert by `primaryLocationLineHash`: derived from the fingerprint, not the line.
    @Test func sarifCarriesHelpAndALineHashFromTheFingerprint() throws {
        var moved = Self.result.diagnostics[1]
        moved.line += 7
        let before = try #require(
            try JSONSerialization.jsonObject(with: Data(SARIFReporter().report(Self.result).utf8)) as? [String: Any])
        let after = try #require(
            try JSONSerialization.jsonObject(
                with: Data(SARIFReporter().report(LintResult(diagnostics: [moved], itemCount: 1)).utf8))
                as? [String: Any])
        func run(_ document: [String: Any]) -> [String: Any]? { (document["runs"] as? [[String: Any]])?.first }
        let rules = try #require(
            ((run(before)?["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        for rule in rules {
            let help = try #require(rule["help"] as? [String: String])
            #expect(help["text"]?.contains("Why:") == true && help["markdown"]?.contains("**Triggers:**") == true)
        }
        func hash(_ document: [String: Any], _ index: Int) -> String? {
            ((run(document)?["results"] as? [[String: Any]])?[index]["partialFingerprints"] as? [String: String])?[
                "primaryLocationLineHash"]
        }
        #expect(hash(before, 1) != nil && hash(before, 1) == hash(after, 0))
    }

    /// GitHub refuses a job summary over 1 MiB: a huge result is cut with a line saying so.
    @Test func theJobSummaryStaysUnderGitHubsLimit() throws {
        let many = (1...20_000).map { number in
            Diagnostic(
                rule: "schema", severity: .error, path: "roadmap/m/M-\(number).md", line: 3, column: 7,
                item: "M-\(number)",
                message: String(repeating: "a long message about a field ", count: 3))
        }
        let summary = GitHubStepSummary.markdown(LintResult(diagnostics: many, itemCount: many.count))
        #expect(summary.utf8.count < 1_000_000)
        #expect(summary.contains("more diagnostics are in the step's log"))
        #expect(summary.hasPrefix("### rmlint: ❌ 20000 items, 20000 errors, 0 warnings"))
    }

    @Test func emptyResultsAreValidDocuments() throws {
        let empty = LintResult(diagnostics: [], itemCount: 0)
        #expect(TextReporter().report(empty).isEmpty)
        #expect(GitHubReporter().report(empty).isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(JSONReporter().report(empty).utf8)) as? [String: Any]
        #expect((json?["diagnostics"] as? [Any])?.isEmpty == true)
        #expect(CheckstyleReporter().report(empty).contains("<checkstyle"))
        #expect(JUnitReporter().report(empty).contains("failures=\"0\""))
    }

    @Test func jsonMatchesTheDocumentedShape() throws {
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(JSONReporter().report(Self.result).utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["items": 4, "errors": 3, "warnings": 1])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics[0]["item"] is NSNull)
        #expect(diagnostics[1]["item"] as? String == "M-101")
        #expect(Set(diagnostics[1].keys) == ["rule", "severity", "path", "line", "column", "item", "message"])
    }

    @Test func sarifIsValidAgainstTheSARIFSchema() throws {
        let schema = try #require(Bundle.module.url(forResource: "Fixtures/sarif-schema-2.1.0", withExtension: "json"))
        let document = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rmlint-\(UUID().uuidString).sarif")
        try SARIFReporter().report(Self.result).write(to: document, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: document) }
        let status = try runProcess(
            "/usr/bin/env",
            [
                "python3", "-c",
                """
                import json, sys, jsonschema
                import rfc3986_validator  # so that format_checker really checks uri-reference
                jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])), format_checker=jsonschema.FormatChecker())
                """, schema.path, document.path,
            ])
        #expect(status.exitCode == 0, "\(status.output)")
    }

    @Test func controlCharactersAreEscapedInMessages() throws {
        let files = ["roadmap/T-1.md": "---\nid: T-1\nkind: theme\ntitle: x\nowner: \"a\\e[31m, b\"\n---\n"]
        let diagnostics = try lint(files)
        let message = try #require(diagnostics.first { $0.rule == "single-owner" }?.message)
        #expect(!message.unicodeScalars.contains { $0.value == 0x1B })
        #expect(message.contains("\\u{1B}"))
    }
}
