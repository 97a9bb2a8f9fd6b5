import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// `rmlint lint` output and exit-code details users rely on: --quiet/--strict, escaped paths,
/// symbolic-link folders, the index when nothing is staged, messages without doubled prefixes.
@Suite(.serialized) struct LintCommandTests {
    private func rmlint(_ arguments: [String], in directory: String) throws -> (
        exitCode: Int32, output: String, error: String
    ) {
        try runProcess(rmlintBinary(), arguments, in: directory, environment: ["NO_COLOR": "1"])
    }

    private func repositoryWithOnlyAWarning() throws -> GitFixture {
        let repo = try GitFixture()
        try repo.write("roadmap/T-1.md", GitFixture.goodTheme)
        try repo.write(".rmlint.yml", "review: {last: 2026-01-01, cadence: monthly}\n")
        return repo
    }

    @Test func strictQuietPrintsTheWarningsThatFailTheRun() throws {
        let repo = try repositoryWithOnlyAWarning()
        let result = try rmlint(["--today", "2026-06-01", "--strict", "--quiet"], in: repo.root)
        #expect(result.exitCode == 1)
        #expect(result.output.hasPrefix(".rmlint.yml:1:10: warning: roadmap review is overdue"))
        #expect(result.error == "rmlint: 1 item, 0 errors, 1 warning\n")
    }

    @Test func quietKeepsTheSummaryTrue() throws {
        let repo = try repositoryWithOnlyAWarning()
        let result = try rmlint(["--today", "2026-06-01", "--quiet", "--format", "json"], in: repo.root)
        #expect(result.exitCode == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["summary"] as? [String: Int] == ["items": 1, "errors": 0, "warnings": 1])
        #expect((object["diagnostics"] as? [Any])?.isEmpty == true)
        #expect(result.error == "rmlint: 1 item, 0 errors, 1 warning\n")
    }

    @Test func controlCharactersInPathsAreEscapedInEveryFormat() throws {
        let repo = try GitFixture()
        try repo.write("roadmap/T\u{1B}[31m.md", GitFixture.badTheme)
        for format in LintReporters.registry.identifiers {
            let result = try rmlint(["--format", format], in: repo.root)
            #expect(result.exitCode == 1)
            #expect(!result.output.unicodeScalars.contains { $0.value == 0x1B }, "\(format)")
            let escaped =
                format == "sarif"
                ? "T%1B%5B31m.md" : ["json", "gitlab"].contains(format) ? "T\\\\u{1B}[31m.md" : "T\\u{1B}[31m.md"
            #expect(result.output.contains(escaped), "\(format): \(result.output)")
        }
    }

    /// GitHub shows 10 error and 10 warning annotations per step: every diagnostic also goes to the
    /// job summary, and stderr says how many annotations will not be shown.
    @Test func githubFormatWritesTheJobSummaryAndCountsHiddenAnnotations() throws {
        let repo = try GitFixture()
        for number in 1...12 {
            try repo.write(
                "roadmap/T-\(number).md", GitFixture.badTheme.replacingOccurrences(of: "T-1", with: "T-\(number)"))
        }
        let summary = repo.root + "/summary.md"
        try "earlier step\n".write(toFile: summary, atomically: true, encoding: .utf8)
        let result = try runProcess(
            rmlintBinary(), ["--format", "github"], in: repo.root, environment: ["GITHUB_STEP_SUMMARY": summary])
        #expect(result.exitCode == 1)
        #expect(
            result.output.split(separator: "\n").count == 12
                && result.output.split(separator: "\n").allSatisfy { $0.hasPrefix("::error file=roadmap/T-") })
        #expect(
            result.error.contains("2 errors will not be shown as annotations (all are in the job summary)"),
            "\(result.error)")
        let written = try String(contentsOfFile: summary, encoding: .utf8)
        #expect(written.hasPrefix("earlier step\n### rmlint: ❌ 12 items, 12 errors, 0 warnings"))
        #expect(written.split(separator: "\n").filter { $0.hasPrefix("| ❌ error | `roadmap/T-") }.count == 12)
        let plain = try runProcess(
            rmlintBinary(), ["--format", "github"], in: repo.root, environment: ["GITHUB_STEP_SUMMARY": ""])
        #expect(
            plain.error.contains("2 errors will not be shown as annotations; every diagnostic is in the log above"),
            "\(plain.error)")
    }

    @Test func symbolicLinkRoadmapFolderIsNamedAsSuch() throws {
        let repo = try GitFixture()
        try repo.write("plans/T-1.md", GitFixture.goodTheme)
        try FileManager.default.createSymbolicLink(atPath: repo.root + "/roadmap", withDestinationPath: "plans")
        let result = try rmlint([], in: repo.root)
        #expect(result.exitCode == 2)
        #expect(result.error.contains("roadmap folder 'roadmap' is a symbolic link"), "\(result.error)")
        try repo.git("add", ".")
        let staged = try rmlint(["--staged"], in: repo.root)
        #expect(staged.exitCode == 2)
        #expect(staged.error.contains("roadmap folder 'roadmap' is a symbolic link"), "\(staged.error)")
    }

    @Test func stagedWithNothingStagedSaysTheIndexIsEmpty() throws {
        let repo = try GitFixture()
        try repo.write("roadmap/T-1.md", GitFixture.goodTheme)
        let result = try rmlint(["--staged"], in: repo.root)
        #expect(result.exitCode == 2)
        #expect(result.error.contains("no roadmap items in the index"), "\(result.error)")
    }

    @Test func missingConfiguredFolderIsOneCleanConfigurationError() throws {
        let repo = try GitFixture()
        try repo.write("roadmap/T-1.md", GitFixture.goodTheme)
        try repo.write(".rmlint.yml", "roadmap: [plans]\n")
        let result = try rmlint([], in: repo.root)
        #expect(result.exitCode == 2)
        #expect(
            result.error
                == ".rmlint.yml:1:11: error: roadmap folder 'plans' does not exist; create it or fix 'roadmap:'\n")
    }

    @Test func capacityNoteGoesToStandardError() throws {
        let repo = try GitFixture()
        for (path, content) in SampleRoadmap.files { try repo.write(path, content) }
        try repo.write(".rmlint.yml", SampleRoadmap.configuration)
        try repo.write(
            "roadmap/milestones/M-ledger.md",
            SampleRoadmap.files["roadmap/milestones/M-ledger.md"]!
                .replacingOccurrences(of: "track: engineering", with: "track: platform"))
        let result = try rmlint(["--today", SampleRoadmap.today], in: repo.root)
        #expect(result.exitCode == 1)
        #expect(result.output.split(separator: "\n").count == 1)
        #expect(result.error.contains("rmlint: note: capacity-split not checked for 2027-Q1"), "\(result.error)")
    }

    @Test func versionNamesTheRoadmapLinter() throws {
        let result = try rmlint(["--version"], in: FileManager.default.currentDirectoryPath)
        #expect(result.exitCode == 0)
        #expect(result.output == RMLintVersion.banner + "\n")
        #expect(result.output.contains("roadmap"))
    }
}
