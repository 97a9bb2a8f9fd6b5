import ArgumentParser
import Foundation
import RMLintCore
import RMLintKit

/// `rmlint board [REV]`: the roadmap shown to the team, to leadership or to customers.
struct BoardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board",
        abstract: "Render the roadmap at REV for an audience: team, leadership or public.",
        discussion:
            "team: Now / Next / Later of live milestones by theme, with owner, status, due, backlog progress and dependencies. leadership: themes, goals and milestones, the investment split per period, accuracy and the top risks. public: product-track milestones that are neither dropped nor tagged internal, with their titles and first paragraphs, the quarter of committed now work and no other date, and what shipped in the last 90 days; nothing else from the repository."
    )

    @Argument(help: "The revision shown (default HEAD).")
    var revision = "HEAD"

    @Option(help: "team, leadership or public.", completion: .list(BoardAudience.allCases.map(\.rawValue)))
    var audience = "team"

    @Option(
        help: ArgumentHelp(
            "\(BoardReporters.registry.identifiers.joined(separator: ", ")) (html: one self-contained page).",
            valueName: "format"), completion: .list(BoardReporters.registry.identifiers))
    var format = "markdown"

    @Option(name: .customLong("as-of"), help: "The date the board is drawn at (default: today in UTC).")
    var asOf: String?

    @Option(help: "Write the board to this file instead of standard output.", completion: .file())
    var output: String?

    @Flag(help: "Neither read nor write the history cache in the git directory (.git/rmlint/).")
    var noCache = false

    func run() throws {
        guard let audience = BoardAudience(rawValue: audience) else {
            throw UsageError("--audience must be team, leadership or public; got '\(audience)'")
        }
        let reporter = try BoardReporters.registry.reporter(format, options: ReporterOptions(destination: output))
        let board = try BoardRunner().run(
            BoardRequest(
                workingDirectory: FileManager.default.currentDirectoryPath, revision: revision, audience: audience,
                asOf: try DateOption.parse(asOf, flag: "as-of") ?? CalendarDate.todayUTC(), useCache: !noCache))
        let text = reporter.report(board)
        guard let output else { return Output.standardOutput(text) }
        try OutputFile.write(text, to: output)
    }
}
