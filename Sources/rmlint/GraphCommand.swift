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
        abstract: "Draw the roadmap: themes -> goals -> milestones -> backlog, plus depends_on.",
        discussion:
            "With --output FILE.md, the diagram is a ```mermaid block between two marker comments: it replaces the block already there, or is appended, and no other text of the file changes. With --check FILE, exit 1 when the diagram committed there no longer matches the roadmap. Without --format, the format follows the file's extension (.dot or .gv: dot, .json: json, otherwise mermaid)."
    )

    @Argument(help: "Only draw these items (files or folders).", completion: .file())
    var paths: [String] = []

    @Option(
        help: ArgumentHelp(
            "Draw only this item's neighbourhood: what it serves, what serves it, and its dependencies.",
            valueName: "ID"))
    var focus: String?

    @Option(
        help: ArgumentHelp(
            "\(GraphReporters.registry.identifiers.joined(separator: ", ")) (mermaid renders in GitHub Markdown, dot in Graphviz; default: from the --output or --check file's extension, else mermaid).",
            valueName: "format"), completion: .list(GraphReporters.registry.identifiers))
    var format: String?

    @Option(help: ArgumentHelp("Write the diagram to this file.", valueName: "FILE"), completion: .file())
    var output: String?

    @Option(
        help: ArgumentHelp("Exit 1 when this file does not hold the current diagram.", valueName: "FILE"),
        completion: .file())
    var check: String?

    func run() throws {
        if output != nil, check != nil { throw UsageError("--output and --check cannot be used together") }
        let directory = FileManager.default.currentDirectoryPath
        let destination = output ?? check
        let format = self.format ?? destination.map(GraphReporters.format(forPath:)) ?? "mermaid"
        let reporter = try GraphReporters.registry.reporter(format, options: ReporterOptions(destination: destination))
        let (diagram, note) = try GraphRunner().run(
            GraphRequest(workingDirectory: directory, paths: paths, focus: focus))
        let text = reporter.report(diagram)
        if let note { Output.standardError("rmlint: note: \(note)\n") }
        if format == MermaidReporter.identifier, let size = MermaidReporter.sizeNote(text) {
            Output.standardError("rmlint: note: \(size)\n")
        }
        let inMarkdown = format == MermaidReporter.identifier && destination?.hasSuffix(".md") == true
        if let check {
            try self.check(check, holds: text, inMarkdown: inMarkdown, format: format)
            return
        }
        guard let output else { return Output.standardOutput(text) }
        guard inMarkdown else { return try OutputFile.write(text, to: output) }
        let existing = FileManager.default.contents(atPath: output).map(Array.init) ?? []
        if case .unclosed(let line) = MarkdownDiagramBlock.find(in: existing) {
            throw UsageError(unclosed(output, line: line))
        }
        try OutputFile.write(MarkdownDiagramBlock.update(existing, with: text) ?? existing, to: output)
    }

    /// Exit 1 (saying how to regenerate it) when `path` does not hold `text`.
    private func check(_ path: String, holds text: String, inMarkdown: Bool, format: String) throws {
        guard let data = FileManager.default.contents(atPath: path).map(Array.init) else {
            throw UsageError("\(path) does not exist; write it with rmlint graph \(arguments(format))--output \(path)")
        }
        let current: Bool
        if inMarkdown {
            let found = MarkdownDiagramBlock.find(in: data)
            if case .unclosed(let line) = found { throw UsageError(unclosed(path, line: line)) }
            if found == .none {
                Output.standardError(
                    "rmlint: \(path) holds no rmlint graph diagram; add one with: rmlint graph \(arguments(format))--output \(path)\n"
                )
                throw ExitCode(1)
            }
            current = MarkdownDiagramBlock.holds(data, text)
        } else {
            current = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n") == text
        }
        guard current else {
            Output.standardError(
                "rmlint: \(path) is out of date with the roadmap; regenerate it with: rmlint graph \(arguments(format))--output \(path)\n"
            )
            throw ExitCode(1)
        }
    }

    /// The message for a begin marker without its end marker.
    private func unclosed(_ path: String, line: Int) -> String {
        "\(path):\(line): the rmlint graph block opened here has no closing '\(MarkdownDiagramBlock.end)' line; add it after the diagram's closing ``` (nothing was written)"
    }

    /// The options that shaped the diagram, to repeat in the regenerate hint.
    private func arguments(_ format: String) -> String {
        var parts = paths.map { "'\($0)' " }
        if let focus { parts.append("--focus \(focus) ") }
        if self.format != nil { parts.append("--format \(format) ") }
        return parts.joined()
    }
}
