import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// `--write-baseline` and `--baseline` through the binary, on the sample roadmap with two known problems.
struct BaselineTests {
    static func repository() throws -> GitFixture {
        let repo = try GitFixture()
        var files = SampleRoadmap.files
        files["roadmap/milestones/M-sso.md"] = files["roadmap/milestones/M-sso.md"]?.replacingOccurrences(
            of: "owner: frank", with: "owner: frank, erin")
        files["roadmap/goals/G-retention.md"] = files["roadmap/goals/G-retention.md"]?.replacingOccurrences(
            of: "due: 2027-06-30\n", with: "")
        for (path, content) in files { try repo.write(path, content) }
        try repo.write(".rmlint.yml", SampleRoadmap.configuration)
        return repo
    }

    static func lint(_ repo: GitFixture, _ arguments: [String]) throws -> (
        exitCode: Int32, output: String, error: String
    ) {
        try runProcess(rmlintBinary(), ["lint", "--today", SampleRoadmap.today] + arguments, in: repo.root)
    }

    @Test func aBaselineHidesKnownProblemsAndSurvivesMovesAndReordering() throws {
        let repo = try Self.repository()
        let written = try Self.lint(repo, ["--write-baseline", "baseline.json"])
        #expect(
            written.exitCode == 0 && written.output.isEmpty && written.error.contains("wrote 2 problems"), "\(written)")
        let text = try String(contentsOfFile: repo.root + "/baseline.json", encoding: .utf8)
        #expect(
            text == """
                {
                  "baseline": [
                    {
                      "field": "owner",
                      "path": "roadmap/milestones/M-sso.md",
                      "rule": "single-owner",
                      "subject": "M-sso"
                    },
                    {
                      "field": "due",
                      "path": "roadmap/goals/G-retention.md",
                      "rule": "smart-time-bound",
                      "subject": "G-retention"
                    }
                  ],
                  "version": 1
                }

                """)
        // Every item moved to a new folder, every front-matter's fields reversed: still the same problems.
        try FileManager.default.moveItem(atPath: repo.root + "/roadmap", toPath: repo.root + "/plans")
        try repo.write(".rmlint.yml", SampleRoadmap.configuration + "roadmap: [plans]\n")
        let enumerator = FileManager.default.enumerator(atPath: repo.root + "/plans")
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".md") else { continue }
            let path = repo.root + "/plans/" + relative
            let parts = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "---\n")
            let fields = parts[1].split(separator: "\n").reversed().joined(separator: "\n") + "\n"
            try ([parts[0], fields] + parts.dropFirst(2)).joined(separator: "---\n").write(
                toFile: path, atomically: true, encoding: .utf8)
        }
        let hidden = try Self.lint(repo, ["--baseline", "baseline.json", "--format", "json"])
        #expect(hidden.exitCode == 0, "\(hidden)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(hidden.output.utf8)) as? [String: Any])
        #expect((document["diagnostics"] as? [Any])?.isEmpty == true)
        #expect(hidden.error.contains("2 baselined"))
        // A new problem is reported; a fixed one is noted.
        let sso = repo.root + "/plans/milestones/M-sso.md"
        try String(contentsOfFile: sso, encoding: .utf8).replacingOccurrences(
            of: "owner: frank, erin", with: "owner: frank"
        )
        .replacingOccurrences(of: "estimate: 6", with: "estimate: many").write(
            toFile: sso, atomically: true, encoding: .utf8)
        let fresh = try Self.lint(repo, ["--baseline", "baseline.json"])
        #expect(fresh.exitCode == 1)
        #expect(
            fresh.output.split(separator: "\n").map { String($0.split(separator: ":")[0]) } == [
                "plans/milestones/M-sso.md"
            ], "\(fresh.output)")
        #expect(
            fresh.output.contains("[schema]")
                && fresh.error.contains("1 baselined problem is fixed; run --write-baseline baseline.json"), "\(fresh)")
    }

    @Test func baselineWorksWithStagedAndPathNarrowing() throws {
        let repo = try Self.repository()
        try repo.git("add", "-A")
        #expect(try Self.lint(repo, ["--staged", "--write-baseline", "baseline.json"]).exitCode == 0)
        let narrowed = try Self.lint(repo, ["--staged", "--baseline", "baseline.json", "roadmap/milestones/M-sso.md"])
        #expect(narrowed.exitCode == 0 && narrowed.output.isEmpty, "\(narrowed)")
        let all = try Self.lint(repo, ["--staged", "--format", "sarif", "--baseline", "baseline.json"])
        #expect(all.exitCode == 0 && all.output.contains("\"results\": []"), "\(all.output.suffix(300))")
    }

    @Test(arguments: [
        ("missing.json", "does not exist"), ("bad.json", "is not an rmlint baseline"),
        ("cut.json", "baseline cut.json is not valid JSON (line 1, column 6); fix it"),
        ("commas.json", "baseline commas.json is not valid JSON (line 2, column 10)"),
    ])
    func aMissingOrMalformedBaselineIsAUsageError(_ file: String, _ expected: String) throws {
        let repo = try Self.repository()
        try repo.write("bad.json", "{\"version\": 1, \"baseline\": [{\"rule\": 3}]}")
        try repo.write("cut.json", "{\"x\":\n")
        try repo.write("commas.json", "{\n  \"a\": 1,, \"b\": 2}")
        let result = try Self.lint(repo, ["--baseline", file])
        #expect(
            result.exitCode == 2 && result.error.contains(expected) && result.error.contains(file), "\(result.error)")
    }

    @Test func aThirdCopyOfABaselinedDuplicateIDIsReportedAtTheNewFile() throws {
        let repo = try Self.repository()
        let copy = try String(contentsOfFile: repo.root + "/roadmap/backlog/B-fees.md", encoding: .utf8)
        try repo.write("roadmap/backlog/B-fees-copy.md", copy)
        #expect(try Self.lint(repo, ["--write-baseline", "baseline.json"]).exitCode == 0)
        try repo.write("roadmap/backlog/A-fees-third.md", copy)  // sorts before both originals
        let found = try Self.lint(repo, ["--baseline", "baseline.json", "--format", "junit"])
        #expect(found.exitCode == 1)
        let failures = found.output.components(separatedBy: "<failure").count - 1
        #expect(
            failures == 1 && found.output.contains("duplicate-id at roadmap/backlog/A-fees-third.md:2:5"),
            "\(found.output)")
        // The baselined problems are still there: skipped cases, and the count says so.
        #expect(found.output.contains("skipped=\"4\"") && found.output.contains("<skipped message=\"in the baseline: "))
    }

    @Test func aJobSummarySaysHowManyProblemsTheBaselineHides() {
        let hidden = Diagnostic(
            rule: "single-owner", severity: .error, path: "roadmap/m.md", line: 1, column: 1, item: "M-1",
            message: "x", fingerprint: Fingerprint(rule: "single-owner", subject: "M-1", field: "owner"))
        let summary = GitHubStepSummary.markdown(
            LintResult(diagnostics: [], itemCount: 5, baselined: 200, hidden: [hidden]))
        #expect(summary.contains("0 errors, 0 warnings, 200 more in the baseline"), "\(summary)")
        #expect(
            summary.contains("No new problems. 200 known problems are hidden by the baseline")
                && !summary.contains("clean"))
    }
}
