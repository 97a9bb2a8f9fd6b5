import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// A value rmlint cannot read is *unknown* everywhere — lint, `diff` and `history` — and the period a
/// milestone's effort falls in is decided once, so the commands never disagree about it.
struct UnknownValueTests {
    private let ledger = "roadmap/milestones/M-ledger.md"
    private let metric = "metric: {name: recovered payments, target: 40%, baseline: 0%}"

    private func lintSample(_ old: String, _ new: String) throws -> LintEngine.Report {
        let change = SampleRoadmap.edit(ledger, old, new)
        let files = SampleRoadmap.files.merging(change.compactMapValues { $0 }) { _, new in new }
        return try lintReport(
            files.mapValues { Array($0.utf8) }, configuration: SampleRoadmap.configuration, today: SampleRoadmap.today)
    }

    @Test(arguments: [
        ("metric: {name: recovered payments, target: [1, 2], baseline: 0%}", 13, 44, "metric.target"),
        ("metric: {name: [a], target: 40%, baseline: 0%}", 13, 16, "metric.name"),
    ])
    func unreadableMetricPartIsOneSchemaErrorNotAlsoMissing(
        _ written: String, _ line: Int, _ column: Int, _ field: String
    ) throws {
        let report = try lintSample(metric, written)
        #expect(
            report.diagnostics.map { "\($0.rule) \($0.path):\($0.line):\($0.column)" } == [
                "schema \(ledger):\(line):\(column)"
            ])
        #expect(report.diagnostics.first?.message.contains("'\(field)' must be") == true, "\(report.diagnostics)")
    }

    @Test func missingMetricTargetIsStillSmartMeasurable() throws {
        let report = try lintSample(metric, "metric: {name: recovered payments, target: , baseline: 0%}")
        #expect(
            report.diagnostics.map { "\($0.rule) \($0.path):\($0.line):\($0.column)" } == [
                "smart-measurable \(ledger):13:1"
            ])
    }

    @Test func diffDoesNotCallAnUnreadableTargetNone() throws {
        let repo = try ChangeGovernanceTests.repository()
        try ChangeGovernanceTests.edit(repo, ledger, "target: 40%", "target: [1, 2]")
        let report = try ChangeGovernanceTests.diff(repo)
        // The target became unreadable: a change to a value that cannot be read, never "none".
        #expect(
            report.changes.map { $0.fields.map { "\($0.field) \($0.before()) → \($0.after())" } } == [
                ["metric.target 40% → an unreadable value"]
            ])
        #expect(report.introduced.map { "\($0.rule) \($0.path):\($0.line)" } == ["schema \(ledger):13"])
        try ChangeGovernanceTests.edit(repo, ledger, "target: [1, 2]", "target: 45%")
        let fixed = try ChangeGovernanceTests.diff(repo)
        #expect(
            fixed.changes.map { $0.fields.map { "\($0.field) \($0.from ?? "none") → \($0.to ?? "none")" } } == [
                ["metric.target 40% → 45%"]
            ])
    }

    @Test func anInvalidDueIsShownAsWrittenOnTheSideWhereItIs() throws {
        let repo = try ChangeGovernanceTests.repository()
        try ChangeGovernanceTests.edit(repo, ledger, "due: 2027-03-31", "due: 2027-02-30")
        try repo.git("commit", "-qam", "a date that does not exist")
        try ChangeGovernanceTests.edit(repo, ledger, "due: 2027-02-30", "due: 2027-03-19")
        let report = try ChangeGovernanceTests.diff(repo)
        #expect(
            report.changes.map { $0.fields.map { "\($0.field) \($0.before()) → \($0.after())" } } == [
                ["due 2027-02-30 (invalid) → 2027-03-19"]
            ])
    }

    @Test func anInvalidPeriodLeavesCapacityUnknownInLintAndHistoryAlike() throws {
        // The period is unreadable, so the milestone could be in any period: lint does not judge the
        // split and says so; history must not count its estimate in the period of its due either.
        let report = try lintSample("depends_on: [M-retries]", "depends_on: [M-retries]\nperiod: 2027-Q5")
        #expect(report.diagnostics.map { "\($0.rule) \($0.path):\($0.line):\($0.column)" } == ["schema \(ledger):15:9"])
        #expect(report.notes.count == 1 && report.notes[0].contains(ledger), "\(report.notes)")

        let repo = try ChangeGovernanceTests.repository()
        try ChangeGovernanceTests.edit(
            repo, ledger, "depends_on: [M-retries]", "depends_on: [M-retries]\nperiod: 2027-Q5")
        try repo.git("commit", "-qm", "unreadable period")
        let history = try HistoryRunner().run(
            HistoryRequest(
                workingDirectory: repo.root, asOf: CalendarDate(year: 2026, month: 11, day: 24)!,
                useCache: false))
        let capacity = HistoryScorecard(history).capacity
        #expect(
            capacity.map {
                "\($0.period) \($0.tracks.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }) \($0.uncertain)"
            }
                == ["2027-Q1 [\"product=12\"] true"])
        let json = HistoryJSONReporter().report(history)
        #expect(json.contains("\"uncertain\": true"), "\(json)")
    }

    @Test func periodIsDecidedOnceForItemsAndSnapshots() throws {
        let cases: [(String, PeriodPlacement)] = [
            ("period: 2027-02\ndue: 2027-02-10", .period(.quarter(year: 2027, quarter: 1))),
            ("due: 2027-05-10", .period(.quarter(year: 2027, quarter: 2))),
            ("period: 2027-Q5\ndue: 2027-02-10", .unknown),
            ("due: 2027-02-30", .unknown),
            ("due:", .unknown),
            ("", .none),
        ]
        for (fields, expected) in cases {
            let text = "---\nid: M-1\nkind: milestone\n\(fields)\n---\n"
            guard case .item(let item) = ItemDecoder().read(Array(text.utf8), path: "m.md") else {
                Issue.record("\(fields) did not decode")
                continue
            }
            #expect(item.placement(granularity: .quarter) == expected, "\(fields)")
            #expect(ItemSnapshot(item)?.placement(granularity: .quarter) == expected, "\(fields)")
        }
    }
}
