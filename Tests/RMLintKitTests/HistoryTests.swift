import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// `rmlint history` on a repository built with fixed dates, every number computed by hand from SPEC §5.
///
/// | commit (UTC date)            | change                                                                         |
/// |------------------------------|--------------------------------------------------------------------------------|
/// | C1 2026-01-10                | M-A committed due 03-31; M-C committed due 02-28; M-D committed due 05-31;     |
/// |                              | M-E in-progress due 09-30; M-H committed due 06-30; M-B proposed; M-F later    |
/// | C2 2026-02-15 23:30 −08:00   | (= 2026-02-16 UTC) M-A due → 04-30 with a replans reason; M-B committed, due 06-30 |
/// | C3 2026-03-05                | M-C done (no `delivered`); M-D due pulled in → 05-15                            |
/// | C4 2026-04-20                | M-A done, delivered 2026-04-28; M-H done (no `delivered`)                       |
/// | C5 2026-05-01                | M-D moved to another folder; M-E's file broken                                  |
/// | branch 2026-05-20, merged 06-01 | M-G committed due 08-31 (lands with the merge)                              |
/// | C6 2026-06-10                | M-E deleted                                                                     |
@Suite(.serialized) struct HistoryTests {
    static let theme = "---\nid: T-1\nkind: theme\ntitle: Core\nowner: alice\n---\n"

    static func milestone(_ id: String, status: String, due: String?, extra: String = "") -> String {
        "---\nid: \(id)\nkind: milestone\ntitle: Milestone \(id)\nowner: carol\ntheme: T-1\nhorizon: now\nstatus: \(status)\ntrack: product\nestimate: 2\n"
            + (due.map { "due: \($0)\n" } ?? "") + "metric: {name: x, target: 5}\n" + extra + "---\nWords.\n"
    }

    static func commit(_ repo: GitFixture, _ message: String, _ date: String) throws {
        try repo.git("add", "-A")
        let result = try repo.git(
            "commit", "-qm", message, environment: ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date])
        #expect(result.exitCode == 0, "\(result.error)")
    }

    /// Builds the repository of the table above.
    static func repository() throws -> GitFixture {
        let repo = try GitFixture()
        try repo.write("roadmap/themes/T-1.md", theme)
        try repo.write("roadmap/milestones/M-A.md", milestone("M-A", status: "committed", due: "2026-03-31"))
        try repo.write("roadmap/milestones/M-B.md", milestone("M-B", status: "proposed", due: "2026-06-30"))
        try repo.write("roadmap/milestones/M-C.md", milestone("M-C", status: "committed", due: "2026-02-28"))
        try repo.write("roadmap/milestones/M-D.md", milestone("M-D", status: "committed", due: "2026-05-31"))
        try repo.write("roadmap/milestones/M-E.md", milestone("M-E", status: "in-progress", due: "2026-09-30"))
        try repo.write(
            "roadmap/milestones/M-F.md",
            milestone("M-F", status: "proposed", due: nil).replacingOccurrences(of: "now", with: "later"))
        try repo.write("roadmap/milestones/M-H.md", milestone("M-H", status: "committed", due: "2026-06-30"))
        try commit(repo, "C1", "2026-01-10T10:00:00Z")
        try repo.write(
            "roadmap/milestones/M-A.md",
            milestone(
                "M-A", status: "committed", due: "2026-04-30",
                extra:
                    "replans:\n  - {date: 2026-02-15, from: 2026-03-31, to: 2026-04-30, reason: card network certification slipped}\n"
            ))
        try repo.write("roadmap/milestones/M-B.md", milestone("M-B", status: "committed", due: "2026-06-30"))
        try commit(repo, "C2", "2026-02-15T23:30:00-08:00")
        try repo.write("roadmap/milestones/M-C.md", milestone("M-C", status: "done", due: "2026-02-28"))
        try repo.write("roadmap/milestones/M-D.md", milestone("M-D", status: "committed", due: "2026-05-15"))
        try commit(repo, "C3", "2026-03-05T12:00:00Z")
        try repo.write(
            "roadmap/milestones/M-A.md",
            milestone("M-A", status: "done", due: "2026-04-30", extra: "delivered: 2026-04-28\n"))
        try repo.write("roadmap/milestones/M-H.md", milestone("M-H", status: "done", due: "2026-06-30"))
        try commit(repo, "C4", "2026-04-20T12:00:00Z")
        try repo.git("mv", "roadmap/milestones/M-D.md", "roadmap/archive/M-D.md")
        try repo.write("roadmap/milestones/M-E.md", "---\nid: M-E\ntitle: [broken\n---\n")
        try commit(repo, "C5", "2026-05-01T12:00:00Z")
        try repo.git("checkout", "-qb", "feature")
        try repo.write("roadmap/milestones/M-G.md", milestone("M-G", status: "committed", due: "2026-08-31"))
        try commit(repo, "branch", "2026-05-20T12:00:00Z")
        try repo.git("checkout", "-q", "main")
        let date = "2026-06-01T12:00:00Z"
        #expect(
            try repo.git(
                "merge", "-q", "--no-ff", "-m", "merge", "feature",
                environment: ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date]
            ).exitCode == 0)
        try FileManager.default.removeItem(atPath: repo.root + "/roadmap/milestones/M-E.md")
        try commit(repo, "C6", "2026-06-10T12:00:00Z")
        return repo
    }

    private func json(_ repo: GitFixture, _ arguments: [String]) throws -> [String: Any] {
        let result = try runProcess(rmlintBinary(), ["history", "--format", "json"] + arguments, in: repo.root)
        #expect(result.exitCode == 0, "\(result.error)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    }

    private func sha(_ repo: GitFixture, _ revision: String) throws -> String {
        try repo.git("rev-parse", revision).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func accuracyPeriodsAndItemsMatchHandComputedValues() throws {
        let repo = try Self.repository()
        let report = try json(repo, ["--as-of", "2026-07-15"])
        #expect(report["revision"] as? String == (try sha(repo, "HEAD")))
        #expect(report["commits"] as? Int == 7)
        #expect(report["skipped"] as? Int == 1)
        #expect(report["as_of"] as? String == "2026-07-15")
        #expect(report["tolerance"] as? Int == 0)
        let accuracy = try #require(report["accuracy"] as? [String: Any])
        #expect(accuracy["on_time"] as? Int == 1)
        #expect(accuracy["late"] as? Int == 2)
        #expect(accuracy["missed"] as? Int == 2)
        #expect(accuracy["dropped"] as? Int == 1)
        #expect(accuracy["open"] as? Int == 1)
        #expect(accuracy["ratio"] as? Double == 0.2)
        let periods = try #require(report["periods"] as? [[String: Any]])
        #expect(periods.map { $0["period"] as? String } == ["2026-Q1", "2026-Q2", "2026-Q3"])
        #expect(
            periods.map { [$0["on_time"] as? Int, $0["late"] as? Int, $0["missed"] as? Int] } == [
                [0, 2, 0], [1, 0, 2], [0, 0, 0],
            ])
        #expect(periods[0]["ratio"] as? Double == 0.0)
        #expect(periods[1]["ratio"] as? Double == 0.3333)
        #expect(periods[2]["ratio"] is NSNull)

        let items = try #require(report["items"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["M-A", "M-B", "M-C", "M-D", "M-E", "M-G", "M-H"])
        func row(_ id: String) -> [String] {
            guard let item = items.first(where: { $0["id"] as? String == id }) else { return [] }
            return ["committed_at", "committed_due", "due", "slips", "slip_days", "status", "delivered_on", "outcome"]
                .map { key in
                    item[key].map { "\($0)" } ?? "missing"
                }
        }
        #expect(row("M-A") == ["2026-01-10", "2026-03-31", "2026-04-30", "1", "30", "done", "2026-04-28", "late"])
        #expect(row("M-B") == ["2026-02-16", "2026-06-30", "2026-06-30", "0", "0", "committed", "<null>", "missed"])
        #expect(row("M-C") == ["2026-01-10", "2026-02-28", "2026-02-28", "0", "0", "done", "2026-03-05", "late"])
        #expect(row("M-D") == ["2026-01-10", "2026-05-31", "2026-05-15", "0", "-16", "committed", "<null>", "missed"])
        #expect(row("M-E") == ["2026-01-10", "2026-09-30", "2026-09-30", "0", "0", "in-progress", "<null>", "dropped"])
        #expect(row("M-G") == ["2026-06-01", "2026-08-31", "2026-08-31", "0", "0", "committed", "<null>", "open"])
        #expect(row("M-H") == ["2026-01-10", "2026-06-30", "2026-06-30", "0", "0", "done", "2026-04-20", "on-time"])
        let merge = try sha(repo, "HEAD~1")
        #expect(items.first { $0["id"] as? String == "M-G" }?["commit"] as? String == merge)
        #expect(items.first { $0["id"] as? String == "M-A" }?["commit"] as? String == (try sha(repo, "HEAD~6")))
    }

    @Test func toleranceGivesDaysOfGrace() throws {
        let repo = try Self.repository()
        let accuracy = try #require(
            try json(repo, ["--as-of", "2026-07-15", "--tolerance", "20"])["accuracy"] as? [String: Any])
        // C: 03-05 ≤ 02-28+20 on time; A: 04-28 > 03-31+20 late; B: 07-15 ≤ 06-30+20 open; D: 07-15 > 05-31+20 missed.
        #expect(
            [accuracy["on_time"], accuracy["late"], accuracy["missed"], accuracy["dropped"], accuracy["open"]].map {
                $0 as? Int
            }
                == [2, 1, 1, 1, 2])
        #expect(accuracy["ratio"] as? Double == 0.5)
    }

    @Test func earlierRevisionAndAsOfJudgeThePlanThen() throws {
        let repo = try Self.repository()
        // At C3 (HEAD~4), as of 2026-03-06: C done late; A, D, E, H, B open.
        let report = try json(repo, ["HEAD~4", "--as-of", "2026-03-06"])
        #expect(report["commits"] as? Int == 3)
        let accuracy = try #require(report["accuracy"] as? [String: Any])
        #expect(
            [accuracy["on_time"], accuracy["late"], accuracy["missed"], accuracy["dropped"], accuracy["open"]].map {
                $0 as? Int
            }
                == [0, 1, 0, 0, 5])
        #expect(accuracy["ratio"] as? Double == 0.0)
    }

    @Test func driftListsDueMovesWithReasonsAndRespectsSince() throws {
        let repo = try Self.repository()
        let drift = try #require(try json(repo, ["--as-of", "2026-07-15"])["drift"] as? [[String: Any]])
        let moves = drift.filter { $0["change"] as? String == "due" }
        #expect(moves.map { "\($0["id"] ?? "") \($0["days"] ?? "")" } == ["M-A 30", "M-D -16"])
        #expect(moves.first?["reasons"] as? [String] == ["card network certification slipped"])
        #expect(drift.contains { $0["id"] as? String == "M-E" && $0["change"] as? String == "removed" })
        #expect(!drift.contains { $0["id"] as? String == "M-D" && $0["change"] as? String == "removed" })
        let later = try #require(
            try json(repo, ["--as-of", "2026-07-15", "--since", "2026-04-01"])["drift"] as? [[String: Any]])
        #expect(later.allSatisfy { ($0["date"] as? String ?? "") >= "2026-04-01" })
        #expect(!later.contains { $0["change"] as? String == "due" })
    }

    @Test func textAndMarkdownPresentTheSameNumbers() throws {
        let repo = try Self.repository()
        let text = try runProcess(rmlintBinary(), ["history", "--as-of", "2026-07-15"], in: repo.root)
        #expect(text.exitCode == 0)
        #expect(text.output.contains("20.0% on time (1 of 5 measurable)"))
        #expect(text.output.contains("due 2026-03-31 → 2026-04-30 (+30 days): \"card network certification slipped\""))
        let markdown = try runProcess(
            rmlintBinary(), ["history", "--as-of", "2026-07-15", "--format", "markdown"], in: repo.root)
        #expect(markdown.output.contains("| 2026-Q2 | 33.3% | 1 | 0 | 2 |"))
    }

    @Test func htmlIsSelfContainedAndEscapesEveryUserString() throws {
        let repo = try Self.repository()
        // A retitled milestone whose due also moves: the drift table shows the new title.
        try repo.write(
            "roadmap/milestones/M-H.md",
            Self.milestone("M-H", status: "done", due: "2026-07-31")
                .replacingOccurrences(of: "title: Milestone M-H", with: "title: \"<script>alert(1)</script> & 'x'\""))
        try Self.commit(repo, "C7", "2026-06-20T12:00:00Z")
        let output = repo.root + "/report.html"
        let result = try runProcess(
            rmlintBinary(), ["history", "--as-of", "2026-07-15", "--format", "html", "--output", output], in: repo.root)
        #expect(result.exitCode == 0, "\(result.error)")
        #expect(result.output.isEmpty)
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &apos;x&apos;"))
        for external in ["http://", "https://", "<link", "@import", "src="] {
            #expect(!html.contains(external), "\(external)")
        }
        #expect(html.contains("<svg"))
        #expect(html.contains("20%"))
        // Every committed milestone in a table with its outcome in words, drift oldest first, a scorecard.
        #expect(html.contains("<h2>Committed milestones</h2><table>") && html.contains("<h2>Scorecard</h2><ul>"))
        for word in ["on time", "late", "missed"] { #expect(html.contains(">\(word)</span></td></tr>"), "\(word)") }
        #expect(html.contains("as of 2026-07-15"))
    }

    /// The roadmap folder appears at the second commit as `plans/` and is renamed to `roadmap/`
    /// (configuration and all) at the third: the milestone keeps its commitment from before the rename.
    @Test func folderThatAppearsLateAndIsRenamedIsFollowed() throws {
        let repo = try GitFixture()
        try repo.write("README.md", "# Plans\n")
        try Self.commit(repo, "C1", "2026-01-05T12:00:00Z")
        try repo.write(".rmlint.yml", "roadmap: [plans]\n")
        try repo.write("plans/T-1.md", Self.theme)
        try repo.write("plans/M-X.md", Self.milestone("M-X", status: "committed", due: "2026-03-31"))
        try Self.commit(repo, "C2", "2026-02-01T12:00:00Z")
        try repo.git("mv", "plans", "roadmap")
        try repo.write(".rmlint.yml", "roadmap: [roadmap]\n")
        try Self.commit(repo, "C3", "2026-03-01T12:00:00Z")
        try repo.write("roadmap/M-X.md", Self.milestone("M-X", status: "done", due: "2026-03-31"))
        try Self.commit(repo, "C4", "2026-03-20T12:00:00Z")
        let report = try json(repo, ["--as-of", "2026-04-01"])
        #expect(report["commits"] as? Int == 4)
        let items = try #require(report["items"] as? [[String: Any]])
        #expect(items.count == 1)
        #expect(items.first?["committed_at"] as? String == "2026-02-01")
        #expect(items.first?["delivered_on"] as? String == "2026-03-20")
        #expect(items.first?["outcome"] as? String == "on-time")
        let drift = try #require(report["drift"] as? [[String: Any]])
        #expect(!drift.contains { $0["change"] as? String == "removed" })
        #expect(drift.filter { $0["change"] as? String == "added" }.count == 2)
    }

    @Test func cacheGivesTheSameReportAndFollowsNewCommits() throws {
        let repo = try Self.repository()
        func report(_ extra: [String] = []) throws -> String {
            let result = try runProcess(
                rmlintBinary(), ["history", "--format", "json", "--as-of", "2026-07-15"] + extra, in: repo.root)
            #expect(result.exitCode == 0, "\(result.error)")
            return result.output
        }
        let cacheFolder = repo.root + "/.git/rmlint"
        let uncached = try report(["--no-cache"])
        #expect(!FileManager.default.fileExists(atPath: cacheFolder), "--no-cache writes nothing")
        // A cache an older rmlint left behind is deleted when the new one is written.
        try FileManager.default.createDirectory(atPath: cacheFolder, withIntermediateDirectories: true)
        try "\u{5}RMLH old format".write(
            toFile: cacheFolder + "/history-0123456789abcdef.cache", atomically: true, encoding: .utf8)
        let first = try report()
        let files = try FileManager.default.contentsOfDirectory(atPath: cacheFolder)
        #expect(files.count == 1 && files[0] != "history-0123456789abcdef.cache", "\(files)")
        #expect(try report() == first)
        #expect(first == uncached)
        // New commits: the cached walk goes on from where it ended.
        try repo.write("roadmap/milestones/M-B.md", Self.milestone("M-B", status: "done", due: "2026-06-30"))
        try Self.commit(repo, "C7", "2026-06-25T12:00:00Z")
        #expect(try report() == (try report(["--no-cache"])))
        // A rewritten history and a corrupt cache are both rebuilt.
        try repo.git("reset", "-q", "--hard", "HEAD~2")
        #expect(try report() == (try report(["--no-cache"])))
        try "not a cache".write(toFile: cacheFolder + "/" + files[0], atomically: true, encoding: .utf8)
        #expect(try report() == (try report(["--no-cache"])))
        let rebuilt = try Data(contentsOf: URL(fileURLWithPath: cacheFolder + "/" + files[0]))
        #expect(rebuilt.count > 100 && String(decoding: rebuilt.prefix(4), as: UTF8.self) == "RMLH")
        #expect(try repo.git("status", "--porcelain").output.isEmpty, "nothing is written in the work tree")
    }

    /// Items sit in `plans/` from the first commit; only a later `.rmlint.yml` names the folder.
    /// The configuration at REV says which folders are read, so they are followed from the start.
    @Test func foldersOfTheConfigurationAtTheRevisionAreReadThroughout() throws {
        let repo = try GitFixture()
        try repo.write("plans/T-1.md", Self.theme)
        try repo.write("plans/M-Y.md", Self.milestone("M-Y", status: "committed", due: "2026-03-31"))
        try Self.commit(repo, "C1", "2026-01-05T12:00:00Z")
        try repo.write(".rmlint.yml", "roadmap: [plans]\n")
        try Self.commit(repo, "C2", "2026-02-01T12:00:00Z")
        let items = try #require(try json(repo, ["--as-of", "2026-02-15"])["items"] as? [[String: Any]])
        #expect(items.map { $0["committed_at"] as? String } == ["2026-01-05"])
        #expect(items.first?["outcome"] as? String == "open")
    }

    @Test func repositoryProblemsAreUsageErrors() throws {
        let empty = try GitFixture()
        let none = try runProcess(rmlintBinary(), ["history"], in: empty.root)
        #expect(none.exitCode == 2)
        #expect(none.error.contains("no commits yet"))
        let repo = try Self.repository()
        let missing = try runProcess(rmlintBinary(), ["history", "no-such-branch"], in: repo.root)
        #expect(missing.exitCode == 2)
        #expect(missing.error.contains("no-such-branch"))
        let tree = try repo.git("rev-parse", "HEAD^{tree}").output.trimmingCharacters(in: .whitespacesAndNewlines)
        let notCommit = try runProcess(rmlintBinary(), ["history", tree], in: repo.root)
        #expect(notCommit.exitCode == 2)
        #expect(notCommit.error.contains("names a tree (a folder), not a commit"), "\(notCommit.error)")
        let path = try runProcess(rmlintBinary(), ["history", "HEAD:roadmap"], in: repo.root)
        #expect(
            path.exitCode == 2 && path.error.contains("'HEAD:roadmap' names a tree (a folder), not a commit")
                && !path.error.contains("git_object_t"), "\(path.error)")
        let shallow = try GitFixture()
        try shallow.git("clone", "-q", "--depth", "1", "file://" + repo.root, "clone")
        let cut = try runProcess(rmlintBinary(), ["history"], in: shallow.root + "/clone")
        #expect(cut.exitCode == 2)
        #expect(cut.error.contains("shallow clone") && cut.error.contains("fetch-depth: 0"), "\(cut.error)")
    }
}

/// The binary cache reads back what was written, and any truncation or corruption reads as no cache.
struct HistoryCacheCodingTests {
    @Test func roundTripsAndRejectsDamagedBytes() throws {
        var snapshot = ItemSnapshot(id: "M-1")
        snapshot.kind = .milestone
        snapshot.status = .committed
        snapshot.due = CalendarDate(year: 2027, month: 3, day: 31)
        snapshot.estimate = Decimal(string: "2.5")
        snapshot.period = Period("2027-Q1")
        snapshot.goals = ["G-1"]
        snapshot.replans = [
            Replan(
                date: CalendarDate(year: 2027, month: 1, day: 2), from: nil, to: nil, reason: "vendör", location: .start
            )
        ]
        let id = try #require(GitObjectID(hex: "0123456789abcdef0123456789abcdef01234567"))
        var state = HistoryWalker.State()
        state.trees = ["roadmap": id]
        let date = try #require(CalendarDate("2026-02-16"))
        var later = snapshot
        later.due = CalendarDate(year: 2027, month: 4, day: 30)
        later.status = .done
        var analyzer = HistoryAnalyzer()
        analyzer.replay(
            HistoryWalker.Walk(
                commits: [
                    WalkedCommit(
                        id: id, date: date,
                        changes: [GitTreeChange(path: "roadmap/M-1.md", newID: id, newMode: 0o100644)]),
                    WalkedCommit(
                        id: id, date: date.adding(days: 3),
                        changes: [GitTreeChange(path: "roadmap/M-1.md", newID: id, newMode: 0o100644)]),
                ], readings: [id: .item(snapshot)]))
        analyzer.replay(
            HistoryWalker.Walk(
                commits: [
                    WalkedCommit(
                        id: state.trees["roadmap"] ?? id, date: date.adding(days: 5),
                        changes: [
                            GitTreeChange(path: "roadmap/m/M-1.md", newID: id, newMode: 0o100644),
                            GitTreeChange(path: "roadmap/M-1.md", newID: nil, newMode: 0),
                        ])
                ], readings: [id: .item(later)]))
        #expect(analyzer.events.count == 3, "added, due moved, status changed")
        let cache = HistoryCache(key: "k", head: id.description, commits: 3, state: state, analyzer: analyzer)
        let bytes = cache.encoded()
        let decoded = try #require(HistoryCache.decoded(bytes))
        #expect(decoded.encoded() == bytes)
        #expect(decoded.analyzer.current["M-1"] == later)
        #expect(decoded.analyzer.idAtPath == ["roadmap/m/M-1.md": "M-1"])
        #expect(decoded.analyzer.timelines["M-1"]?.slips == 1)
        #expect(decoded.analyzer.timelines["M-1"]?.commitment?.due == snapshot.due)
        #expect(decoded.commits == 3 && decoded.state.trees == state.trees)
        for length in 0..<bytes.count { #expect(HistoryCache.decoded(Array(bytes.prefix(length))) == nil) }
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0xFF
        _ = HistoryCache.decoded(flipped)  // must not crash, whatever it reads
        #expect(HistoryCache.decoded(bytes + [0]) == nil)
    }
}
