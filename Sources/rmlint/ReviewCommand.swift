import ArgumentParser
import Foundation
import RMLintCore
import RMLintKit

/// `rmlint review [REV]`: the monthly roadmap review pack, from the repository alone.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract:
            "Prepare the roadmap review of a period: goals, progress, capacity, risks, health, forecast, priorities, decisions.",
        discussion:
            "The period runs from --since (default: review.last in the configuration at REV, else 30 days before --as-of) to --as-of (default: today in UTC), both inclusive, over REV's first-parent history (read through the history cache). --mark-reviewed then sets review.last to the as-of date in .rmlint.yml, changing nothing else in it."
    )

    @Argument(help: "The revision reviewed (default HEAD).")
    var revision = "HEAD"

    @Option(help: "The period's first day, YYYY-MM-DD.")
    var since: String?

    @Option(
        name: .customLong("as-of"),
        help: "The period's last day and the date outcomes are judged at (default: today in UTC).")
    var asOf: String?

    @Option(help: "Days ahead in which a committed milestone not yet in progress is at risk.")
    var horizon = 30

    @Option(help: "Days of grace after the committed due date.")
    var tolerance = 0

    @Option(
        help: ArgumentHelp(
            "\(ReviewReporters.registry.identifiers.joined(separator: ", ")) (html: one self-contained page that prints as a board pack).",
            valueName: "format"), completion: .list(ReviewReporters.registry.identifiers))
    var format = "text"

    @Option(help: "Write the review to this file instead of standard output.", completion: .file())
    var output: String?

    @Flag(help: "Set review.last to the as-of date in the working tree's .rmlint.yml (nothing else in it changes).")
    var markReviewed = false

    @Flag(help: "Neither read nor write the history cache in the git directory (.git/rmlint/).")
    var noCache = false

    func run() throws {
        let reporter = try ReviewReporters.registry.reporter(format, options: ReporterOptions(destination: output))
        guard tolerance >= 0 else { throw UsageError("--tolerance must be 0 or more days; got \(tolerance)") }
        guard horizon >= 0 else { throw UsageError("--horizon must be 0 or more days; got \(horizon)") }
        let directory = FileManager.default.currentDirectoryPath
        let review = try ReviewRunner().run(
            ReviewRequest(
                workingDirectory: directory, revision: revision, since: try DateOption.parse(since, flag: "since"),
                asOf: try DateOption.parse(asOf, flag: "as-of") ?? CalendarDate.todayUTC(), horizon: horizon,
                tolerance: tolerance, useCache: !noCache))
        let text = reporter.report(review)
        for note in review.history.notes { Output.standardError("rmlint: note: \(note)\n") }
        if let output {
            try OutputFile.write(text, to: output)
        } else {
            Output.standardOutput(text)
        }
        guard markReviewed else { return }
        let note = try ReviewMarker.markReviewed(
            root: RepositoryLocator.root(from: directory), date: review.period.asOf)
        Output.standardError("rmlint: note: \(note)\n")
    }
}
