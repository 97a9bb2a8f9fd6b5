import ArgumentParser
import Foundation
import RMLintCore
import RMLintGit
import RMLintKit
import RMLintRules

/// `rmlint diff [BASE [HEAD] | BASE...HEAD]`: what a change does to the roadmap.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract:
            "Show what a change does to the roadmap: items, capacity, and the lint problems it introduces and fixes.",
        discussion: """
            BASE defaults to HEAD~1 (HEAD with --staged or --working-tree) and HEAD to HEAD. Uncommitted edits are \
            compared with --working-tree (the files as they are) or --staged (the index). 'BASE...HEAD' compares HEAD with the merge \
            base of the two, as a pull request does: rmlint diff origin/main...HEAD --format markdown
            """)

    @Argument(help: ArgumentHelp("The revision before the change, or BASE...HEAD.", valueName: "BASE"))
    var base: String?

    @Argument(help: ArgumentHelp("The revision after the change (default HEAD).", valueName: "HEAD"))
    var head: String?

    @Flag(help: "Compare BASE (default HEAD) with the index: what the next commit will contain.")
    var staged = false

    @Flag(help: "Compare BASE (default HEAD) with the working tree: the files as they are, committed or not.")
    var workingTree = false

    @Option(
        help: ArgumentHelp(
            "\(DiffReporters.registry.identifiers.joined(separator: ", ")) (markdown: a pull-request comment, empty when the roadmap did not change).",
            valueName: "format"), completion: .list(DiffReporters.registry.identifiers))
    var format = "text"

    @Flag(help: "Exit 1 when the change introduces lint errors.")
    var failOnNew = false

    @Option(help: "The date rules treat as today, YYYY-MM-DD (default: today in UTC).")
    var today: String?

    func run() throws {
        let request = DiffRequest(
            workingDirectory: FileManager.default.currentDirectoryPath, base: base, head: head,
            staged: staged, workingTree: workingTree, today: try parseToday(today))
        let reporter = try DiffReporters.registry.reporter(format)
        let report = try DiffRunner().run(request)
        for note in report.notes { Output.standardError("rmlint: note: \(note)\n") }
        Output.standardOutput(reporter.report(report))
        for note in reporter.finish(report) { Output.standardError("rmlint: note: \(note)\n") }
        if failOnNew, report.introducedErrors > 0 {
            Output.standardError(
                "rmlint: the change introduces \(report.introducedErrors) error\(report.introducedErrors == 1 ? "" : "s")\n"
            )
            throw ExitCode(1)
        }
    }
}
