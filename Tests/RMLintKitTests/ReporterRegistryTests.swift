import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// Every command chooses its output from one registry built from a list of reporter types.
struct ReporterRegistryTests {
    private func check<Subject>(_ registry: ReporterRegistry<Subject>, _ expected: [String]) {
        #expect(registry.identifiers == expected)
        #expect(Set(registry.identifiers).count == registry.identifiers.count)
        for name in registry.identifiers {
            let reporter = registry.reporter(named: name)
            #expect(reporter.map { type(of: $0).identifier } == name)
        }
        #expect(registry.reporter(named: "nope") == nil)
    }

    @Test func eachCommandHasItsFormats() {
        check(LintReporters.registry, ["text", "json", "sarif", "github", "junit", "checkstyle", "gitlab"])
        check(DiffReporters.registry, ["text", "json", "markdown"])
        check(HistoryReporters.registry, ["text", "json", "markdown", "html"])
        check(GraphReporters.registry, ["mermaid", "dot", "json"])
    }

    @Test(arguments: [["lint"], ["diff"], ["history"], ["graph"]])
    func anUnknownFormatIsAUsageErrorNamingTheFormats(_ command: [String]) throws {
        let repo = try GitFixture()
        try repo.write("roadmap/T-1.md", "---\nid: T-1\nkind: theme\ntitle: Core\nowner: a\n---\n")
        try repo.git("add", "-A")
        try repo.git("commit", "-qm", "one")
        let result = try runProcess(rmlintBinary(), command + ["--format", "nope"], in: repo.root)
        #expect(result.exitCode == 2)
        #expect(result.error.contains("unknown format 'nope'; use one of "), "\(result.error)")
        #expect(result.output.isEmpty)
    }

    @Test func githubReporterWritesTheJobSummaryAndSaysWhatIsHidden() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rmlint-summary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("summary.md").path
        let many = (1...12).map { index in
            Diagnostic(
                rule: "schema", severity: .error, path: "roadmap/M-\(index).md", line: 1, column: 1, item: "M-\(index)",
                message: "broken", fingerprint: Fingerprint(rule: "schema", subject: "M-\(index)", field: ""))
        }
        let result = LintResult(diagnostics: many, itemCount: 12)
        let reporter = try #require(
            LintReporters.registry.reporter(
                named: "github", options: ReporterOptions(environment: ["GITHUB_STEP_SUMMARY": path])))
        #expect(
            reporter.finish(result) == [
                "GitHub shows 10 error and 10 warning annotations per step; 2 errors will not be shown as annotations (all are in the job summary)"
            ])
        let summary = try String(contentsOfFile: path, encoding: .utf8)
        #expect(summary == GitHubStepSummary.markdown(result))
        #expect(
            LintReporters.registry.reporter(named: "github")?.finish(result) == [
                "GitHub shows 10 error and 10 warning annotations per step; 2 errors will not be shown as annotations; every diagnostic is in the log above"
            ])
    }
}
