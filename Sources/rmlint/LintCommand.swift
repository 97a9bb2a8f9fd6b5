import ArgumentParser
import Foundation
import RMLintCore
import RMLintGit
import RMLintKit
import RMLintRules

/// `rmlint lint`: check the roadmap against every rule.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint the roadmap (the default command).")

    enum ColorMode: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

    @Argument(
        help: "Only print diagnostics of these items (files or folders); the graph is always the whole roadmap.",
        completion: .file())
    var paths: [String] = []

    @Flag(
        help:
            "Read items and .rmlint.yml from the git index: what the commit will contain. Change rules compare it with HEAD."
    )
    var staged = false

    @Option(
        name: .customLong("base"),
        help: ArgumentHelp(
            "Compare the working tree with this revision: the change rules (replan-without-reason, committed-deleted, scope-cut-without-reason) run against it.",
            valueName: "REV"))
    var base: String?

    @Option(
        help: ArgumentHelp("Report only problems not recorded in this baseline file.", valueName: "FILE"),
        completion: .file(extensions: ["json"]))
    var baseline: String?

    @Option(
        name: .customLong("write-baseline"),
        help: ArgumentHelp(
            "Record every current problem in this file (by rule, item and field; no lines), for --baseline.",
            valueName: "FILE"), completion: .file(extensions: ["json"]))
    var writeBaseline: String?

    @Flag(
        help: ArgumentHelp(
            "For hook managers: lint the index when git runs the hook for a commit (git sets GIT_INDEX_FILE), the working tree otherwise (pre-commit run --all-files); a repository with no roadmap items yet passes."
        ))
    var hook = false

    @Option(
        help: "Configuration file (default: .rmlint.yml at the repository root).",
        completion: .file(extensions: ["yml", "yaml"]))
    var config: String?

    @Option(
        help: ArgumentHelp(
            "Output format: \(LintReporters.registry.identifiers.joined(separator: ", ")).",
            valueName: "format"), completion: .list(LintReporters.registry.identifiers))
    var format = "text"

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Flag(help: "Print errors only (with --strict, the warnings that fail the run too); the summary stays complete.")
    var quiet = false

    @Option(help: "The date rules treat as today, YYYY-MM-DD (default: today in UTC).")
    var today: String?

    @Option(help: "Colour text output: auto (on a terminal without NO_COLOR), always, never.")
    var color: ColorMode = .auto

    func run() throws {
        let reporter = try LintReporters.registry.reporter(
            format,
            options: ReporterOptions(color: useColor, environment: ProcessInfo.processInfo.environment, strict: strict))
        if staged, base != nil {
            throw UsageError(
                "--staged and --base cannot be used together: --staged already compares the index with HEAD")
        }
        if hook, staged || base != nil {
            throw UsageError("--hook chooses between the index and the working tree itself; drop --staged and --base")
        }
        let inCommit = ProcessInfo.processInfo.environment["GIT_INDEX_FILE"].map { !$0.isEmpty } ?? false
        var request = LintRequest(
            workingDirectory: FileManager.default.currentDirectoryPath, configurationFile: config,
            today: try parseToday(today), paths: paths, revision: staged || (hook && inCommit) ? .index : .workingTree,
            base: base, baseline: baseline, writeBaseline: writeBaseline)
        request.allowsNoItems = hook
        let result = try LintRunner().run(request)
        let failed = result.errors > 0 || (strict && result.warnings > 0)
        let listed = quiet ? result.quieted(strict: strict) : result
        Output.standardOutput(reporter.report(listed))
        for note in result.notes + reporter.finish(listed) { Output.standardError("rmlint: note: \(note)\n") }
        Output.standardError(summary(result))
        if failed { throw ExitCode(1) }
    }

    private var useColor: Bool {
        guard format == "text", ProcessInfo.processInfo.environment["NO_COLOR"].map({ $0.isEmpty }) ?? true else {
            return false
        }
        switch color {
        case .always: return true
        case .never: return false
        case .auto: return Output.isTerminal(1) && ProcessInfo.processInfo.environment["TERM"] != "dumb"
        }
    }

    private func summary(_ result: LintResult) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        let baselined = result.baselined > 0 ? " (\(result.baselined) baselined, not shown)" : ""
        return
            "rmlint: \(plural(result.itemCount, "item")), \(plural(result.errors, "error")), \(plural(result.warnings, "warning"))\(baselined)\n"
    }
}

/// `--today`, or today's UTC date.
func parseToday(_ text: String?) throws -> CalendarDate {
    guard let text else { return CalendarDate.todayUTC() }
    guard let date = CalendarDate(text) else {
        throw UsageError("--today must be a calendar date YYYY-MM-DD; got '\(text)'")
    }
    return date
}
