import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// `rmlint diff` in every format against a golden file, on the sample roadmap with a realistic
/// change: an explained slip (second replan), a silent scope cut, a committed milestone deleted,
/// a file moved, an item added with Markdown and HTML in its title. Regenerate with
/// RMLINT_UPDATE_GOLDEN=1 and review the diff (the Markdown is a pull-request comment).
struct DiffReporterGoldenTests {
    static func roadmap(_ files: [String: String]) throws -> Roadmap {
        var all = files.mapValues { Array($0.utf8) }
        all[".rmlint.yml"] = Array(SampleRoadmap.configuration.utf8)
        let configuration = try ConfigurationLoader.standard.load(
            Array(SampleRoadmap.configuration.utf8), path: ".rmlint.yml")
        return try RoadmapLoader(configuration: configuration).load(from: MemorySource(files: all))
    }

    static func report() throws -> DiffReport {
        var base = SampleRoadmap.files
        base["roadmap/milestones/M-retries.md"] = base["roadmap/milestones/M-retries.md"]?.replacingOccurrences(
            of: "due: 2027-02-26",
            with: """
                due: 2027-02-26
                replans:
                  - {date: 2026-04-02, from: 2027-02-12, to: 2027-02-26, reason: fraud review added a step}
                """)
        var head = base
        head["roadmap/milestones/M-retries.md"] = head["roadmap/milestones/M-retries.md"]?
            .replacingOccurrences(of: "due: 2027-02-26", with: "due: 2027-03-12")
            .replacingOccurrences(
                of: "reason: fraud review added a step}",
                with: """
                    reason: fraud review added a step}
                      - {date: 2026-05-30, from: 2027-02-26, to: 2027-03-12, reason: "card network | `certification` <slipped>"}
                    """)
        head["roadmap/milestones/M-ledger.md"] = head["roadmap/milestones/M-ledger.md"]?.replacingOccurrences(
            of: "target: 40%", with: "target: 30%")
        head["roadmap/milestones/M-sso.md"] = nil
        head["roadmap/backlog/B-saml.md"] = nil
        head["roadmap/backlog/B-scim.md"] = nil
        head["roadmap/backlog/archive/B-fees.md"] = head.removeValue(forKey: "roadmap/backlog/B-fees.md")
        head["roadmap/backlog/B-3ds.md"] =
            "---\nid: B-3ds\nkind: backlog\ntitle: 3-D Secure *v2* | <b>step-up</b>\nmilestone: M-retries\n---\n"
        return DiffReport(
            base: try roadmap(base), head: try roadmap(head),
            baseLabel: .commit(try #require(GitObjectID(hex: "0123456789abcdef0123456789abcdef01234567"))),
            headLabel: .index, today: CalendarDate(year: 2026, month: 6, day: 1)!)
    }

    @Test(arguments: ["text", "json", "markdown"])
    func formatMatchesGolden(_ format: String) throws {
        let report = try Self.report()
        let output: String
        switch format {
        case "json": output = DiffJSONReporter().report(report)
        case "markdown": output = DiffMarkdownReporter().report(report)
        default: output = DiffTextReporter().report(report)
        }
        let name = "diff.\(["text": "txt", "json": "json", "markdown": "md"][format] ?? format)"
        let url = try #require(Bundle.module.url(forResource: "Fixtures/golden", withExtension: nil))
            .appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RMLINT_UPDATE_GOLDEN"] != nil {
            try output.write(
                to: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
                    "Fixtures/golden/\(name)"),
                atomically: true, encoding: .utf8)
        }
        #expect(output == (try String(contentsOf: url, encoding: .utf8)))
    }

    @Test func theChangeIsClassifiedOnceEach() throws {
        let report = try Self.report()
        #expect(
            report.changes.map { "\($0.change.rawValue) \($0.id) \($0.fields.map(\.field))" } == [
                "added B-3ds []", "removed B-saml []", "removed B-scim []", "modified B-fees [\"path\"]",
                "modified M-ledger [\"metric.target\"]", "modified M-retries [\"due\"]", "removed M-sso []",
            ])
        #expect(
            report.introduced.map { "\($0.rule) \($0.path):\($0.line)" }.sorted() == [
                "committed-deleted roadmap/milestones/M-sso.md:2",
                "scope-cut-without-reason roadmap/milestones/M-ledger.md:13",
            ])
        #expect(report.fixed.isEmpty)
        let due = try #require(report.changes.first { $0.id == "M-retries" }?.fields.first)
        #expect(due.replans == 2 && due.reason == "card network | `certification` <slipped>" && due.days == 14)
    }

    @Test func markdownHasNoRawHTMLOrBrokenColumnsFromUserText() throws {
        let markdown = DiffMarkdownReporter().report(try Self.report())
        #expect(!markdown.contains("<b>") && !markdown.contains("<slipped>") && markdown.contains("&lt;b&gt;"))
        // Every row of a table has as many columns as its header: user text cannot add one.
        var header: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                header = nil
                continue
            }
            let unescaped = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(unescaped == (header ?? unescaped), "\(line)")
            header = header ?? unescaped
        }
        #expect(
            DiffMarkdownReporter().report(
                DiffReport(base: .nothing, head: .index, changes: [], capacity: [], introduced: [], fixed: [])
            ).isEmpty)
    }
}
