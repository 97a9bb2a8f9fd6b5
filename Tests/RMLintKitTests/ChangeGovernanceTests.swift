import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// `lint --staged` (index against HEAD), `lint --base` and `rmlint diff` on real repositories built
/// with the git CLI: the sample roadmap committed, then one realistic change staged at a time.
struct ChangeGovernanceTests {
    static let retries = "roadmap/milestones/M-retries.md"
    static let sso = "roadmap/milestones/M-sso.md"

    /// The sample roadmap committed once.
    static func repository() throws -> GitFixture {
        let repo = try GitFixture()
        for (path, content) in SampleRoadmap.files { try repo.write(path, content) }
        try repo.write(".rmlint.yml", SampleRoadmap.configuration)
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "roadmap")
        return repo
    }

    static func edit(_ repo: GitFixture, _ path: String, _ old: String, _ new: String) throws {
        let url = URL(fileURLWithPath: repo.root + "/" + path)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old), "\(path) has no '\(old)'")
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        try repo.git("add", "-A")
    }

    /// `lint --staged` as `rule path:line:column`.
    static func staged(_ repo: GitFixture) throws -> [String] {
        try repo.lintStaged().diagnostics.map { "\($0.rule) \($0.path):\($0.line):\($0.column)" }
    }

    static func diff(_ repo: GitFixture, base: String? = nil, head: String? = nil, staged: Bool = true) throws
        -> DiffReport
    {
        try DiffRunner().run(
            DiffRequest(
                workingDirectory: repo.root, base: base, head: head, staged: staged,
                today: CalendarDate(year: 2026, month: 6, day: 1)!))
    }

    @Test func aSilentSlipOfACommittedDateIsCaughtBeforeTheCommit() throws {
        let repo = try Self.repository()
        try Self.edit(repo, Self.retries, "due: 2027-02-26", "due: 2027-03-12")
        #expect(try Self.staged(repo) == ["replan-without-reason \(Self.retries):12:6"])
        let message = try repo.lintStaged().diagnostics[0].message
        #expect(
            message.contains("from 2027-02-26 to 2027-03-12 (+14 days)")
                && message.contains("from: 2027-02-26, to: 2027-03-12"), "\(message)")
        let report = try Self.diff(repo)
        #expect(report.changes.map(\.id) == ["M-retries"])
        let field = try #require(report.changes.first?.fields.first)
        #expect(
            field.field == "due" && field.from == "2027-02-26" && field.to == "2027-03-12" && field.days == 14
                && field.reason == nil)
        #expect(report.introduced.map(\.rule) == ["replan-without-reason"] && report.fixed.isEmpty)
    }

    @Test func anExplainedSlipPassesAndItsReasonIsReported() throws {
        let repo = try Self.repository()
        try Self.edit(
            repo, Self.retries, "due: 2027-02-26",
            """
            due: 2027-03-12
            replans:
              - {date: 2026-05-30, from: 2027-02-26, to: 2027-03-12, reason: card network certification slipped}
            """)
        #expect(try Self.staged(repo).isEmpty)
        let field = try #require(try Self.diff(repo).changes.first?.fields.first)
        #expect(field.reason == "card network certification slipped" && field.replans == 1 && field.days == 14)
    }

    @Test func aReplanEntryThatDoesNotMatchTheMoveIsReported() throws {
        let repo = try Self.repository()
        try Self.edit(
            repo, Self.retries, "due: 2027-02-26",
            """
            due: 2027-03-12
            replans:
              - {date: 2026-05-30, from: 2027-02-26, to: 2027-03-05, reason: card network certification slipped}
            """)
        let diagnostics = try repo.lintStaged().diagnostics
        #expect(diagnostics.map { "\($0.rule) \($0.path):\($0.line)" } == ["replan-without-reason \(Self.retries):12"])
        #expect(diagnostics.first?.message.contains("its 'to' is 2027-03-05, but the new due is 2027-03-12") == true)
    }

    @Test func aPulledInCommittedDateNeedsAReasonTooAProposedOneDoesNot() throws {
        let repo = try Self.repository()
        try Self.edit(repo, Self.retries, "due: 2027-02-26", "due: 2027-02-12")
        #expect(try Self.staged(repo) == ["replan-without-reason \(Self.retries):12:6"])
        #expect(try Self.diff(repo).changes.first?.fields.first?.days == -14)
        try repo.git("reset", "-q", "--hard")
        // M-audit is proposed: it may be re-dated freely.
        try Self.edit(repo, "roadmap/milestones/M-audit.md", "horizon: later", "horizon: next")
        try Self.edit(
            repo, "roadmap/milestones/M-audit.md", "status: proposed", "status: proposed\nestimate: 1\ndue: 2027-03-05")
        #expect(try Self.staged(repo).isEmpty)
        try repo.git("commit", "-q", "-m", "audit dated")
        try Self.edit(repo, "roadmap/milestones/M-audit.md", "due: 2027-03-05", "due: 2027-03-19")
        #expect(try Self.staged(repo).isEmpty)
    }

    @Test func deletingACommittedMilestoneIsAnErrorAtItsBasePathDroppingItIsNot() throws {
        let repo = try Self.repository()
        try repo.git("rm", "-q", Self.sso)
        for backlog in ["B-saml", "B-scim"] { try repo.git("rm", "-q", "roadmap/backlog/\(backlog).md") }
        #expect(try Self.staged(repo) == ["committed-deleted \(Self.sso):2:5"])
        let report = try Self.diff(repo)
        #expect(
            report.changes.map { "\($0.change.rawValue) \($0.id)" } == [
                "removed B-saml", "removed B-scim", "removed M-sso",
            ])
        // Narrowed to other files (the pre-commit framework never passes deleted ones), it still shows.
        let narrowed = try LintRunner().run(
            LintRequest(
                workingDirectory: repo.root, today: CalendarDate("2026-06-01")!,
                paths: [Self.retries], revision: .index))
        #expect(narrowed.diagnostics.map(\.rule) == ["committed-deleted"])
        let named = try LintRunner().run(
            LintRequest(
                workingDirectory: repo.root, today: CalendarDate("2026-06-01")!,
                paths: [Self.sso], revision: .index))
        #expect(named.diagnostics.map(\.rule) == ["committed-deleted"], "a PATH naming the deleted file is accepted")
        try repo.git("reset", "-q", "--hard")
        try Self.edit(
            repo, Self.sso, "status: committed", "status: dropped\ndropped-reason: the enterprise deal fell through")
        #expect(try Self.staged(repo).isEmpty)
        let dropped = try Self.diff(repo)
        #expect(
            dropped.changes.first?.fields.map { "\($0.field) \($0.from ?? "-") \($0.to ?? "-")" } == [
                "status committed dropped"
            ])
    }

    @Test func loweringACommittedTargetNeedsAReason() throws {
        let repo = try Self.repository()
        try Self.edit(repo, Self.retries, "target: 40%, baseline: 0%", "target: 25%, baseline: 0%")
        #expect(try Self.staged(repo) == ["scope-cut-without-reason \(Self.retries):13:44"])
        try Self.edit(repo, Self.retries, "target: 25%, baseline: 0%", "target: 55%, baseline: 0%")
        #expect(try Self.staged(repo).isEmpty, "raising the bar needs no reason")
        try Self.edit(
            repo, Self.retries, "target: 55%, baseline: 0%}",
            "target: 25%, baseline: 0%}\nreplans: [{date: 2026-05-30, reason: two acquirers stay out of scope}]")
        #expect(try Self.staged(repo).isEmpty)
        #expect(try Self.diff(repo).changes.first?.fields.map(\.field) == ["metric.target"])
        // Without a baseline, lowering is the cut.
        try repo.git("reset", "-q", "--hard")
        try Self.edit(repo, Self.retries, "target: 40%, baseline: 0%}", "target: 40%}")
        try repo.git("commit", "-q", "-m", "no baseline")
        try Self.edit(repo, Self.retries, "target: 40%}", "target: 30%}")
        #expect(try Self.staged(repo) == ["scope-cut-without-reason \(Self.retries):13:44"])
        try Self.edit(repo, Self.retries, "target: 30%}", "target: 45%}")
        #expect(try Self.staged(repo).isEmpty)
        // A removed metric is a cut too; smart-measurable reports it missing as well.
        try Self.edit(repo, Self.retries, "metric: {name: recovered payments, target: 45%}\n", "")
        #expect(
            try Self.staged(repo).sorted() == [
                "scope-cut-without-reason \(Self.retries):1:1", "smart-measurable \(Self.retries):1:1",
            ])
    }

    @Test func aMovedFileIsOneModificationWithAPathChange() throws {
        let repo = try Self.repository()
        try FileManager.default.createDirectory(
            atPath: repo.root + "/roadmap/milestones/payments", withIntermediateDirectories: true)
        try repo.git("mv", Self.retries, "roadmap/milestones/payments/M-retries.md")
        #expect(try Self.staged(repo).isEmpty)
        let report = try Self.diff(repo)
        #expect(report.changes.count == 1)
        let change = try #require(report.changes.first)
        #expect(change.change == .modified && change.path == "roadmap/milestones/payments/M-retries.md")
        #expect(
            change.fields.map { "\($0.field) \($0.from ?? "") \($0.to ?? "")" } == [
                "path \(Self.retries) roadmap/milestones/payments/M-retries.md"
            ])
        #expect(report.introduced.isEmpty && report.fixed.isEmpty && report.capacity.isEmpty)
    }

    @Test func aChangeOutsideTheRoadmapIsAnEmptyDiff() throws {
        let repo = try Self.repository()
        try repo.write("src/app.swift", "print(1)\n")
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "code")
        let report = try Self.diff(repo, staged: false)
        #expect(report.isEmpty)
        let markdown = try runProcess(rmlintBinary(), ["diff", "--format", "markdown", "--fail-on-new"], in: repo.root)
        #expect(markdown.exitCode == 0 && markdown.output.isEmpty, "\(markdown)")
        let json = try runProcess(rmlintBinary(), ["diff", "--format", "json"], in: repo.root)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect((document["changes"] as? [Any])?.isEmpty == true && (document["introduced"] as? [Any])?.isEmpty == true)
        #expect(
            document["head"] as? String
                == (try repo.git("rev-parse", "HEAD").output.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    @Test func failOnNewFailsOnIntroducedErrorsOnly() throws {
        let repo = try Self.repository()
        try Self.edit(repo, Self.retries, "due: 2027-02-26", "due: 2027-03-12")
        let failing = try runProcess(
            rmlintBinary(), ["diff", "--staged", "--fail-on-new", "--format", "json", "--today", "2026-06-01"],
            in: repo.root)
        #expect(failing.exitCode == 1, "\(failing.error)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(failing.output.utf8)) as? [String: Any])
        #expect(
            (document["introduced"] as? [[String: Any]])?.map { $0["rule"] as? String } == ["replan-without-reason"])
        #expect(document["head"] as? String == "index")
        let lenient = try runProcess(rmlintBinary(), ["diff", "--staged", "--today", "2026-06-01"], in: repo.root)
        #expect(
            lenient.exitCode == 0 && lenient.output.contains("due 2027-02-26 → 2027-03-12 (+14 days)"),
            "\(lenient.output)")
    }

    /// The base keeps its items in `plans/` (its own `.rmlint.yml` says so); HEAD moved them to
    /// `roadmap/`: items are matched by id, so every one is a move, not an add and a remove.
    @Test func aBaseWithAnotherConfigurationIsReadWithItsOwn() throws {
        let repo = try GitFixture()
        for (path, content) in SampleRoadmap.files {
            try repo.write(path.replacingOccurrences(of: "roadmap/", with: "plans/"), content)
        }
        try repo.write(".rmlint.yml", SampleRoadmap.configuration + "roadmap: [plans]\n")
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "plans")
        try repo.git("mv", "plans", "roadmap")
        try repo.write(".rmlint.yml", SampleRoadmap.configuration)
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "renamed")
        let report = try Self.diff(repo, staged: false)
        #expect(report.changes.count == SampleRoadmap.files.count)
        #expect(report.changes.allSatisfy { $0.change == .modified && $0.fields.map(\.field) == ["path"] })
        #expect(report.introduced.isEmpty && report.fixed.isEmpty)
    }

    @Test func threeDotsComparesWithTheMergeBaseAsAPullRequestDoes() throws {
        let repo = try Self.repository()
        try repo.git("checkout", "-q", "-b", "feature")
        try Self.edit(repo, Self.sso, "owner: frank", "owner: grace")
        try repo.git("commit", "-q", "-m", "owner")
        try repo.git("checkout", "-q", "main")
        try Self.edit(repo, Self.retries, "estimate: 6", "estimate: 8")
        try repo.git("commit", "-q", "-m", "main moves on")
        let report = try Self.diff(repo, base: "main...feature", staged: false)
        #expect(
            report.changes.map { "\($0.id) \($0.fields.map(\.field))" } == ["M-sso [\"owner\"]"],
            "main's own change is not the PR's")
        #expect(
            report.base.json
                == (try repo.git("merge-base", "main", "feature").output.trimmingCharacters(in: .whitespacesAndNewlines))
        )
        let twoDots = try Self.diff(repo, base: "main", head: "feature", staged: false)
        #expect(Set(twoDots.changes.map(\.id)) == ["M-sso", "M-retries"])
    }

    @Test func beforeTheFirstCommitTheStagedRoadmapIsAllNew() throws {
        let repo = try GitFixture()
        for (path, content) in SampleRoadmap.files { try repo.write(path, content) }
        try repo.git("add", "-A")
        let report = try Self.diff(repo)
        #expect(report.base == .nothing && report.head == .index)
        #expect(report.changes.count == SampleRoadmap.files.count && report.changes.allSatisfy { $0.change == .added })
        #expect(try Self.staged(repo).isEmpty, "no HEAD: no change rules, and the sample is clean")
        let plain = try runProcess(rmlintBinary(), ["diff"], in: repo.root)
        #expect(plain.exitCode == 2 && plain.error.contains("no commits yet"), "\(plain.error)")
    }

    /// HEAD's `.rmlint.yml` does not load; the index fixes it: the commit is judged by the index's
    /// configuration, and HEAD's roadmap is still read (with it) to compare against.
    @Test func aBrokenConfigurationAtTheBaseDoesNotBlockTheFix() throws {
        let repo = try Self.repository()
        try repo.write(".rmlint.yml", "capacity: [unclosed\n")
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "broken config")
        try repo.write(".rmlint.yml", SampleRoadmap.configuration)
        try Self.edit(repo, Self.retries, "due: 2027-02-26", "due: 2027-03-12")
        #expect(try Self.staged(repo) == ["replan-without-reason \(Self.retries):12:6"])
    }

    @Test func lintBaseComparesTheWorkingTreeWithARevision() throws {
        let repo = try Self.repository()
        try repo.write(
            Self.retries,
            SampleRoadmap.files[Self.retries, default: ""].replacingOccurrences(
                of: "due: 2027-02-26", with: "due: 2027-03-12"))
        let result = try runProcess(rmlintBinary(), ["lint", "--base", "HEAD", "--today", "2026-06-01"], in: repo.root)
        #expect(
            result.exitCode == 1 && result.output.contains("\(Self.retries):12:6: error:")
                && result.output.contains("[replan-without-reason]"), "\(result)")
        let plain = try runProcess(rmlintBinary(), ["lint", "--today", "2026-06-01"], in: repo.root)
        #expect(plain.exitCode == 0, "without a base, change rules do not run: \(plain.output)")
        let unknown = try runProcess(rmlintBinary(), ["lint", "--base", "no-such-branch"], in: repo.root)
        #expect(unknown.exitCode == 2 && unknown.error.contains("no-such-branch"), "\(unknown.error)")
    }
}

/// Two revisions read for a comparison: a file unchanged between them is read and parsed once.
struct DecodedBlobsTests {
    @Test func unchangedFilesAreParsedOnceAcrossRevisions() throws {
        let repo = try ChangeGovernanceTests.repository()
        try ChangeGovernanceTests.edit(repo, ChangeGovernanceTests.retries, "estimate: 6", "estimate: 7")
        let memo = DecodedBlobs()
        let base = try Workspace.loadBase("HEAD", at: repo.root, fallback: Configuration(), memo: memo)
        #expect(memo.parsed == SampleRoadmap.files.count)
        let head = try Workspace.open(at: repo.root, revision: .index).loadRoadmap(memo: memo)
        #expect(memo.parsed == SampleRoadmap.files.count + 1, "only the edited file is parsed again")
        #expect(head.items.count == base.items.count)
        #expect(head.items.first { $0.itemID == "M-retries" }?.estimate.value == 7)
        #expect(base.items.first { $0.itemID == "M-retries" }?.estimate.value == 6)
    }

    @Test func workingTreeFilesAreKnownByTheirBlobIdsSoHEADDecodesOnlyWhatDiffers() throws {
        let repo = try ChangeGovernanceTests.repository()
        // The id git gives the bytes, as `git hash-object` computes it.
        let bytes = Array(SampleRoadmap.configuration.utf8)
        let hashed = try repo.git("hash-object", ".rmlint.yml").output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(GitObjectID.blob(of: bytes)?.description == hashed)
        // A session: the working tree read first, then HEAD, which has one file that differs.
        try ChangeGovernanceTests.edit(repo, ChangeGovernanceTests.retries, "estimate: 6", "estimate: 7")
        let memo = DecodedBlobs(keepsWorkingTree: true, blobID: GitObjectID.blob(of:))
        let tree = try Workspace.open(at: repo.root, revision: .workingTree).loadRoadmap(memo: memo)
        #expect(memo.parsed == SampleRoadmap.files.count)
        let base = try Workspace.loadBase("HEAD", at: repo.root, fallback: Configuration(), memo: memo)
        #expect(memo.parsed == SampleRoadmap.files.count + 1, "only the edited file is decoded from its blob")
        #expect(tree.items.first { $0.itemID == "M-retries" }?.estimate.value == 7)
        #expect(base.items.first { $0.itemID == "M-retries" }?.estimate.value == 6)
    }
}

/// Withdrawing a commitment — dropping it, taking it back to `proposed`, removing its date — is allowed
/// with a reason on record, and each such change is one diagnostic without one.
struct WithdrawnCommitmentTests {
    private typealias Governance = ChangeGovernanceTests

    @Test func droppingNeedsAReason() throws {
        let repo = try Governance.repository()
        try Governance.edit(repo, Governance.sso, "status: committed", "status: dropped")
        #expect(try Governance.staged(repo) == ["dropped-without-reason \(Governance.sso):9:9"])
        try Governance.edit(repo, Governance.sso, "status: dropped", "status: dropped\ndropped-reason: \"  \"")
        #expect(
            try Governance.staged(repo) == ["dropped-without-reason \(Governance.sso):9:9"], "a blank reason is none")
        try Governance.edit(repo, Governance.sso, "dropped-reason: \"  \"", "dropped-reason: the deal fell through")
        #expect(try Governance.staged(repo).isEmpty)
    }

    @Test func goingBackToProposedNeedsAReasonOnceEvenWithTheDateRemoved() throws {
        let repo = try Governance.repository()
        try Governance.edit(repo, Governance.sso, "status: committed", "status: proposed")
        try Governance.edit(repo, Governance.sso, "due: 2027-03-20\n", "")
        try Governance.edit(repo, Governance.sso, "horizon: now", "horizon: later")
        // One change, one diagnostic (not also replan-without-reason for the date, nor capacity for its period).
        let found = try Governance.staged(repo)
        #expect(found == ["uncommitted-without-reason \(Governance.sso):9:9"], "\(found)")
        try Governance.edit(
            repo, Governance.sso, "horizon: later",
            "horizon: later\nreplans:\n  - {date: 2026-06-01, from: 2027-03-20, reason: the deal moved to next year}")
        #expect(try Governance.staged(repo).isEmpty)
    }

    @Test func removingACommittedDateNeedsAReason() throws {
        let repo = try Governance.repository()
        try Governance.edit(repo, Governance.sso, "due: 2027-03-20\n", "")
        let found = try Governance.staged(repo)
        #expect(found.contains("replan-without-reason \(Governance.sso):9:9"), "\(found)")
        #expect(found.filter { $0.hasPrefix("replan-without-reason") }.count == 1)
        let lint = try repo.lintStaged()
        let message = try #require(lint.diagnostics.first { $0.rule == "replan-without-reason" }?.message)
        #expect(
            message
                == "committed milestone's due 2027-03-20 was removed with no reason on record; put it back, or add {date: 2026-06-01, from: 2027-03-20, reason: \"why it has no date now\"} to 'replans'"
        )
    }
}

/// In a change-aware run, a capacity problem the roadmap already had and that the change does not
/// make worse is a warning with a note, so it does not block the very change that helps.
struct PreexistingCapacityTests {
    private typealias Governance = ChangeGovernanceTests
    private let ledger = "roadmap/milestones/M-ledger.md"

    /// The sample with 2027-Q1 already off its split: product 12 of 13 team-weeks (92%), engineering 1 (8%).
    private func offBalance() throws -> GitFixture {
        let repo = try Governance.repository()
        try Governance.edit(repo, ledger, "estimate: 4", "estimate: 1")
        try repo.git("commit", "-qm", "engineering estimate cut")
        return repo
    }

    private func severities(_ repo: GitFixture) throws -> (diagnostics: [String], notes: [String]) {
        let result = try repo.lintStaged()
        return (result.diagnostics.map { "\($0.severity.rawValue) \($0.rule) \($0.path):\($0.line)" }, result.notes)
    }

    @Test func aChangeThatDoesNotMakeItWorseIsWarned() throws {
        let repo = try offBalance()
        try Governance.edit(
            repo, Governance.sso, "status: committed", "status: dropped\ndropped-reason: the deal fell through")
        let (diagnostics, notes) = try severities(repo)
        #expect(diagnostics == ["warning capacity-split .rmlint.yml:3", "warning capacity-split .rmlint.yml:4"])
        #expect(
            notes.contains(
                "2 capacity-split problems the roadmap had before this change, which it does not make worse, are reported as warnings, not errors; fix them in a change of their own"
            ), "\(notes)")
    }

    @Test func aChangeThatMakesItWorseIsAnError() throws {
        let repo = try offBalance()
        try Governance.edit(repo, Governance.retries, "estimate: 6", "estimate: 20")
        let (diagnostics, notes) = try severities(repo)
        #expect(diagnostics == ["error capacity-split .rmlint.yml:3", "error capacity-split .rmlint.yml:4"])
        #expect(notes.isEmpty, "\(notes)")
        // Without a base (plain lint of the working tree) nothing is softened.
        try repo.git("commit", "-qm", "worse")
        let plain = try LintRunner().run(
            LintRequest(workingDirectory: repo.root, today: CalendarDate("2026-06-01")!, revision: .workingTree))
        #expect(plain.diagnostics.map(\.severity) == [.error, .error])
    }
}
