import Testing

@testable import RMLintCore
@testable import RMLintRules

/// Diagnostics carry what an editor needs beyond a position: the range of the text they are about,
/// the other places involved, and an edit when the fix is certain.
struct DiagnosticDetailTests {
    private let retries = "roadmap/milestones/M-retries.md"
    private let ledger = "roadmap/milestones/M-ledger.md"
    private let audit = "roadmap/milestones/M-audit.md"

    @Test func aDiagnosticSpansTheValueItIsAbout() throws {
        let found = try lint(
            SampleRoadmap.files.merging(
                SampleRoadmap.edit(ledger, "owner: frank", "owner: frank, erin").compactMapValues { $0 }
            ) { $1 },
            configuration: SampleRoadmap.configuration, today: SampleRoadmap.today)
        let owner = try #require(found.first { $0.rule == "single-owner" })
        #expect([owner.line, owner.column, owner.endLine, owner.endColumn] == [5, 8, 5, 19])
        // A missing field points at the start of the file, with no extent.
        let missing = try lint(
            SampleRoadmap.files.merging(SampleRoadmap.edit(ledger, "owner: frank\n", "").compactMapValues { $0 }) {
                $1
            },
            configuration: SampleRoadmap.configuration, today: SampleRoadmap.today)
        let none = try #require(missing.first { $0.rule == "single-owner" })
        #expect([none.line, none.column, none.endLine, none.endColumn] == [1, 1, 1, 1])
    }

    @Test func aDuplicatedIDNamesTheOtherFile() throws {
        let found = try lint(
            SampleRoadmap.files.merging(
                SampleRoadmap.edit(ledger, "id: M-ledger", "id: M-retries").compactMapValues { $0 }
            ) { $1 },
            configuration: SampleRoadmap.configuration, today: SampleRoadmap.today)
        let duplicates = found.filter { $0.rule == "duplicate-id" }
        #expect(duplicates.map(\.path) == [ledger, retries])
        #expect(
            duplicates.map { $0.related.map { "\($0.path):\($0.line):\($0.column)" } } == [
                ["\(retries):2:5"], ["\(ledger):2:5"],
            ])
        #expect(duplicates.allSatisfy { [$0.endLine, $0.endColumn] == [2, 14] })
    }

    @Test func aCycleTellsEveryFileInIt() throws {
        let cycle = SampleRoadmap.edit(retries, "metric:", "depends_on: [M-ledger]\nmetric:")
        let found = try lint(
            SampleRoadmap.files.merging(cycle.compactMapValues { $0 }) { $1 },
            configuration: SampleRoadmap.configuration, today: SampleRoadmap.today)
        let reported = try #require(found.first { $0.rule == "dependency-cycle" })
        #expect(reported.path == ledger)
        #expect(reported.related.map { "\($0.path):\($0.line):\($0.column)" } == ["\(retries):13:14"])
    }

    @Test func fakeCertaintyOffersToRemoveTheDate() throws {
        let dated = SampleRoadmap.edit(audit, "metric:", "due: 2027-09-30\nmetric:")
        let found = try lint(
            SampleRoadmap.files.merging(dated.compactMapValues { $0 }) { $1 },
            configuration: SampleRoadmap.configuration, today: SampleRoadmap.today)
        let later = try #require(found.first { $0.rule == "later-without-dates" })
        let edit = try #require(later.fix?.edits.first)
        #expect(later.fix?.title == "Remove the due date")
        #expect(
            [edit.startLine, edit.startColumn, edit.endLine, edit.endColumn] == [later.line, 1, later.line + 1, 1]
                && edit.newText.isEmpty)
        #expect(edit.path == audit)
    }
}
