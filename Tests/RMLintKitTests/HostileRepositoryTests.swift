import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// Hostile repositories: files that are not files, huge files, thousands of clashing ids, long
/// dependency chains and hostile configurations — each with its documented outcome, within 2 s.
@Suite(.serialized) struct HostileRepositoryTests {
    private func rmlint(_ arguments: [String], in directory: String) throws -> (
        exitCode: Int32, output: String, error: String, seconds: Double
    ) {
        let started = Date()
        let result = try runProcess(rmlintBinary(), arguments, in: directory, environment: ["NO_COLOR": "1"])
        return (result.exitCode, result.output, result.error, Date().timeIntervalSince(started))
    }

    private func repository() throws -> GitFixture {
        let repo = try GitFixture()
        try repo.write("roadmap/T-1.md", GitFixture.goodTheme)
        return repo
    }

    @Test func fiftyMebibyteFileIsOneParseErrorReadOnlyInPart() throws {
        let repo = try repository()
        let path = repo.root + "/roadmap/huge.md"
        FileManager.default.createFile(atPath: path, contents: Data("---\nid: B-huge\n".utf8))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 50 << 20)
        try handle.close()
        let result = try rmlint([], in: repo.root)
        #expect(result.exitCode == 1)
        #expect(
            result.output
                == "roadmap/huge.md:1:1: error: file is 52428800 bytes, over the 1 MiB limit for roadmap items; move long material out of the item [parse-error]\n"
        )
        #expect(result.seconds < 2)
    }

    @Test func symbolicLinkOutsideTheRepositoryIsNotFollowed() throws {
        let repo = try repository()
        try FileManager.default.createSymbolicLink(
            atPath: repo.root + "/roadmap/out.md", withDestinationPath: "/etc/hostname")
        let result = try rmlint([], in: repo.root)
        #expect(result.exitCode == 1)
        #expect(result.output.hasPrefix("roadmap/out.md:1:1: error: not a regular file (a symbolic link)"))
    }

    @Test func directoryNamedLikeAnItemIsJustAFolder() throws {
        let repo = try repository()
        try repo.write("roadmap/x.md/B-1.md", GitFixture.backlog)
        let result = try rmlint([], in: repo.root)
        #expect(result.exitCode == 0, "\(result.output)")
        #expect(result.error == "rmlint: 2 items, 0 errors, 0 warnings\n")
    }

    @Test func fifoIsReportedAndNeverOpened() throws {
        let repo = try repository()
        #expect(mkfifo(repo.root + "/roadmap/pipe.md", 0o644) == 0)
        let result = try rmlint([], in: repo.root)
        #expect(result.exitCode == 1)
        #expect(result.output.hasPrefix("roadmap/pipe.md:1:1: error: not a regular file (a FIFO, socket or device)"))
        #expect(result.seconds < 2)
    }

    @Test(.enabled(if: getuid() != 0, "root reads files whatever their mode"))
    func unreadableFileIsAParseError() throws {
        let repo = try repository()
        try repo.write("roadmap/B-1.md", GitFixture.backlog)
        chmod(repo.root + "/roadmap/B-1.md", 0)
        let result = try rmlint([], in: repo.root)
        #expect(result.exitCode == 1)
        #expect(result.output.contains("roadmap/B-1.md:1:1: error: cannot open"))
    }

    @Test func fiveThousandFilesSharingOneIDStayLinear() throws {
        var files: [String: [UInt8]] = [:]
        for index in 0..<5_000 {
            files["roadmap/b/\(index).md"] = Array("---\nid: B-same\nkind: backlog\ntitle: t\n---\n".utf8)
        }
        let started = Date()
        let report = try lintReport(files)
        #expect(Date().timeIntervalSince(started) < 10)
        let duplicates = report.diagnostics.filter { $0.rule == "duplicate-id" }
        #expect(duplicates.count == 5_000)
        #expect(duplicates.allSatisfy { $0.message.hasSuffix("and 4994 more files; give each item its own id") })
        #expect(report.diagnostics.count == 10_000)  // and each links neither a theme nor a milestone
    }

    private func milestones(_ count: Int, cycle: Bool) -> [RoadmapItem] {
        (0..<count).map { index in
            var item = RoadmapItem.Fields(path: "roadmap/M-\(index).md")
            item.id = .valid(Located("M-\(index)", at: SourceLocation(line: 2, column: 5)))
            item.kind = .milestone
            item.status = .valid(Located(.proposed, at: .start))
            item.due = .valid(Located(CalendarDate(year: 2027, month: 1, day: 1)!, at: .start))
            let next = index + 1 < count ? index + 1 : (cycle ? 0 : nil)
            item.dependsOn = next.map { [Located("M-\($0)", at: SourceLocation(line: 9, column: 13))] } ?? []
            return RoadmapItem(item)
        }
    }

    @Test func hundredThousandLongChainAndCycle() throws {
        let started = Date()
        let chain = LintContext(
            graph: RoadmapGraph(items: milestones(100_000, cycle: false)), configuration: Configuration(),
            today: CalendarDate(year: 2026, month: 6, day: 1)!)
        #expect(DependencyCycleRule().check(chain).isEmpty)
        #expect(DependencyOrderRule().check(chain).isEmpty)
        let ring = LintContext(
            graph: RoadmapGraph(items: milestones(100_000, cycle: true)), configuration: Configuration(),
            today: CalendarDate(year: 2026, month: 6, day: 1)!)
        let cycles = DependencyCycleRule().check(ring)
        #expect(cycles.count == 1)
        #expect(cycles.first?.path == "roadmap/M-0.md")
        #expect(cycles.first?.message.contains("M-0 → M-1 → ") == true)
        #expect((cycles.first?.message.utf8.count ?? .max) < 1_000)
        #expect(DependencyOrderRule().check(ring).isEmpty)
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func bidiOverrideInAFileNameIsEscapedInEveryFormat() throws {
        let repo = try GitFixture()
        try repo.write("roadmap/T\u{202E}dm.1-T.md", GitFixture.badTheme)
        for format in LintReporters.registry.identifiers {
            let result = try rmlint(["--format", format], in: repo.root)
            #expect(result.exitCode == 1)
            #expect(!result.output.unicodeScalars.contains { $0.value == 0x202E }, "\(format)")
        }
    }

    @Test(arguments: [
        ("roadmap: [../..]\n", "outside the repository"),
        (
            "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n",
            "expands to more than"
        ),
        ("rules: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n", "levels deep"),
        (
            "roadmap: [caf\u{FFFD}]\ncapacity: {split: {product: [100, 100]}, total: {2027-Q1: 1e999}}\n",
            "must be a number"
        ),
    ])
    func hostileConfigurationIsAUsageError(_ text: String, _ fragment: String) throws {
        let repo = try repository()
        try repo.write(".rmlint.yml", text)
        let result = try rmlint([], in: repo.root)
        #expect(result.exitCode == 2)
        #expect(result.error.hasPrefix(".rmlint.yml:"), "\(result.error)")
        #expect(result.error.contains(fragment), "\(result.error)")
        #expect(result.seconds < 2)
    }

    @Test func configurationThatIsNotUTF8IsAUsageError() throws {
        let repo = try repository()
        FileManager.default.createFile(
            atPath: repo.root + "/.rmlint.yml", contents: Data([0x72, 0x6F, 0x61, 0xE9, 0x0A]))
        let result = try rmlint([], in: repo.root)
        #expect(result.exitCode == 2)
        #expect(result.error.contains("not valid UTF-8"))
    }
}
