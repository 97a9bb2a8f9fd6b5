import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// `lint --staged` against real repositories: only what is staged decides.
@Suite(.serialized) struct GitStagedTests {
    @Test func stagedGoodFileWithBrokenUnstagedEditPasses() throws {
        let repo = try GitFixture()
        try repo.write("roadmap/T-1.md", GitFixture.goodTheme)
        try repo.git("add", "roadmap")
        try repo.write("roadmap/T-1.md", GitFixture.badTheme)
        let result = try repo.lintStaged()
        #expect(result.errors == 0)
        #expect(result.itemCount == 1)
    }

    @Test func stagedBrokenFileWithFixedUnstagedEditFails() throws {
        let repo = try GitFixture()
        try repo.write("roadmap/T-1.md", GitFixture.badTheme)
        try repo.git("add", "roadmap")
        try repo.write("roadmap/T-1.md", GitFixture.goodTheme)
        let result = try repo.lintStaged()
        #expect(
            result.diagnostics.map { "\($0.path):\($0.line):\($0.column) [\($0.rule)]" } == [
                "roadmap/T-1.md:5:8 [single-owner]"
            ])
    }

    @Test func configurationIsReadFromTheIndex() throws {
        let repo = try GitFixture()
        try repo.write("plans/T-1.md", GitFixture.goodTheme)
        try repo.write(".rmlint.yml", "roadmap: [plans]\n")
        try repo.git("add", ".")
        try repo.write(".rmlint.yml", "roadmap: [elsewhere]\nnonsense: 1\n")
        #expect(try repo.lintStaged().itemCount == 1)
    }

    @Test func deletedAndStagedItemIsGoneFromTheGraph() throws {
        let repo = try GitFixture()
        try repo.write("roadmap/T-1.md", GitFixture.goodTheme)
        try repo.write("roadmap/B-1.md", GitFixture.backlog)
        try repo.git("add", ".")
        try repo.git("commit", "-qm", "start", "--no-verify")
        try repo.git("rm", "-q", "roadmap/T-1.md")
        let result = try repo.lintStaged()
        #expect(result.itemCount == 1)
        #expect(result.diagnostics.map(\.rule) == ["dangling-link"])
    }

    @Test func renamedItemIsReportedAtItsNewPath() throws {
        let repo = try GitFixture()
        try repo.write("roadmap/T-1.md", GitFixture.badTheme)
        try repo.git("add", ".")
        try repo.git("commit", "-qm", "start", "--no-verify")
        try repo.git("mv", "roadmap/T-1.md", "roadmap/themes-core.md")
        #expect(try repo.lintStaged().diagnostics.map(\.path) == ["roadmap/themes-core.md"])
    }

    @Test func worksFromASubfolderAndInAnEmptyRepository() throws {
        let repo = try GitFixture()
        try repo.write("roadmap/deep/T-1.md", GitFixture.badTheme)
        try repo.git("add", ".")
        let result = try repo.lintStaged(in: repo.root + "/roadmap/deep")
        #expect(result.diagnostics.map(\.path) == ["roadmap/deep/T-1.md"])
    }

    @Test func linkedWorktreeLintsItsOwnIndex() throws {
        let repo = try GitFixture()
        try repo.write("roadmap/T-1.md", GitFixture.goodTheme)
        try repo.git("add", ".")
        try repo.git("commit", "-qm", "start", "--no-verify")
        let worktree = repo.root + "-wt"
        defer { try? FileManager.default.removeItem(atPath: worktree) }
        try repo.git("worktree", "add", "-q", worktree)
        try Self.badTheme(into: worktree)
        try repo.git("add", "roadmap/T-1.md", in: worktree)
        #expect(try repo.lintStaged(in: worktree).errors == 1)
        #expect(try repo.lintStaged().errors == 0)
    }

    @Test func notARepositoryAndBareRepositoryAreUsageErrors() throws {
        let plain = FileManager.default.temporaryDirectory.appendingPathComponent("rmlint-plain-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: plain, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: plain) }
        let notARepository = #expect(throws: GitError.self) {
            try LintRunner().run(
                LintRequest(workingDirectory: plain, today: CalendarDate("2026-06-01")!, revision: .index))
        }
        #expect(notARepository?.message.hasPrefix("not a git repository (or any parent of ") == true)
        _ = try runProcess("/usr/bin/env", ["git", "init", "-q", "--bare", plain + "/bare.git"])
        let bare = #expect(throws: GitError.self) {
            try LintRunner().run(
                LintRequest(workingDirectory: plain + "/bare.git", today: CalendarDate("2026-06-01")!, revision: .index)
            )
        }
        #expect(bare?.message.hasPrefix("the repository is bare") == true)
    }

    @Test func corruptIndexIsAUsageError() throws {
        let repo = try GitFixture()
        try repo.write("roadmap/T-1.md", GitFixture.goodTheme)
        try repo.git("add", ".")
        try "DIRC garbage".write(toFile: repo.root + "/.git/index", atomically: true, encoding: .utf8)
        let corrupt = #expect(throws: GitError.self) { try repo.lintStaged() }
        #expect(
            corrupt?.message.hasSuffix(
                "the index may be corrupt (try 'git status', or 'rm .git/index && git reset' to rebuild it)") == true)
    }

    static func badTheme(into directory: String) throws {
        try GitFixture.badTheme.write(toFile: directory + "/roadmap/T-1.md", atomically: true, encoding: .utf8)
    }
}
