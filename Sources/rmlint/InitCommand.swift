import ArgumentParser
import RMLintKit

/// `rmlint init`: placeholder until the set-up command lands.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Write a starter .rmlint.yml and example items.")

    @Flag(help: "Also install the pre-commit hook.")
    var hooks = false

    func run() throws {
        throw UsageError("'rmlint init' is not available yet")
    }
}
