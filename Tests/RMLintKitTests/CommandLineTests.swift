import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// The `rmlint` binary as users run it: exit codes, streams, formats.
@Suite(.serialized) struct CommandLineTests {
    private var repositoryRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    private func rmlint(_ arguments: [String], in directory: String) throws -> (
        exitCode: Int32, output: String, error: String
    ) {
        try runProcess(rmlintBinary(), arguments, in: directory, environment: ["NO_COLOR": "1"])
    }

    @Test func bundledExampleRoadmapIsClean() throws {
        let result = try rmlint(["lint", "--today", "2026-11-23", "--strict"], in: repositoryRoot)
        #expect(result.exitCode == 0, "\(result.output)")
        #expect(result.output.isEmpty)
        #expect(result.error.contains("16 items, 0 errors, 0 warnings"))
    }

    @Test func mistakesAreReportedOnceEachAndBrokenFilesDoNotStopOthers() throws {
        let repo = try GitFixture()
        try repo.write("roadmap/T-1.md", GitFixture.badTheme)
        try repo.write("roadmap/broken.md", "---\nid: X\ntitle: [oops\n---\n")
        try repo.write("roadmap/B-1.md", "---\nid: B-1\nkind: backlog\ntitle: Tidy\ntheme: T-nope\n---\n")
        try repo.write("roadmap/README.md", "# not an item\n")
        let result = try rmlint(["--today", "2026-06-01"], in: repo.root)
        #expect(result.exitCode == 1)
        #expect(
            result.output == """
                roadmap/B-1.md:5:8: error: 'theme' links 'T-nope', but no item has that id; fix the id or add the theme [dangling-link]
                roadmap/T-1.md:5:8: error: theme has 2 owners ("alice, bob"); name one accountable owner [single-owner]
                roadmap/broken.md:3:8: error: invalid YAML: flow sequence opened here is not closed (did not find expected ',' or ']') [parse-error]

                """)
        #expect(result.error == "rmlint: 3 items, 3 errors, 0 warnings\n")
    }

    @Test func pathArgumentsNarrowWhatIsPrinted() throws {
        let repo = try GitFixture()
        try repo.write("roadmap/T-1.md", GitFixture.badTheme)
        try repo.write("roadmap/B-1.md", "---\nid: B-1\nkind: backlog\ntitle: Tidy\ntheme: T-nope\n---\n")
        let narrowed = try rmlint(["roadmap/T-1.md"], in: repo.root)
        #expect(narrowed.output.split(separator: "\n").count == 1)
        #expect(try rmlint(["roadmap/missing.md"], in: repo.root).exitCode == 2)
    }

    @Test func warningsPassUnlessStrict() throws {
        let repo = try GitFixture()
        try repo.write("roadmap/T-1.md", GitFixture.goodTheme)
        try repo.write(".rmlint.yml", "review: {last: 2026-01-01, cadence: monthly}\n")
        #expect(try rmlint(["--today", "2026-06-01"], in: repo.root).exitCode == 0)
        #expect(try rmlint(["--today", "2026-06-01", "--strict"], in: repo.root).exitCode == 1)
        #expect(try rmlint(["--today", "2026-06-01", "--quiet"], in: repo.root).output.isEmpty)
    }

    @Test func usageAndConfigurationErrorsExitTwo() throws {
        let repo = try GitFixture()
        try repo.write("roadmap/T-1.md", GitFixture.goodTheme)
        #expect(try rmlint(["explain", "no-such-rule"], in: repo.root).exitCode == 2)
        #expect(try rmlint(["--format", "yaml"], in: repo.root).exitCode == 2)
        #expect(try rmlint(["--today", "2026-02-30"], in: repo.root).exitCode == 2)
        #expect(try rmlint(["--no-such-flag"], in: repo.root).exitCode == 2)
        try repo.write(".rmlint.yml", "rules:\n  overdu: off\n")
        let config = try rmlint([], in: repo.root)
        #expect(config.exitCode == 2)
        #expect(config.error.hasPrefix(".rmlint.yml:2:3: error: unknown rule 'overdu'"))
        try repo.write(".rmlint.yml", "roadmap: [plans]\n")
        #expect(try rmlint([], in: repo.root).exitCode == 2)
    }

    @Test func emptyRoadmapExitsTwoAndSaysWhereItLooked() throws {
        let repo = try GitFixture()
        let result = try rmlint([], in: repo.root)
        #expect(result.exitCode == 2)
        #expect(result.error.contains("'roadmap/'") && result.error.contains("roadmap:"))
    }

    @Test func machineFormatsKeepStdoutToTheirDocument() throws {
        let repo = try GitFixture()
        try repo.write("roadmap/T-1.md", GitFixture.badTheme)
        let json = try rmlint(["--format", "json"], in: repo.root)
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        #expect((object?["diagnostics"] as? [Any])?.count == 1)
        let github = try rmlint(["--format", "github"], in: repo.root)
        #expect(
            github.output
                == "::error file=roadmap/T-1.md,line=5,col=8,title=single-owner::theme has 2 owners (\"alice, bob\"); name one accountable owner\n"
        )
    }

    @Test func symbolicLinksAreReportedNotFollowed() throws {
        let repo = try GitFixture()
        try repo.write("roadmap/T-1.md", GitFixture.goodTheme)
        try FileManager.default.createSymbolicLink(
            atPath: repo.root + "/roadmap/link.md", withDestinationPath: "/etc/passwd")
        let result = try rmlint([], in: repo.root)
        #expect(result.exitCode == 1)
        #expect(result.output.contains("roadmap/link.md:1:1: error: not a regular file"))
    }

    @Test func rulesAndExplainPrintTheRuleMetadata() throws {
        let json = try rmlint(["rules", "--format", "json"], in: repositoryRoot)
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let rules = try #require(object?["rules"] as? [[String: String]])
        #expect(rules.map { $0["id"] ?? "" } == RuleRegistry.descriptions.map(\.id))
        let explain = try rmlint(["explain", "single-owner"], in: repositoryRoot)
        #expect(explain.exitCode == 0)
        #expect(explain.output.contains(SingleOwnerRule.description.rationale))
    }
}
