import ArgumentParser
import Foundation
import RMLintCore
import RMLintGit
import RMLintKit
import RMLintRules

/// `rmlint init [--hooks] [--detect]`: a starter configuration and roadmap, or the convention of
/// the roadmap the repository already keeps; never overwrites a file.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented .rmlint.yml and one example item of each kind (never overwrites).")

    @Flag(help: "Also write .githooks/pre-commit and set core.hooksPath to .githooks.")
    var hooks = false

    @Flag(
        help:
            "Only write a .rmlint.yml for what the repository already keeps (a Backlog.md folder, a folder of front-matter in another vocabulary), never example items."
    )
    var detect = false

    func run() throws {
        let directory = FileManager.default.currentDirectoryPath
        let repository = try? GitRepository.discover(from: directory)
        let root = repository?.workTree.map(RepositoryLocator.canonical) ?? RepositoryLocator.root(from: directory)
        let initializer = ProjectInitializer(root: root, today: CalendarDate.todayUTC())
        let lines = try initializer.run(installHooks: hooks, repository: repository, detectOnly: detect)
        if RepositoryLocator.canonical(directory) != root {
            Output.standardError("rmlint: in the repository root \(root) (paths below are relative to it):\n")
        }
        for line in lines { Output.standardError("rmlint: \(line)\n") }
    }
}
