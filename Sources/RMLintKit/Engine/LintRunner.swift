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
    /// Read items and configuration from the git index instead of the working tree.
    public var staged = false

    public init(workingDirectory: String, configurationFile: String? = nil, today: CalendarDate,
                paths: [String] = [], staged: Bool = false) {
        self.workingDirectory = workingDirectory
        self.configurationFile = configurationFile
        self.today = today
        self.paths = paths
        self.staged = staged
    }
}

/// The result of a lint: sorted diagnostics and how many items were read.
public struct LintResult: Sendable {
    public var diagnostics: [Diagnostic]
    public var itemCount: Int
    public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
}

/// Runs a lint from the command line's point of view: root, configuration, source, engine, PATH filter.
public struct LintRunner: Sendable {
    public init() {}

    public func run(_ request: LintRequest) throws -> LintResult {
        let workspace = try Workspace.open(request)
        let roadmap = try workspace.loadRoadmap()
        let diagnostics = LintEngine().lint(roadmap, configuration: workspace.configuration, today: request.today)
        let filter = try PathFilter(paths: request.paths, workingDirectory: request.workingDirectory,
                                    root: workspace.root, folders: workspace.configuration.roadmap,
                                    configurationPath: workspace.configuration.path)
        return LintResult(diagnostics: diagnostics.filter(filter.includes),
                          itemCount: filter.isEmpty ? roadmap.itemCount : roadmap.items.filter { filter.includes(path: $0.path) }.count
                              + roadmap.unreadable.filter { filter.includes(path: $0.path) }.count)
    }
}
