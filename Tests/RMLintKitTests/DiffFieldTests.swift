import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintKit

/// `rmlint diff` lists every field a reviewer wants to see changing (SPEC §1's fields), lists what a
/// list gained and lost, and history's drift keeps to its own fields.
struct DiffFieldTests {
    private let sso = "roadmap/milestones/M-sso.md"

    private func fields(_ report: DiffReport) -> [String: [String]] {
        var byID: [String: [String]] = [:]
        for change in report.changes {
            byID[change.id] = change.fields.map { field in
                "\(field.field): " + (field.listChange() ?? "\(field.before()) → \(field.after())")
            }
        }
        return byID
    }

    @Test func everyFieldIsAChange() throws {
        let repo = try ChangeGovernanceTests.repository()
        let edits = [
            ("title: Milestone M-sso", "title: Single sign-on for every plan"),
            ("theme: T-enterprise", "theme: T-payments"),
            ("goals: [G-enterprise]", "goals: [G-retention, G-enterprise]"),
            ("track: product", "track: engineering"),
            ("due: 2027-03-20", "due: 2027-03-20\nperiod: 2027-Q1\ndelivered: 2027-03-18\ndepends_on: [M-retries]"),
            (
                "metric: {name: recovered payments, target: 40%, baseline: 0%}",
                "metric: {name: SSO logins, target: 40%, baseline: 5%}\ntags: [enterprise, security]"
            ),
        ]
        for (old, new) in edits { try ChangeGovernanceTests.edit(repo, sso, old, new) }
        try ChangeGovernanceTests.edit(repo, "roadmap/backlog/B-saml.md", "milestone: M-sso", "milestone: M-retries")
        let report = try ChangeGovernanceTests.diff(repo)
        #expect(
            fields(report) == [
                "M-sso": [
                    "title: Milestone M-sso → Single sign-on for every plan",
                    "theme: T-enterprise → T-payments",
                    "goals: added G-retention",
                    "depends_on: added M-retries",
                    "track: product → engineering",
                    "period: none → 2027-Q1",
                    "delivered: none → 2027-03-18",
                    "metric.name: recovered payments → SSO logins",
                    "metric.baseline: 0% → 5%",
                    "tags: added enterprise, security",
                ],
                "B-saml": ["milestone: M-sso → M-retries"],
            ])
        // The Markdown a pull request shows says the same.
        let markdown = DiffMarkdownReporter().report(report)
        #expect(
            markdown.contains("goals added `G-retention`") || markdown.contains("goals added G-retention"),
            "\(markdown)")
        #expect(
            markdown.contains("milestone M-sso → M-retries") || markdown.contains("milestone `M-sso` → `M-retries`"),
            "\(markdown)")
    }

    @Test func listsSayWhatWasAddedAndRemoved() {
        var old = ItemSnapshot(id: "M-1")
        old.goals = ["G-1", "G-2"]
        var new = old
        new.goals = ["G-2", "G-3"]
        let changes = ItemSnapshot.changes(from: old, to: new)
        #expect(changes.map(\.field) == ["goals"])
        #expect(changes.first?.added == ["G-3"] && changes.first?.removed == ["G-1"])
        #expect(changes.first?.listChange() == "added G-3; removed G-1")
        #expect(changes.first?.from == "G-1, G-2" && changes.first?.to == "G-2, G-3")
    }

    @Test func driftKeepsToTheCommitmentFields() {
        var old = ItemSnapshot(id: "M-1")
        old.title = "Old"
        old.track = "product"
        old.due = CalendarDate(year: 2027, month: 3, day: 1)
        var new = old
        new.title = "New"
        new.track = "engineering"
        new.due = nil
        let drift = ItemSnapshot.changes(from: old, to: new).filter { ItemSnapshot.driftFields.contains($0.field) }
        #expect(drift.map { "\($0.field) \($0.before()) → \($0.after())" } == ["due 2027-03-01 → none"])
    }
}

/// What `rmlint diff` compares when there are uncommitted edits.
struct DiffSidesTests {
    private let ledger = "roadmap/milestones/M-ledger.md"

    @Test func workingTreeEditsAreComparedWhenAskedAndPointedAtOtherwise() throws {
        let repo = try ChangeGovernanceTests.repository()
        let url = URL(fileURLWithPath: repo.root + "/" + ledger)
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "owner: frank", with: "owner: erin").write(
            to: url, atomically: true, encoding: .utf8)  // not staged
        let same = try runProcess(rmlintBinary(), ["diff", "HEAD", "--today", "2026-06-01"], in: repo.root)
        #expect(same.exitCode == 0)
        #expect(
            same.error.contains("BASE and HEAD are the same commit") && same.error.contains("--working-tree"),
            "\(same.error)")
        let working = try runProcess(
            rmlintBinary(), ["diff", "--working-tree", "--format", "json", "--today", "2026-06-01"], in: repo.root)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(working.output.utf8)) as? [String: Any])
        #expect(json["head"] as? String == "working-tree")
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.map { $0["id"] as? String } == ["M-ledger"])
        #expect(((changes.first?["fields"] as? [[String: Any]])?.first?["to"] as? String) == "erin")
        // The index does not hold the edit: --staged sees nothing.
        let staged = try runProcess(
            rmlintBinary(), ["diff", "--staged", "--format", "json", "--today", "2026-06-01"], in: repo.root)
        #expect(staged.output.contains("\"changes\": []"), "\(staged.output)")
        let both = try runProcess(rmlintBinary(), ["diff", "--staged", "main..HEAD"], in: repo.root)
        #expect(
            both.exitCode == 2
                && both.error.contains(
                    "--staged already sets HEAD (the index); give BASE alone: rmlint diff --staged main"),
            "\(both.error)")
        let two = try runProcess(rmlintBinary(), ["diff", "--staged", "--working-tree"], in: repo.root)
        #expect(two.exitCode == 2 && two.error.contains("give one"), "\(two.error)")
    }
}

/// History's human-readable drift lists milestones unless asked for everything; JSON lists all.
struct DriftListingTests {
    @Test func backlogDriftIsCountedNotListedUnlessAsked() throws {
        let repo = try ChangeGovernanceTests.repository()
        try ChangeGovernanceTests.edit(repo, "roadmap/backlog/B-fees.md", "status: open", "status: done")
        try ChangeGovernanceTests.edit(repo, "roadmap/backlog/B-dunning.md", "status: open", "status: in-progress")
        try ChangeGovernanceTests.edit(repo, "roadmap/milestones/M-sso.md", "due: 2027-03-20", "due: 2027-04-02")
        try repo.git("commit", "-qm", "progress")
        let arguments = ["history", "--as-of", "2026-12-01", "--no-cache"]
        let text = try runProcess(rmlintBinary(), arguments, in: repo.root)
        let drift = try #require(
            text.output.components(separatedBy: "Drift per quarter of the commit date:").last?.components(
                separatedBy: "Churn"
            ).first)
        #expect(
            drift.contains("M-sso      due 2027-03-20 → 2027-04-02 (+13 days)") && !drift.contains("B-"), "\(drift)")
        // Eleven other items added at the first commit, two backlog status changes.
        #expect(drift.contains("13 changes to backlog items, goals and themes left out; --all-drift lists them"))
        let all = try runProcess(rmlintBinary(), arguments + ["--all-drift"], in: repo.root)
        #expect(all.output.contains("B-fees") && all.output.contains("B-dunning") && !all.output.contains("left out"))
        let json = try runProcess(rmlintBinary(), arguments + ["--format", "json"], in: repo.root)
        #expect(json.output.contains("\"B-fees\"") && json.output.contains("\"B-dunning\""))
    }
}

extension DriftListingTests {
    @Test func oneCommitIsOneCommit() throws {
        let repo = try ChangeGovernanceTests.repository()
        let text = try runProcess(rmlintBinary(), ["history", "--as-of", "2026-12-01", "--no-cache"], in: repo.root)
        #expect(text.output.contains("; 1 commit, 0 unreadable file versions skipped"), "\(text.output.prefix(300))")
    }
}

/// "Did you mean": only a clear nearest name.
struct NearestNameTests {
    @Test func suggestsOnlyAClearNearMiss() {
        let themes = ["T-growth", "T-payments", "T-platform"]
        #expect(NearestName.suggestion(for: "T-grwoth", among: themes) == "T-growth")  // two letters swapped
        #expect(NearestName.suggestion(for: "t-growth", among: themes) == "T-growth")  // case
        #expect(NearestName.suggestion(for: "T-grow", among: themes) == "T-growth")  // two letters short
        #expect(NearestName.suggestion(for: "T-marketing", among: themes) == nil)
        #expect(NearestName.suggestion(for: "T-plat", among: ["T-plan", "T-play"]) == nil, "a tie is no suggestion")
        #expect(NearestName.suggestion(for: "Now", among: ["now", "next", "later"]) == "now")
        #expect(NearestName.suggestion(for: "xx", among: ["now"]) == nil)
    }
}

/// `lint --staged` reads the index: a problem only the staged copy has says so.
struct StagedCopyTests {
    @Test func aProblemInTheStagedCopyOnlySaysSo() throws {
        let repo = try ChangeGovernanceTests.repository()
        let sso = ChangeGovernanceTests.sso
        try ChangeGovernanceTests.edit(repo, sso, "owner: frank", "owner: frank, erin")  // staged
        let url = URL(fileURLWithPath: repo.root + "/" + sso)
        try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "owner: frank, erin", with: "owner: erin")
            .write(to: url, atomically: true, encoding: .utf8)  // fixed on disk, not staged
        let staged = try repo.lintStaged()
        #expect(staged.diagnostics.map(\.rule) == ["single-owner"])
        #expect(
            staged.diagnostics.first?.message.hasSuffix(
                "(in the staged copy of this file, which differs from the one on disk; lines as staged)") == true)
        try repo.git("add", "-A")
        #expect(try repo.lintStaged().diagnostics.isEmpty)

        try repo.write(".rmlint.yml", "capacity: {period: year}\n")
        try repo.git("add", ".rmlint.yml")
        try repo.write(".rmlint.yml", SampleRoadmap.configuration)
        let broken = try runProcess(rmlintBinary(), ["lint", "--staged", "--today", "2026-06-01"], in: repo.root)
        #expect(
            broken.exitCode == 2 && broken.error.contains(".rmlint.yml:1:")
                && broken.error.contains("in the staged .rmlint.yml (lines as staged; the file on disk differs)"),
            "\(broken.error)")
    }
}
