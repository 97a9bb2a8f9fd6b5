import Foundation

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

    public init(workingDirectory: String, configurationFile: String? = nil, today: CalendarDate,
                paths: [String] = [], revision: RoadmapRevision = .workingTree) {
        self.workingDirectory = workingDirectory
        self.configurationFile = configurationFile
        self.today = today
        self.paths = paths
        self.revision = revision
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

    public init(diagnostics: [Diagnostic], itemCount: Int, notes: [String] = []) {
        self.diagnostics = diagnostics
        self.itemCount = itemCount
        self.notes = notes
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
        let roadmap = try workspace.loadRoadmap()
        let report = LintEngine().lint(roadmap, today: request.today)
        let filter = try PathFilter(paths: request.paths, workingDirectory: request.workingDirectory,
                                    root: workspace.root, folders: workspace.configuration.roadmap,
                                    configurationPath: workspace.configuration.path)
        let itemCount = filter.isEmpty ? roadmap.itemCount
            : roadmap.items.count { filter.includes(path: $0.path) } + roadmap.unreadable.count { filter.includes(path: $0.path) }
        return LintResult(diagnostics: report.diagnostics.filter(filter.includes), itemCount: itemCount, notes: report.notes)
    }
}
