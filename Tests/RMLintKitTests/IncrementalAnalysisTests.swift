import Testing

@testable import RMLintCore
@testable import RMLintRules

/// A session that replaces one file's reading and lints again gets exactly what a fresh lint of the
/// edited roadmap gets, while decoding and item-checking only the edited file.
struct IncrementalAnalysisTests {
    private let ledger = "roadmap/milestones/M-ledger.md"
    private let today = CalendarDate(year: 2026, month: 11, day: 24)!

    private func load(_ files: [String: String], memo: DecodedBlobs? = nil) throws -> Roadmap {
        let configuration = try ConfigurationLoader.standard.load(
            Array(SampleRoadmap.configuration.utf8), path: ".rmlint.yml")
        return try RoadmapLoader(configuration: configuration).load(from: MemorySource(files), memo: memo)
    }

    private func described(_ report: LintEngine.Report) -> [String] {
        report.diagnostics.map { "\($0.rule) \($0.path):\($0.line):\($0.column) \($0.message)" }
    }

    @Test(arguments: [
        ("owner: frank", "owner: frank, erin"),  // an item rule's finding appears
        ("id: M-ledger", "id: M-retries"),  // a graph rule's (duplicate id)
        ("track: engineering", "track: product"),  // a roadmap-wide one (capacity split)
        ("theme: T-payments", "theme: T-gone"),  // a link breaks
    ])
    func oneEditGivesWhatAFreshLintGives(_ old: String, _ new: String) throws {
        let engine = LintEngine()
        let memo = ItemFindingsMemo()
        var roadmap = try load(SampleRoadmap.files)
        _ = engine.lint(roadmap, today: today, memo: memo)
        let before = memo.computed
        #expect(before == roadmap.items.count)

        let edited = SampleRoadmap.files.merging(SampleRoadmap.edit(ledger, old, new).compactMapValues { $0 }) { $1 }
        let bytes = Array((edited[ledger] ?? "").utf8)
        roadmap = roadmap.replacing(
            ItemDecoder(settings: ItemDecoder.Settings(roadmap.configuration)).read(bytes, path: ledger), at: ledger)
        let incremental = engine.lint(roadmap, today: today, memo: memo)
        let fresh = engine.lint(try load(edited), today: today)
        #expect(described(incremental) == described(fresh))
        #expect(incremental.notes == fresh.notes)
        #expect(!fresh.diagnostics.isEmpty)
        #expect(memo.computed == before + 1, "only the edited item is checked again by the item rules")
    }

    @Test func removingAndAddingAFileRebuildsTheGraph() throws {
        let roadmap = try load(SampleRoadmap.files)
        let removed = roadmap.replacing(nil, at: ledger)
        #expect(removed.items.count == roadmap.items.count - 1)
        #expect(removed.graph.item("M-ledger") == nil)
        let restored = removed.replacing(roadmap.readings.first { $0.path == ledger }?.reading, at: ledger)
        #expect(restored.items.map(\.path) == roadmap.items.map(\.path))
        #expect(restored.graph.item("M-ledger") === roadmap.graph.item("M-ledger"))
    }

    @Test func workingTreeFilesAreDecodedOncePerContent() throws {
        let memo = DecodedBlobs(keepsWorkingTree: true)
        let first = try load(SampleRoadmap.files, memo: memo)
        let parsed = memo.parsed
        #expect(parsed == SampleRoadmap.files.count)
        let edited = SampleRoadmap.files.merging(
            SampleRoadmap.edit(ledger, "owner: frank", "owner: erin").compactMapValues { $0 }
        ) { $1 }
        let second = try load(edited, memo: memo)
        #expect(memo.parsed == parsed + 1)
        let unchanged = "roadmap/milestones/M-sso.md"
        #expect(second.items.first { $0.path == unchanged } === first.items.first { $0.path == unchanged })
    }
}
