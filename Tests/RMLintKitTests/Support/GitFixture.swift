import Foundation

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// A throw-away repository built with the git CLI in a temporary folder.
final class GitFixture {
    let root: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("rmlint-git-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        root = RepositoryLocator.canonical(base)
        try git("init", "-q", "-b", "main")
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    static let environment = [
        "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "GIT_CONFIG_NOSYSTEM": "1", "HOME": FileManager.default.temporaryDirectory.path,
    ]

    @discardableResult
    func git(_ arguments: String..., in directory: String? = nil, environment: [String: String] = [:]) throws -> (
        exitCode: Int32, output: String, error: String
    ) {
        let result = try runProcess(
            "/usr/bin/env", ["git"] + arguments, in: directory ?? root,
            environment: GitFixture.environment.merging(environment) { _, new in new })
        return result
    }

    func write(_ path: String, _ text: String) throws {
        let url = URL(fileURLWithPath: root).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Lints the index as `rmlint lint --staged` run in `directory` would.
    func lintStaged(in directory: String? = nil) throws -> LintResult {
        try LintRunner().run(
            LintRequest(workingDirectory: directory ?? root, today: CalendarDate("2026-06-01")!, revision: .index))
    }

    static let goodTheme = "---\nid: T-1\nkind: theme\ntitle: Core\nowner: alice\n---\n"
    static let badTheme = "---\nid: T-1\nkind: theme\ntitle: Core\nowner: alice, bob\n---\n"
    static let backlog = "---\nid: B-1\nkind: backlog\ntitle: Tidy\ntheme: T-1\n---\n"
}

/// The `rmlint` binary built next to the tests.
func rmlintBinary() -> String {
    Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("rmlint").path
}
