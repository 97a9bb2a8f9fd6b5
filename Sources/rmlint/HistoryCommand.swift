import ArgumentParser
import Foundation
import RMLintCore
import RMLintGit
import RMLintKit
import RMLintRules

/// `rmlint history [REV]`: roadmap accuracy, drift and the delivery scorecard from git history.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Measure roadmap accuracy and drift from the first-parent history of REV.")

    @Argument(help: "The revision whose history is read (default HEAD).")
    var revision = "HEAD"

    @Option(name: .customLong("as-of"), help: "The date outcomes are judged at, YYYY-MM-DD (default: today in UTC).")
    var asOf: String?

    @Option(help: "List drift only from commits on or after this date, YYYY-MM-DD.")
    var since: String?

    @Option(help: "Days of grace after the committed due date.")
    var tolerance = 0

    @Option(
        help: ArgumentHelp(
            "\(HistoryReporters.registry.identifiers.joined(separator: ", ")) (html: one self-contained page).",
            valueName: "format"), completion: .list(HistoryReporters.registry.identifiers))
    var format = "text"

    @Option(help: "Write the report to this file instead of standard output.", completion: .file())
    var output: String?

    @Flag(help: "List drift of every item in text, markdown and html (default: milestones only; json lists all).")
    var allDrift = false

    @Flag(help: "Neither read nor write the incremental cache in the git directory (.git/rmlint/).")
    var noCache = false

    /// `rmlint history: 2500/5000 commits (12000/s)` on one line of a terminal's stderr.
    private static func progress(since start: UInt64) -> @Sendable (Int, Int) -> Void {
        { done, total in
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds &- start) / 1e9
            Output.standardError(
                "\rrmlint history: \(done)/\(total) commits (\(Int(Double(done) / max(elapsed, 0.001)))/s)")
        }
    }

    func run() throws {
        let reporter = try HistoryReporters.registry.reporter(format, options: ReporterOptions(destination: output))
        guard tolerance >= 0 else { throw UsageError("--tolerance must be 0 or more days; got \(tolerance)") }
        let sinceDate = try DateOption.parse(since, flag: "since")
        let asOfDate = try DateOption.parse(asOf, flag: "as-of") ?? CalendarDate.todayUTC()
        var report = try HistoryRunner().run(
            HistoryRequest(
                workingDirectory: FileManager.default.currentDirectoryPath, revision: revision,
                asOf: asOfDate, since: sinceDate, tolerance: tolerance, useCache: !noCache,
                progress: Output.isTerminal(2) ? Self.progress(since: DispatchTime.now().uptimeNanoseconds) : nil))
        if Output.isTerminal(2) { Output.standardError("\r\u{1B}[K") }
        report.listsAllDrift = allDrift
        let text = reporter.report(report)
        defer {
            for note in report.notes + reporter.finish(report) { Output.standardError("rmlint: note: \(note)\n") }
        }
        guard let output else { return Output.standardOutput(text) }
        try OutputFile.write(text, to: output)
    }
}
