import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// The roadmap at a revision read through libgit2: a commit's tree, and an index mid-merge.
@Suite(.serialized) struct GitRevisionTests {
    @Test func roadmapAtACommitReadsThatCommitsItemsAndConfiguration() throws {
        let repo = try GitFixture()
        try repo.write("roadmap/T-1.md", GitFixture.goodTheme)
        try repo.write("roadmap/sub/B-1.md", GitFixture.backlog)
        try repo.git("add", ".")
        try repo.git("commit", "-qm", "first")
        try repo.write(".rmlint.yml", "roadmap: [plans]\n")
        try repo.write("plans/T-2.md", GitFixture.badTheme.replacingOccurrences(of: "T-1", with: "T-2"))
        try repo.git("add", ".")
        try repo.git("commit", "-qm", "second")

        let first = try Workspace.open(at: repo.root, revision: .commit("HEAD~1")).loadRoadmap()
        #expect(first.items.map(\.path) == ["roadmap/T-1.md", "roadmap/sub/B-1.md"])
        #expect(first.configuration.roadmap == ["roadmap"])
        let second = try Workspace.open(at: repo.root, revision: .commit("HEAD")).loadRoadmap()
        #expect(second.items.map(\.path) == ["plans/T-2.md"])
        #expect(second.configuration.roadmap == ["plans"])
        #expect(throws: UsageError.self) { try Workspace.open(at: repo.root, revision: .commit("no-such-branch")) }
    }

    @Test func conflictedItemIsReportedAsSuchNotAsDanglingLinks() throws {
        let repo = try GitFixture()
        try repo.write("roadmap/T-1.md", GitFixture.goodTheme)
        try repo.write("roadmap/B-1.md", GitFixture.backlog)
        try repo.git("add", ".")
        try repo.git("commit", "-qm", "base")
        try repo.git("checkout", "-qb", "other")
        try repo.write(
            "roadmap/T-1.md", GitFixture.goodTheme.replacingOccurrences(of: "title: Core", with: "title: Core platform")
        )
        try repo.git("commit", "-qam", "other title")
        try repo.git("checkout", "-q", "main")
        try repo.write(
            "roadmap/T-1.md", GitFixture.goodTheme.replacingOccurrences(of: "title: Core", with: "title: Core services")
        )
        try repo.git("commit", "-qam", "main title")
        #expect(try repo.git("merge", "-q", "other").exitCode != 0)

        let result = try repo.lintStaged()
        #expect(result.diagnostics.map { "\($0.rule) \($0.path):\($0.line)" } == ["parse-error roadmap/T-1.md:1"])
        #expect(result.diagnostics.first?.message.contains("unresolved merge conflict") == true)
        #expect(result.diagnostics.first?.item == "T-1")
    }
}
