import ArgumentParser
import Foundation
import RMLintCore
import RMLintKit

/// `rmlint schema`: the JSON Schema of roadmap front-matter in the repository's convention.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of roadmap front-matter in this repository's words (its convention).")

    func run() throws {
        let directory = FileManager.default.currentDirectoryPath
        let configuration = try Workspace.open(at: directory, revision: .workingTree).configuration
        Output.standardOutput(ConventionSchema.document(for: configuration).rendered() + "\n")
    }
}
