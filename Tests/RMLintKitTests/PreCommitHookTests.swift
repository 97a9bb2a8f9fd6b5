import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// The hook as users get it: `rmlint init --hooks`, then real `git commit`s.
@Suite(.serialized) struct PreCommitHookTests {
    private func setUp() throws -> (GitFixture, [String: String]) {
        let repo = try GitFixture()
        let binary = rmlintBinary()
        let path =
            (binary as NSString).deletingLastPathComponent + ":"
            + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let environment = ["PATH": path]
        let initialized = try runProcess(binary, ["init", "--hooks"], in: repo.root, environment: environment)
        #expect(initialized.exitCode == 0, "\(initialized.error)")
        try repo.git("add", ".")
        let first = try repo.git("commit", "-qm", "roadmap", environment: environment)
        #expect(first.exitCode == 0, "the starter roadmap must lint clean: \(first.error)")
        return (repo, environment)
    }

    @Test func repositoryHookIsTheOneInitInstalls() throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let hook = try String(contentsOf: source.appendingPathComponent(".githooks/pre-commit"), encoding: .utf8)
        #expect(hook == PreCommitHook.script)
    }

    @Test func initWritesHookAndHooksPath() throws {
        let (repo, _) = try setUp()
        #expect(try repo.git("config", "core.hooksPath").output == ".githooks\n")
        #expect(FileManager.default.isExecutableFile(atPath: repo.root + "/.githooks/pre-commit"))
    }

    @Test func badStagedItemBlocksTheCommitWithDiagnostics() throws {
        let (repo, environment) = try setUp()
        try repo.write("roadmap/themes/T-2.md", GitFixture.badTheme.replacingOccurrences(of: "T-1", with: "T-2"))
        try repo.git("add", ".")
        let commit = try repo.git("commit", "-qm", "bad", environment: environment)
        #expect(commit.exitCode == 1)
        #expect(commit.error.contains("roadmap/themes/T-2.md:5:8: error: theme has 2 owners"))
    }

    @Test func fixedStagedItemWithBrokenUnstagedEditCommits() throws {
        let (repo, environment) = try setUp()
        try repo.write("roadmap/themes/T-2.md", GitFixture.goodTheme.replacingOccurrences(of: "T-1", with: "T-2"))
        try repo.git("add", ".")
        try repo.write("roadmap/themes/T-2.md", GitFixture.badTheme.replacingOccurrences(of: "T-1", with: "T-2"))
        #expect(try repo.git("commit", "-qm", "good", environment: environment).exitCode == 0)
    }

    @Test func partialCommitLintsTheTemporaryIndex() throws {
        let (repo, environment) = try setUp()
        // Staged: a bad T-2. Committed by path: only a good T-3, so git's temporary index has no T-2.
        try repo.write("roadmap/themes/T-2.md", GitFixture.badTheme.replacingOccurrences(of: "T-1", with: "T-2"))
        try repo.git("add", ".")
        try repo.write("roadmap/themes/T-3.md", GitFixture.goodTheme.replacingOccurrences(of: "T-1", with: "T-3"))
        try repo.git("add", "-N", "roadmap/themes/T-3.md")
        let partial = try repo.git("commit", "-qm", "only T-3", "roadmap/themes/T-3.md", environment: environment)
        #expect(partial.exitCode == 0, "\(partial.error)")
        // And the other way round: committing the bad file by path is blocked.
        let blocked = try repo.git("commit", "-qm", "T-2", "roadmap/themes/T-2.md", environment: environment)
        #expect(blocked.exitCode == 1)
        #expect(blocked.error.contains("T-2.md:5:8"))
    }

    @Test func initLeavesAForeignHooksPathAlone() throws {
        let repo = try GitFixture()
        try repo.git("config", "core.hooksPath", "tools/hooks")
        let result = try runProcess(rmlintBinary(), ["init", "--hooks"], in: repo.root)
        #expect(result.exitCode == 0)
        #expect(result.error.contains("already set to 'tools/hooks'"))
        #expect(try repo.git("config", "core.hooksPath").output == "tools/hooks\n")
    }

    @Test func initOutsideARepositoryWritesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rmlint-plain-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try runProcess(
            rmlintBinary(), ["init", "--hooks"], in: folder,
            environment: ["GIT_CEILING_DIRECTORIES": (folder as NSString).deletingLastPathComponent])
        #expect(result.exitCode == 2)
        #expect(result.error.contains("needs a git repository"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func initRefusesToDisableExistingHooks() throws {
        let repo = try GitFixture()
        let hook = repo.root + "/.git/hooks/pre-commit"
        try "#!/bin/sh\nexit 0\n".write(toFile: hook, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook)
        let result = try runProcess(rmlintBinary(), ["init", "--hooks"], in: repo.root)
        #expect(result.exitCode == 2)
        #expect(result.error.contains("active hooks in .git/hooks (pre-commit)"), "\(result.error)")
        #expect(try repo.git("config", "core.hooksPath").exitCode != 0)
        #expect(!FileManager.default.fileExists(atPath: repo.root + "/.rmlint.yml"))
        #expect(!FileManager.default.fileExists(atPath: repo.root + "/.githooks"))
    }

    @Test func initWritesNoHookWhereHooksPathPointsElsewhere() throws {
        let repo = try GitFixture()
        try repo.git("config", "core.hooksPath", "tools/hooks")
        let result = try runProcess(rmlintBinary(), ["init", "--hooks"], in: repo.root)
        #expect(result.exitCode == 0)
        #expect(result.error.contains("Add 'rmlint lint --staged' to 'tools/hooks/pre-commit'"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: repo.root + "/.githooks/pre-commit"))
    }

    @Test func absoluteHooksPathToGithooksIsTheSamePlace() throws {
        let repo = try GitFixture()
        try repo.git("config", "core.hooksPath", repo.root + "/.githooks")
        let result = try runProcess(rmlintBinary(), ["init", "--hooks"], in: repo.root)
        #expect(result.exitCode == 0)
        #expect(result.error.contains("wrote .githooks/pre-commit"), "\(result.error)")
        #expect(!result.error.contains("already set"))
    }

    @Test func hookRunsNoOtherProgramNamedRmlint() throws {
        let repo = try GitFixture()
        let bin = repo.root + "/fake-bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try
            "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'version 2.10.1 compiled: +mt'; exit 0; fi\ntouch \"$0.ran\"\n"
            .write(toFile: bin + "/rmlint", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin + "/rmlint")
        try repo.write(".githooks/pre-commit", PreCommitHook.script)
        let environment = ["PATH": bin + ":/usr/bin:/bin"]
        let result = try runProcess(
            "/bin/sh", [repo.root + "/.githooks/pre-commit"], in: repo.root, environment: environment)
        #expect(result.exitCode == 1)
        #expect(result.error.contains("is another program named rmlint"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: bin + "/rmlint.ran"))

        let ours = try runProcess(
            "/bin/sh", [repo.root + "/.githooks/pre-commit"], in: repo.root,
            environment: ["PATH": bin + ":/usr/bin:/bin", "RMLINT": rmlintBinary()])
        #expect(ours.error.contains("no roadmap items in the index"), "\(ours.error)")
    }
}

/// What `rmlint init --hooks` says where a platform team's repositories differ from the simple case.
struct InitHooksTests {
    @Test func aBareRepositoryIsRefusedAndNothingIsWritten() throws {
        let repo = try GitFixture()
        let bare = repo.root + "/server.git"
        try repo.git("init", "-q", "--bare", bare)
        let before = try FileManager.default.contentsOfDirectory(atPath: bare).sorted()
        let result = try runProcess(rmlintBinary(), ["init", "--hooks"], in: bare)
        #expect(result.exitCode == 2 && result.error.contains("is a bare repository"), "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: bare).sorted() == before)
        #expect(try repo.git("--git-dir", bare, "config", "core.hooksPath").exitCode != 0)
    }

    @Test func aKeptHookThatDoesNotRunRMLintSaysWhatToAdd() throws {
        let repo = try GitFixture()
        try repo.write(".githooks/pre-commit", "#!/bin/sh\nnpm test\n")
        let result = try runProcess(rmlintBinary(), ["init", "--hooks"], in: repo.root)
        #expect(result.exitCode == 0)
        #expect(
            result.error.contains(
                "kept .githooks/pre-commit (it exists) but it does not run rmlint: add 'rmlint lint --staged' to it"),
            "\(result.error)")
    }

    @Test func huskyUsersAreToldTheFileTheyEdit() throws {
        let repo = try GitFixture()
        try repo.git("config", "core.hooksPath", ".husky/_")
        let result = try runProcess(rmlintBinary(), ["init", "--hooks"], in: repo.root)
        #expect(
            result.error.contains("Add 'rmlint lint --staged' to '.husky/pre-commit' (husky runs it"), "\(result.error)"
        )
    }

    @Test func fromASubfolderInitSaysWhereItWrote() throws {
        let repo = try GitFixture()
        try FileManager.default.createDirectory(atPath: repo.root + "/docs/team", withIntermediateDirectories: true)
        let result = try runProcess(rmlintBinary(), ["init"], in: repo.root + "/docs/team")
        #expect(result.exitCode == 0)
        #expect(
            result.error.hasPrefix("rmlint: in the repository root \(repo.root) (paths below are relative to it):\n"),
            "\(result.error)")
        #expect(FileManager.default.fileExists(atPath: repo.root + "/.rmlint.yml"))
    }
}

/// `lint --hook`: what hook managers run.
struct LintHookModeTests {
    @Test func theIndexInACommitTheWorkingTreeOutsideOne() throws {
        let repo = try ChangeGovernanceTests.repository()
        let sso = repo.root + "/" + ChangeGovernanceTests.sso
        try String(contentsOfFile: sso, encoding: .utf8).replacingOccurrences(
            of: "owner: frank", with: "owner: frank, erin"
        ).write(toFile: sso, atomically: true, encoding: .utf8)  // on disk, not staged
        let arguments = ["lint", "--hook", "--today", "2026-06-01"]
        let outside = try runProcess(rmlintBinary(), arguments, in: repo.root)
        #expect(outside.exitCode == 1 && outside.output.contains("[single-owner]"), "\(outside.output)")
        let inCommit = try runProcess(
            rmlintBinary(), arguments, in: repo.root, environment: ["GIT_INDEX_FILE": repo.root + "/.git/index"])
        #expect(inCommit.exitCode == 0, "the index holds the clean file: \(inCommit.output)")
        let both = try runProcess(rmlintBinary(), arguments + ["--staged"], in: repo.root)
        #expect(both.exitCode == 2)
    }

    @Test func aRepositoryWithNoRoadmapYetPasses() throws {
        let repo = try GitFixture()
        try repo.write("README.md", "# A new project\n")
        let plain = try runProcess(rmlintBinary(), ["lint"], in: repo.root)
        #expect(plain.exitCode == 2, "a plain lint still says there are no items")
        let hook = try runProcess(rmlintBinary(), ["lint", "--hook"], in: repo.root)
        #expect(hook.exitCode == 0 && hook.error.contains("no roadmap items yet"), "\(hook.error)")
        // A configured folder that does not exist is still a mistake.
        try repo.write(".rmlint.yml", "roadmap: [plans]\n")
        #expect(try runProcess(rmlintBinary(), ["lint", "--hook"], in: repo.root).exitCode == 2)
    }
}
