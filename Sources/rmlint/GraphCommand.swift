import ArgumentParser
import Foundation
import RMLintCore
import RMLintGit
import RMLintKit
import RMLintRules

/// `rmlint graph`: the roadmap as a Mermaid, DOT or JSON diagram, written or checked against a file.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw the roadmap: themes → goals → milestones → backlog, plus depends_on.",
        discussion:
            "With --check FILE, exit 1 when the diagram committed there no longer matches the roadmap (a .md file holds Mermaid in a ```mermaid block)."
    )

    @Argument(help: "Only draw these items (files or folders).")
    var paths: [String] = []

    @Option(
        help: ArgumentHelp(
            "Draw only this item's neighbourhood: what it serves, what serves it, and its dependencies.",
            valueName: "ID"))
    var focus: String?

    @Option(
        help: ArgumentHelp(
            "\(GraphReporters.registry.identifiers.joined(separator: ", ")) (mermaid renders in GitHub Markdown, dot in Graphviz).",
            valueName: "format"), completion: .list(GraphReporters.registry.identifiers))
    var format = "mermaid"

    @Option(help: ArgumentHelp("Write the diagram to this file.", valueName: "FILE"))
    var output: String?

    @Option(help: ArgumentHelp("Exit 1 when this file does not hold the current diagram.", valueName: "FILE"))
    var check: String?

    func run() throws {
        if output != nil, check != nil { throw UsageError("--output and --check cannot be used together") }
        let directory = FileManager.default.currentDirectoryPath
        let reporter = try GraphReporters.registry.reporter(
            format, options: ReporterOptions(destination: output ?? check))
        let (diagram, note) = try GraphRunner().run(
            GraphRequest(workingDirectory: directory, paths: paths, focus: focus))
        let text = reporter.report(diagram)
        if let note { Output.standardError("rmlint: note: \(note)\n") }
        if let check {
            guard let data = FileManager.default.contents(atPath: check) else {
                throw UsageError(
                    "\(check) does not exist; write it with rmlint graph --format \(format) --output \(check)")
            }
            guard String(decoding: data, as: UTF8.self) == text else {
                Output.standardError(
                    "rmlint: \(check) is out of date with the roadmap; regenerate it with: rmlint graph \(arguments)--output \(check)\n"
                )
                throw ExitCode(1)
            }
            return
        }
        guard let output else { return Output.standardOutput(text) }
        do {
            try text.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            throw UsageError("cannot write \(output): \(error.localizedDescription)")
        }
    }

    /// The options that shaped the diagram, to repeat in the regenerate hint.
    private var arguments: String {
        var parts = paths.map { "'\($0)' " }
        if let focus { parts.append("--focus \(focus) ") }
        parts.append("--format \(format) ")
        return parts.joined()
    }
}
