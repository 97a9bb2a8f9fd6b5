import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// The commit walk and tree reads of the git layer, on real repositories.
@Suite(.serialized) struct GitHistoryTests {
    @Test func firstParentWalkIsOldestFirstAndReadsBlobsAtEachCommit() throws {
        let repo = try GitFixture()
        try repo.write("roadmap/T-1.md", GitFixture.goodTheme)
        try repo.git("add", ".")
        try repo.git("commit", "-qm", "one", "--no-verify")
        try repo.git("checkout", "-qb", "side")
        try repo.write("roadmap/side.md", "side\n")
        try repo.git("add", ".")
        try repo.git("commit", "-qm", "side", "--no-verify")
        try repo.git("checkout", "-q", "main")
        try repo.write("roadmap/T-1.md", GitFixture.badTheme)
        try repo.git("commit", "-qam", "two", "--no-verify")
        try repo.git("merge", "-q", "--no-ff", "-m", "merge", "side")
        let repository = try GitRepository.discover(from: repo.root)
        let history = try repository.firstParentHistory()
        #expect(history.count == 3)
        #expect(history.map(\.parentCount) == [0, 1, 2])
        let first = try #require(try repository.entryID(at: "roadmap/T-1.md", in: history[0].id))
        #expect(String(decoding: try repository.blob(first).bytes, as: UTF8.self) == GitFixture.goodTheme)
        #expect(try repository.entryID(at: "roadmap/side.md", in: history[0].id) == nil)
        #expect(
            try repository.entryID(at: "roadmap", in: history[1].id)
                != repository.entryID(at: "roadmap", in: history[0].id))
    }

    @Test func emptyRepositoryAndShallowCloneAreErrors() throws {
        let repo = try GitFixture()
        let repository = try GitRepository.discover(from: repo.root)
        #expect(repository.isEmpty)
        #expect(throws: GitError.self) { try repository.firstParentHistory() }
        try repo.write("a.md", "a\n")
        try repo.git("add", ".")
        try repo.git("commit", "-qm", "a", "--no-verify")
        try repo.write("a.md", "b\n")
        try repo.git("commit", "-qam", "b", "--no-verify")
        let clone = repo.root + "-shallow"
        defer { try? FileManager.default.removeItem(atPath: clone) }
        try repo.git("clone", "-q", "--depth", "1", "file://" + repo.root, clone)
        let shallow = try GitRepository.discover(from: clone)
        #expect(shallow.isShallow)
        #expect(throws: GitError.self) { try shallow.firstParentHistory() }
    }
}
