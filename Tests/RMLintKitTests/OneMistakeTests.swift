import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// One mistake at a time in a clean, realistic roadmap: each gives exactly the diagnostics a careful
/// reviewer would write (rule, file, line, column), once, and nothing about the items around it.
struct OneMistakeTests {
    private let themePath = "roadmap/themes/T-payments.md"
    private let retries = "roadmap/milestones/M-retries.md"
    private let ledger = "roadmap/milestones/M-ledger.md"
    private let sso = "roadmap/milestones/M-sso.md"

    @Test func sampleRoadmapIsClean() throws {
        let found = try SampleRoadmap.diagnostics()
        #expect(found == [])
    }

    // MARK: - A broken item is unknown, not inactive

    @Test func unclosedFrontMatterOfALinkedThemeIsOneParseError() throws {
        let broken = SampleRoadmap.edit(themePath, "status: active\n---\n", "status: active\n")
        let found = try SampleRoadmap.diagnostics(broken)
        #expect(found == ["parse-error \(themePath):1:1"])
    }

    @Test func invalidUTF8OrOversizedLinkedThemeIsOneParseError() throws {
        var files = SampleRoadmap.files.mapValues { Array($0.utf8) }
        files[themePath] =
            Array("---\nid: T-payments\nkind: theme\ntitle: Pay".utf8) + [0xFF, 0xFE]
            + Array("\nowner: dana\n---\n".utf8)
        let notUTF8 = try lintReport(files, configuration: SampleRoadmap.configuration, today: SampleRoadmap.today)
        #expect(notUTF8.diagnostics.map { "\($0.rule) \($0.path):\($0.line)" } == ["parse-error \(themePath):4"])
        #expect(notUTF8.diagnostics.first?.item == "T-payments")

        files[themePath] =
            Array("---\nid: T-payments\nkind: theme\ntitle: Payments\nowner: dana\n---\n".utf8)
            + [UInt8](repeating: UInt8(ascii: "a"), count: FrontMatterParser.maximumSize)
        let oversized = try lintReport(files, configuration: SampleRoadmap.configuration, today: SampleRoadmap.today)
        #expect(oversized.diagnostics.map { "\($0.rule) \($0.path):\($0.line)" } == ["parse-error \(themePath):1"])
    }

    @Test func unparsableMilestoneSilencesCapacityAndSaysSo() throws {
        let broken = SampleRoadmap.edit(ledger, "title: Milestone M-ledger", "title: \"Milestone M-ledger")
        let files = SampleRoadmap.files.merging(broken.compactMapValues { $0 }) { _, new in new }
        let report = try lintReport(
            files.mapValues { Array($0.utf8) }, configuration: SampleRoadmap.configuration, today: SampleRoadmap.today)
        #expect(
            report.diagnostics.map { "\($0.rule) \($0.path):\($0.line):\($0.column)" } == ["parse-error \(ledger):4:8"])
        #expect(report.notes.count == 1)
        #expect(report.notes.first?.contains(ledger) == true)
    }

    // MARK: - A misplaced fence does not make an item vanish

    @Test(arguments: [
        ("\n---\n", 2, 1, "remove the blank line before '---'"),
        ("\n\n---\n", 3, 1, "remove the 2 blank lines before '---'"),
        (" ---\n", 1, 2, "'---' must start the first line of the file; remove the spaces before it"),
        ("# Payments\n---\n", 2, 1, "its '---' is on line 2; move the lines above it below the closing '---'"),
        ("", 1, 1, "front-matter has no opening '---'; add a line '---' above line 1"),
    ])
    func aMisplacedFenceIsOneParseErrorAndLinksToItAreUnknown(
        _ before: String, _ line: Int, _ column: Int, _ message: String
    ) throws {
        var files = SampleRoadmap.files
        let content = try #require(files[retries])
        files[retries] = before + content.dropFirst(4)  // the file without its opening "---\n"
        let report = try lintReport(
            files.mapValues { Array($0.utf8) }, configuration: SampleRoadmap.configuration, today: SampleRoadmap.today)
        // No dangling links from B-retry-queue, B-dunning or M-ledger's depends_on; capacity held back.
        #expect(
            report.diagnostics.map { "\($0.rule) \($0.path):\($0.line):\($0.column)" } == [
                "parse-error \(retries):\(line):\(column)"
            ])
        #expect(
            report.diagnostics.first?.message.contains(message) == true, "\(report.diagnostics.first?.message ?? "")")
        #expect(report.diagnostics.first?.item == "M-retries")
    }

    @Test(arguments: [
        (
            "title: Milestone M-retries", "title: Fix: payments retry", 4, 11,
            "invalid YAML: 'title' has ': ' in its value, which YAML reads as another key; put the value in quotes: title: \"Fix: payments retry\""
        ),
        (
            "metric: {name: recovered payments, target: 40%, baseline: 0%}",
            "metric:\n  name: recovered payments\n   target: 40%", 15, 4,
            "invalid YAML: 'target' is indented 3 spaces, but the fields of 'metric' (line 13) are indented 2 spaces; indent it 2 spaces to belong to 'metric', or 0 spaces to stand beside it"
        ),
        (
            "metric: {name: recovered payments, target: 40%, baseline: 0%}",
            "metric:\n    name: recovered payments\n  target: 40%", 15, 3,
            "invalid YAML: 'target' is indented 2 spaces, but the fields of 'metric' (line 13) are indented 4 spaces; indent it 4 spaces to belong to 'metric', or 0 spaces to stand beside it"
        ),
        (
            "owner: frank", "<<<<<<< HEAD\nowner: frank\n=======\nowner: erin\n>>>>>>> feature", 5, 1,
            "unresolved merge conflict: conflict markers from line 5 to line 9; keep the lines you want and remove the markers"
        ),
    ])
    func aYAMLMistakeSaysWhatToDo(_ old: String, _ new: String, _ line: Int, _ column: Int, _ message: String) throws {
        let change = SampleRoadmap.edit(retries, old, new)
        let files = SampleRoadmap.files.merging(change.compactMapValues { $0 }) { _, new in new }
        let report = try lintReport(
            files.mapValues { Array($0.utf8) }, configuration: SampleRoadmap.configuration, today: SampleRoadmap.today)
        #expect(
            report.diagnostics.map { "\($0.rule) \($0.path):\($0.line):\($0.column) \($0.message)" } == [
                "parse-error \(retries):\(line):\(column) \(message)"
            ])
    }

    @Test(arguments: [
        (
            "theme: T-payments", "theme: T-paymnets", "dangling-link", 6, 8,
            "'theme' links 'T-paymnets', but no item has that id; did you mean 'T-payments'?"
        ),
        (
            "theme: T-payments", "theme: T-unheard", "dangling-link", 6, 8,
            "'theme' links 'T-unheard', but no item has that id; fix the id or add the theme"
        ),
        (
            "status: committed", "status: comitted", "schema", 9, 9,
            "'status' must be one of proposed, committed, in-progress, done, dropped; found 'comitted' (did you mean 'committed'?)"
        ),
        (
            "status: committed", "status: in progress", "schema", 9, 9,
            "'status' must be one of proposed, committed, in-progress, done, dropped; found 'in progress' (did you mean 'in-progress'?)"
        ),
        (
            "horizon: now", "horizon: Now", "schema", 8, 10,
            "'horizon' must be one of now, next, later; found 'Now' (did you mean 'now'?)"
        ),
    ])
    func aNearMissNamesWhatWasMeant(
        _ old: String, _ new: String, _ rule: String, _ line: Int, _ column: Int, _ message: String
    ) throws {
        let change = SampleRoadmap.edit(retries, old, new)
        let files = SampleRoadmap.files.merging(change.compactMapValues { $0 }) { _, new in new }
        let report = try lintReport(
            files.mapValues { Array($0.utf8) }, configuration: SampleRoadmap.configuration, today: SampleRoadmap.today)
        let found = report.diagnostics.filter { $0.path == retries }
        #expect(
            found.map { "\($0.rule) \($0.line):\($0.column) \($0.message)" } == ["\(rule) \(line):\(column) \(message)"]
        )
    }

    @Test func aMarkdownPageWithARuleIsStillNotAnItem() throws {
        var files = SampleRoadmap.files
        files["roadmap/README.md"] = "# Roadmap\n\nHow we plan.\n\n---\n\nid: is explained below.\n"
        files["roadmap/notes.md"] = "Notes\n---\n\nSome text.\n"
        files["roadmap/git.md"] = "# Conflicts\n\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> branch\n"
        #expect(try lint(files, configuration: SampleRoadmap.configuration, today: SampleRoadmap.today).isEmpty)
    }

    // MARK: - Links that do not resolve are reported once

    @Test func danglingThemeOfAMilestoneIsNotReportedAgainOnItsBacklog() throws {
        let typo = SampleRoadmap.edit(retries, "theme: T-payments", "theme: T-paymnts")
        let found = try SampleRoadmap.diagnostics(typo)
        #expect(found == ["dangling-link \(retries):6:8"])
    }

    @Test func invalidIDIsOneSchemaErrorNotDanglingLinksToIt() throws {
        let bad = SampleRoadmap.edit(themePath, "id: T-payments", "id: T-payments!")
        let found = try SampleRoadmap.diagnostics(bad)
        #expect(found == ["schema \(themePath):2:5"])
    }

    @Test func backlogReusingAMilestoneIDGivesTwoDuplicateIDsOnly() throws {
        let clash = SampleRoadmap.edit("roadmap/backlog/B-fees.md", "id: B-fees", "id: M-sso")
        let found = try SampleRoadmap.diagnostics(clash)
        #expect(found == ["duplicate-id roadmap/backlog/B-fees.md:2:5", "duplicate-id \(sso):2:5"])
    }

    // MARK: - Capacity never rests on a value that could not be read

    @Test(arguments: [
        ("due: 2027-03-31", "due: 2027-02-29", "schema", 12, 6),
        ("due: 2027-03-31", "due:", "smart-time-bound", 1, 1),
        ("due: 2027-03-31\n", "", "smart-time-bound", 1, 1),  // deleted from a committed milestone: period unknown
        ("track: engineering", "track: platform", "schema", 10, 8),
        ("estimate: 4", "estimate: four", "schema", 11, 11),
        ("depends_on: [M-retries]", "depends_on: [M-retries]\nperiod: 2027-Q3", "schema", 15, 9),
    ])
    func unreadableCapacityValueIsReportedOnceAndCapacityStaysSilent(
        _ old: String, _ new: String, _ rule: String, _ line: Int, _ column: Int
    ) throws {
        let change = SampleRoadmap.edit(ledger, old, new)
        let files = SampleRoadmap.files.merging(change.compactMapValues { $0 }) { _, new in new }
        let report = try lintReport(
            files.mapValues { Array($0.utf8) }, configuration: SampleRoadmap.configuration, today: SampleRoadmap.today)
        #expect(
            report.diagnostics.map { "\($0.rule) \($0.path):\($0.line):\($0.column)" } == [
                "\(rule) \(ledger):\(line):\(column)"
            ])
        #expect(report.notes.count == 1, "\(report.notes)")
    }

    @Test func aCopiedMilestoneIsTwoDuplicateIDsAndItsEstimateIsNotCountedTwice() throws {
        let copy = "roadmap/milestones/M-ledger-copy.md"
        var files = SampleRoadmap.files
        files[copy] = files[ledger]
        let report = try lintReport(
            files.mapValues { Array($0.utf8) }, configuration: SampleRoadmap.configuration, today: SampleRoadmap.today)
        #expect(
            report.diagnostics.map { "\($0.rule) \($0.path):\($0.line):\($0.column)" } == [
                "duplicate-id \(copy):2:5", "duplicate-id \(ledger):2:5",
            ])
        #expect(report.notes.count == 1 && report.notes[0].contains(ledger), "\(report.notes)")
    }

    @Test func aProposedLaterMilestoneWithoutDatesIsInNoPeriod() throws {
        // Not required to have a due: nothing is unknown, the capacity split is judged.
        var change = SampleRoadmap.edit(ledger, "due: 2027-03-31\n", "")
        change[ledger] = change[ledger]??.replacingOccurrences(of: "status: committed", with: "status: proposed")
            .replacingOccurrences(of: "horizon: now", with: "horizon: later")
        let files = SampleRoadmap.files.merging(change.compactMapValues { $0 }) { _, new in new }
        let report = try lintReport(
            files.mapValues { Array($0.utf8) }, configuration: SampleRoadmap.configuration, today: SampleRoadmap.today)
        #expect(
            report.diagnostics.map { "\($0.rule) \($0.path):\($0.line)" } == [
                "capacity-split .rmlint.yml:3", "capacity-split .rmlint.yml:4",
            ])
        #expect(report.notes.isEmpty)
    }

    @Test func capacitySplitStillFiresWhenEverythingReads() throws {
        let shifted = SampleRoadmap.edit(ledger, "track: engineering", "track: product")
        let found = try SampleRoadmap.diagnostics(shifted)
        #expect(found == ["capacity-split .rmlint.yml:3:5", "capacity-split .rmlint.yml:4:5"])
    }

    // MARK: - Retired work is not live work

    @Test func retiringAThemeWithItsGoalMilestonesAndBacklogIsClean() throws {
        var changes: [String: String?] = [:]
        changes["roadmap/themes/T-enterprise.md"] = SampleRoadmap.theme(
            "T-enterprise", "Enterprise readiness", status: "archived")
        changes["roadmap/goals/G-enterprise.md"] = SampleRoadmap.goal(
            "G-enterprise", theme: "T-enterprise", status: "archived")
        changes[sso] = SampleRoadmap.milestone(
            "M-sso", theme: "T-enterprise", goals: "[G-enterprise]", status: "dropped",
            extra: "dropped-reason: enterprise deals moved to the partner channel")
        changes["roadmap/milestones/M-audit.md"] = SampleRoadmap.milestone(
            "M-audit", theme: "T-enterprise", status: "done", due: "due: 2026-10-30"
        )
        .replacingOccurrences(of: "estimate: 6\n", with: "").replacingOccurrences(
            of: "horizon: now", with: "horizon: later")
        changes["roadmap/backlog/B-saml.md"] = SampleRoadmap.backlog(
            "B-saml", link: "milestone: M-sso", status: "dropped")
        changes["roadmap/backlog/B-scim.md"] = SampleRoadmap.backlog("B-scim", link: "milestone: M-sso", status: "done")
        let found = try SampleRoadmap.diagnostics(changes)
        #expect(found == [])
    }

    /// Live work still on an archived theme is reported where it is: the goal, the milestone with no
    /// other live goal, and backlog whose milestone serves the archived theme.
    @Test func unreadableGoalsLeaveRelevanceUnknown() throws {
        var changes: [String: String?] = [
            "roadmap/themes/T-enterprise.md": SampleRoadmap.theme(
                "T-enterprise", "Enterprise readiness", status: "archived")
        ]
        changes.merge(SampleRoadmap.edit(sso, "goals: [G-enterprise]", "goals: G-retention")) { _, new in new }
        let found = try SampleRoadmap.diagnostics(changes)
        #expect(
            found == [
                "backlog-theme-link roadmap/backlog/B-saml.md:5:12",
                "backlog-theme-link roadmap/backlog/B-scim.md:5:12",
                "smart-relevant roadmap/goals/G-enterprise.md:6:8",
                "smart-relevant roadmap/milestones/M-audit.md:6:8",
                "schema \(sso):7:8",
            ])
    }

    @Test func liveWorkOnAnArchivedThemeIsStillReported() throws {
        let archived: [String: String?] = [
            "roadmap/themes/T-enterprise.md": SampleRoadmap.theme(
                "T-enterprise", "Enterprise readiness", status: "archived")
        ]
        let found = try SampleRoadmap.diagnostics(archived)
        #expect(
            found == [
                "backlog-theme-link roadmap/backlog/B-saml.md:5:12",
                "backlog-theme-link roadmap/backlog/B-scim.md:5:12",
                "smart-relevant roadmap/goals/G-enterprise.md:6:8",
                "smart-relevant roadmap/milestones/M-audit.md:6:8",
            ])
    }

    // MARK: - One problem, one rule

    @Test func emptyMetricTargetIsSmartMeasurableOnly() throws {
        for empty in ["target:", "target: \"\"", "target: ~"] {
            let block = SampleRoadmap.edit(
                sso, "metric: {name: recovered payments, target: 40%, baseline: 0%}",
                "metric:\n  name: recovered payments\n  \(empty)\n  baseline: 0%")
            let found = try SampleRoadmap.diagnostics(block)
            #expect(found == ["smart-measurable \(sso):13:1"], "\(empty)")
        }
    }

    @Test func emptyDueOnACommittedMilestoneIsSmartTimeBoundOnly() throws {
        let empty = SampleRoadmap.edit(sso, "due: 2027-03-20", "due:")
        let found = try SampleRoadmap.diagnostics(empty)
        #expect(found == ["smart-time-bound \(sso):1:1"])
    }

    @Test func blankTitleSaysBlankNotWrongType() throws {
        let blank = SampleRoadmap.edit(sso, "title: Milestone M-sso", "title: \"  \"")
        let diagnostics = try lint(
            SampleRoadmap.files.merging(blank.compactMapValues { $0 }) { _, new in new },
            configuration: SampleRoadmap.configuration, today: SampleRoadmap.today)
        #expect(diagnostics.map(\.rule) == ["schema"])
        #expect(diagnostics.first?.message == "'title' is blank; write a one-line title")
    }

    @Test func quotedNumberSaysItIsAString() throws {
        let quoted = SampleRoadmap.edit(sso, "estimate: 6", "estimate: \"6\"")
        let diagnostics = try lint(
            SampleRoadmap.files.merging(quoted.compactMapValues { $0 }) { _, new in new },
            configuration: SampleRoadmap.configuration, today: SampleRoadmap.today)
        #expect(
            diagnostics.map(\.message) == ["'estimate' must be a positive number of team-weeks; found \"6\" (a string)"]
        )
    }

    // MARK: - Dependencies

    @Test func twoCyclesSharingAMilestoneAreOneDiagnosticNamingEveryMember() throws {
        var changes = SampleRoadmap.edit(retries, "due: 2027-02-26", "due: 2027-02-26\ndepends_on: [M-ledger, M-sso]")
        changes.merge(SampleRoadmap.edit(sso, "due: 2027-03-20", "due: 2027-03-20\ndepends_on: [M-retries]")) {
            _, new in new
        }
        let diagnostics = try lint(
            SampleRoadmap.files.merging(changes.compactMapValues { $0 }) { _, new in new },
            configuration: SampleRoadmap.configuration, today: SampleRoadmap.today)
        #expect(
            diagnostics.map { "\($0.rule) \($0.path):\($0.line):\($0.column)" } == ["dependency-cycle \(ledger):14:14"])
        let message = diagnostics.first?.message ?? ""
        #expect(message.contains("M-ledger → M-retries → M-ledger"))
        #expect(message.contains("M-ledger, M-retries, M-sso"))
    }

    @Test func dependencyOrderIsSilentOnTheEdgesOfACycle() throws {
        // M-retries (due Feb) depends on M-ledger (due Mar) inside a cycle: the cycle is the one problem.
        let cycle = SampleRoadmap.edit(retries, "due: 2027-02-26", "due: 2027-02-26\ndepends_on: [M-ledger]")
        let found = try SampleRoadmap.diagnostics(cycle)
        #expect(found == ["dependency-cycle \(ledger):14:14"])
    }

    // MARK: - Roadmap-wide rules cannot be disabled per item

    @Test(arguments: ["capacity-split", "capacity-total", "review-overdue", "parse-error"])
    func disablingARoadmapWideRuleInAnItemIsASchemaError(_ rule: String) throws {
        let disable = SampleRoadmap.edit(
            sso, "due: 2027-03-20", "due: 2027-03-20\nrmlint-disable: {\(rule): \"big deal\"}")
        let found = try SampleRoadmap.diagnostics(disable)
        #expect(found == ["schema \(sso):13:18"])
    }

    @Test func columnsCountUnicodeCodePoints() throws {
        // "M😀" is 1 letter + 1 code point (2 UTF-16 units, 4 bytes): M-nope starts at column 25.
        let links = SampleRoadmap.edit(ledger, "depends_on: [M-retries]", "depends_on: [M-retries, M😀, M-nope]")
        let found = try SampleRoadmap.diagnostics(links)
        #expect(found == ["dangling-link \(ledger):14:25", "dangling-link \(ledger):14:29"])
    }

    @Test func periodThatDoesNotHoldDueIsASchemaErrorAtPeriod() throws {
        let contradicting = SampleRoadmap.edit(sso, "due: 2027-03-20", "due: 2027-03-20\nperiod: 2027-Q3")
        let found = try SampleRoadmap.diagnostics(contradicting)
        #expect(found == ["schema \(sso):13:9"])
    }

    @Test func monthPeriodInsideDueQuarterIsFine() throws {
        let month = SampleRoadmap.edit(sso, "due: 2027-03-20", "due: 2027-03-20\nperiod: 2027-03")
        let found = try SampleRoadmap.diagnostics(month)
        #expect(found == [])
    }
}
