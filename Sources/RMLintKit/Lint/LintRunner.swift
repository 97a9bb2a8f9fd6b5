import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// A usage, configuration or repository problem: exit code 2.
public struct UsageError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// What `rmlint lint` was asked to do.
public struct LintRequest: Sendable {
    public var workingDirectory: String
    public var configurationFile: String?
    public var today: CalendarDate
    /// PATH arguments: only these items' diagnostics are printed and counted.
    public var paths: [String] = []
    /// Which version of the roadmap to lint.
    public var revision: RoadmapRevision
    /// `--base REV`: the revision the change rules compare with. Without it, `--staged` compares
    /// with `HEAD` when there is one, and a working-tree lint runs no change rules.
    public var base: String?
    /// `--baseline FILE`: problems recorded there are not reported.
    public var baseline: String?
    /// `--write-baseline FILE`: record every current problem there (the whole roadmap's, whatever PATHs narrow).
    public var writeBaseline: String?
    /// A roadmap with no items yet is no error (`--hook`: a repository that has no roadmap yet): the
    /// result is empty, with a note.
    public var allowsNoItems = false

    public init(
        workingDirectory: String, configurationFile: String? = nil, today: CalendarDate,
        paths: [String] = [], revision: RoadmapRevision = .workingTree, base: String? = nil,
        baseline: String? = nil, writeBaseline: String? = nil
    ) {
        self.baseline = baseline
        self.writeBaseline = writeBaseline
        self.workingDirectory = workingDirectory
        self.configurationFile = configurationFile
        self.today = today
        self.paths = paths
        self.revision = revision
        self.base = base
    }
}

/// The result of a lint: sorted diagnostics, how many items were read, and the true counts.
public struct LintResult: Sendable {
    /// The diagnostics to list (all of them, or the errors only with `--quiet`).
    public var diagnostics: [Diagnostic]
    public var itemCount: Int
    /// Errors and warnings found, whatever is listed.
    public let errors: Int
    public let warnings: Int
    /// Notes for stderr: checks held back because something could not be read.
    public var notes: [String]
    /// Problems a baseline hid (not in `diagnostics`, not counted as errors or warnings).
    public var baselined: Int
    /// The problems a baseline hid, among the files PATHs narrow to (JUnit lists them as skipped).
    public var hidden: [Diagnostic]

    public init(
        diagnostics: [Diagnostic], itemCount: Int, notes: [String] = [], baselined: Int = 0, hidden: [Diagnostic] = []
    ) {
        self.diagnostics = diagnostics
        self.itemCount = itemCount
        self.notes = notes
        self.baselined = baselined
        self.hidden = hidden
        errors = diagnostics.count { $0.severity == .error }
        warnings = diagnostics.count { $0.severity == .warning }
    }

    /// `--quiet`: list errors only, and with `strict` the warnings that fail the run too; counts stay true.
    public func quieted(strict: Bool) -> LintResult {
        var copy = self
        if !strict { copy.diagnostics.removeAll { $0.severity != .error } }
        return copy
    }
}

/// Runs a lint from the command line's point of view: root, configuration, source, engine, PATH filter.
public struct LintRunner: Sendable {
    public init() {}

    public func run(_ request: LintRequest) throws -> LintResult {
        let workspace = try Workspace.open(request)
        let memo = DecodedBlobs()
        let roadmap = try workspace.loadRoadmap(memo: memo, allowingNoItems: request.allowsNoItems)
        if roadmap.itemCount == 0 {
            return LintResult(
                diagnostics: [], itemCount: 0,
                notes: [
                    "no roadmap items yet in \(workspace.configuration.roadmap.joined(separator: ", ")); nothing to lint"
                ])
        }
        let base = try self.base(of: request, workspace: workspace, memo: memo)
        let branch = base.flatMap { tip in
            request.base.flatMap {
                Workspace.loadBaseBranch(
                    $0, at: request.workingDirectory, tip: tip, fallback: workspace.configuration, memo: memo)
            }
        }
        let report = LintEngine().lint(roadmap, base: base, baseBranch: branch, today: request.today)
        var (found, hidden, notes) = try applyBaseline(report, request: request)
        if let note = ForeignVocabulary.note(for: roadmap) { notes.append(note) }
        // Files the change deleted: named by PATH they still narrow, and diagnostics about them
        // (a deleted commitment) always show, since tools never pass deleted files as PATHs.
        let present = Set(roadmap.items.map(\.path) + roadmap.unreadable.map(\.path))
        let deleted = Set((base?.items.map(\.path) ?? []) + (base?.unreadable.map(\.path) ?? [])).subtracting(present)
        let filter = try PathFilter(
            paths: request.paths, workingDirectory: request.workingDirectory,
            root: workspace.root, folders: workspace.configuration.roadmap,
            configurationPath: workspace.configuration.path, deleted: deleted)
        let itemCount =
            filter.isEmpty
            ? roadmap.itemCount
            : roadmap.items.count { filter.includes(path: $0.path) }
                + roadmap.unreadable.count { filter.includes(path: $0.path) }
        let shows = { (diagnostic: Diagnostic) in filter.includes(diagnostic) || deleted.contains(diagnostic.path) }
        return LintResult(
            diagnostics: workspace.markStaged(found.filter(shows)), itemCount: itemCount, notes: notes,
            baselined: hidden.count, hidden: hidden.filter(shows))
    }

    /// Writes and applies baselines: `--write-baseline` records every problem of the roadmap (then
    /// none is new), `--baseline` hides the recorded ones and notes how many of them are fixed.
    private func applyBaseline(_ report: LintEngine.Report, request: LintRequest) throws -> (
        found: [Diagnostic], hidden: [Diagnostic], notes: [String]
    ) {
        var notes = report.notes
        func resolved(_ path: String) -> String { path.hasPrefix("/") ? path : request.workingDirectory + "/" + path }
        if let path = request.writeBaseline {
            let baseline = Baseline(report.diagnostics)
            try baseline.write(to: resolved(path))
            notes.append(
                "wrote \(baseline.fingerprints.count) problem\(baseline.fingerprints.count == 1 ? "" : "s") to the baseline \(path); commit it, and run with --baseline \(path) to report only new ones"
            )
            return ([], report.diagnostics, notes)
        }
        guard let path = request.baseline else { return (report.diagnostics, [], notes) }
        let (new, hidden, fixed) = try Baseline.load(resolved(path), shownAs: path).filter(report.diagnostics)
        if fixed > 0 {
            notes.append(
                "\(fixed) baselined problem\(fixed == 1 ? " is" : "s are") fixed; run --write-baseline \(path) to shrink the baseline"
            )
        }
        return (new, hidden, notes)
    }

    /// The roadmap the change rules compare with: `--base REV`, or `HEAD` for `--staged`.
    private func base(of request: LintRequest, workspace: Workspace, memo: DecodedBlobs) throws -> Roadmap? {
        if let expression = request.base {
            return try Workspace.loadBase(
                expression, at: request.workingDirectory, fallback: workspace.configuration, memo: memo)
        }
        guard request.revision == .index else { return nil }
        return try Workspace.loadHeadBase(at: request.workingDirectory, fallback: workspace.configuration, memo: memo)
    }
}
