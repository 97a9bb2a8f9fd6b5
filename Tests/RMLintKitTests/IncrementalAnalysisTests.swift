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

    /// A session making edits one after another, each compared with a fresh lint of the files as they are then.
    private struct Session {
        let test: IncrementalAnalysisTests
        let engine = LintEngine()
        let memo = ItemFindingsMemo()
        var files = SampleRoadmap.files
        var roadmap: Roadmap

        init(_ test: IncrementalAnalysisTests) throws {
            self.test = test
            roadmap = try test.load(files)
            _ = engine.lint(roadmap, today: test.today, memo: memo)
        }

        /// Writes `content` at `path` (`nil` deletes it), lints incrementally and returns how many items the
        /// link rules checked again; records an issue when the result differs from a fresh lint.
        mutating func write(_ path: String, _ content: String?) throws -> Int {
            files[path] = content
            let decoder = ItemDecoder(settings: ItemDecoder.Settings(roadmap.configuration))
            roadmap.replace(content.map { decoder.read(Array($0.utf8), path: path) }, at: path)
            let before = memo.linkChecks
            let incremental = engine.lint(roadmap, today: test.today, memo: memo)
            let freshRoadmap = try test.load(files)
            let fresh = engine.lint(freshRoadmap, today: test.today)
            #expect(test.described(incremental) == test.described(fresh), "after writing \(path)")
            #expect(Self.describe(roadmap) == Self.describe(freshRoadmap), "after writing \(path)")
            #expect(incremental.notes == fresh.notes, "after writing \(path)")
            return memo.linkChecks - before
        }

        /// The graph's milestones and cycles and the capacity ledger, written out.
        static func describe(_ roadmap: Roadmap) -> [String] {
            let graph = roadmap.graph
            let cycles = graph.dependencies.cycles.map { cycle in
                cycle.path.map { graph.dependencies.milestone($0).path }.joined(separator: " → ")
            }
            let capacity = roadmap.capacity
            let periods = capacity.periods.sorted { $0.key < $1.key }.map { period, load in
                "\(period): \(load.total) "
                    + load.byTrack.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }.joined(separator: " ")
            }
            return graph.milestones.map(\.path) + graph.items.map { $0.itemID ?? "-" } + cycles + periods + [
                "uncertain totals \(capacity.uncertainTotals.all) \(capacity.uncertainTotals.periods.sorted())",
                "uncertain splits \(capacity.uncertainSplits.all) \(capacity.uncertainSplits.periods.sorted())",
                "uncertain in \(capacity.uncertainPaths)",
            ]
        }

        mutating func edit(_ path: String, _ old: String, _ new: String) throws -> Int {
            let content = files[path] ?? ""
            #expect(content.contains(old), "\(path) has no '\(old)'")
            return try write(path, content.replacingOccurrences(of: old, with: new))
        }
    }

    @Test func linkFindingsAreCheckedAgainWhereAnEditCanChangeThem() throws {
        var session = try Session(self)
        // Narrative only: the item itself, nothing that links it.
        #expect(try session.edit("roadmap/backlog/B-fees.md", "title: Task B-fees", "title: Fees") == 1)
        // A theme archived: what links it, and backlog two hops away (B-* → M-retries / M-ledger → T-payments).
        let archived = try session.edit("roadmap/themes/T-payments.md", "status: active", "status: archived")
        #expect(archived == 8, "T-payments, G-retention, M-retries, M-ledger, B-fees and three backlog items")
        #expect(try session.edit("roadmap/themes/T-payments.md", "status: archived", "status: active") == 8)
        // A milestone's theme moves to an archived one: its backlog follows.
        _ = try session.edit("roadmap/milestones/M-sso.md", "theme: T-enterprise", "theme: T-legacy")
        // A milestone renamed: the backlog and the dependency naming the old id now dangle.
        _ = try session.edit("roadmap/milestones/M-retries.md", "id: M-retries", "id: M-retried")
        _ = try session.edit("roadmap/milestones/M-retries.md", "id: M-retried", "id: M-retries")
        // A theme's file stops parsing (its id is still visible): links to it are unknown, then known again.
        let theme = session.files["roadmap/themes/T-enterprise.md"]
        _ = try session.write("roadmap/themes/T-enterprise.md", "---\nid: T-enterprise\nkind: theme\ntitle: [\n---\n")
        _ = try session.write("roadmap/themes/T-enterprise.md", theme)
        // Deleted, then added back.
        _ = try session.write("roadmap/themes/T-enterprise.md", nil)
        _ = try session.write("roadmap/themes/T-enterprise.md", theme)
        // An item whose kind and id cannot be read: every link to nothing may point at it.
        _ = try session.edit("roadmap/backlog/B-fees.md", "theme: T-payments", "theme: T-nothing")
        let unknownKind = try session.write("roadmap/backlog/B-new.md", "---\nkind: [\ntitle: x\n---\n")
        #expect(unknownKind == session.roadmap.items.count, "every item's links are checked again")
        _ = try session.write("roadmap/backlog/B-new.md", nil)
        // Capacity: an estimate, a track, a period, a milestone dropped, a track that cannot be read and back.
        let sso = "roadmap/milestones/M-sso.md"
        _ = try session.edit(sso, "estimate: 6", "estimate: 2.5")
        _ = try session.edit(sso, "track: product", "track: engineering")
        _ = try session.edit(sso, "due: 2027-03-20", "due: 2027-05-20")
        _ = try session.edit(sso, "status: committed", "status: dropped\ndropped_reason: superseded by M-ledger")
        _ = try session.edit(sso, "status: dropped\ndropped_reason: superseded by M-ledger", "status: committed")
        _ = try session.edit(sso, "track: engineering", "track: [engineering]")
        _ = try session.edit(sso, "track: [engineering]", "track: product")
        _ = try session.edit("roadmap/milestones/M-ledger.md", "estimate: 4", "estimate: 40")
        // Dependencies: a cycle made and broken; a narrative edit of a milestone on the cycle.
        _ = try session.edit("roadmap/milestones/M-retries.md", "horizon: now", "horizon: now\ndepends_on: [M-ledger]")
        _ = try session.edit("roadmap/milestones/M-ledger.md", "title: Milestone M-ledger", "title: Ledger\n# moved")
        _ = try session.edit("roadmap/milestones/M-retries.md", "horizon: now\ndepends_on: [M-ledger]", "horizon: now")
        // A duplicated id, then resolved.
        _ = try session.edit("roadmap/goals/G-enterprise.md", "id: G-enterprise", "id: G-retention")
        _ = try session.edit("roadmap/goals/G-enterprise.md", "id: G-retention", "id: G-enterprise")
        // A near miss suggests the theme it meant; the suggestion follows the themes there are.
        _ = try session.edit("roadmap/backlog/B-fees.md", "theme: T-nothing", "theme: T-enterprice")
        let enterprise = session.files["roadmap/themes/T-enterprise.md"]
        _ = try session.write("roadmap/themes/T-enterprise.md", nil)
        _ = try session.write("roadmap/themes/T-enterprise.md", enterprise)
        _ = try session.write(
            "roadmap/themes/T-enterprice2.md", "---\nid: T-enterprice2\nkind: theme\ntitle: X\nowner: dana\n---\n")
        // A milestone's id shared by a second file: its estimate becomes unknown to capacity, then known again.
        _ = try session.edit("roadmap/milestones/M-audit.md", "id: M-audit", "id: M-sso")
        _ = try session.edit("roadmap/milestones/M-sso.md", "estimate: 2.5", "estimate: 3")
        _ = try session.edit("roadmap/milestones/M-audit.md", "id: M-sso", "id: M-audit")
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
