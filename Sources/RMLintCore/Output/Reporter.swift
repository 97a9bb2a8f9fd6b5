/// An output format of one command's result — lint's diagnostics, a diff, a history report, a
/// diagram. One type per format, registered by ``identifier`` in its command's ``ReporterRegistry``.
public protocol Reporter<Subject>: Sendable {
    /// What the command produced.
    associatedtype Subject

    /// The name given to `--format`.
    static var identifier: String { get }

    init(options: ReporterOptions)

    /// The whole document for stdout (or the output file).
    func report(_ subject: Subject) -> String

    /// What the format writes besides its document (GitHub's job summary), and notes for stderr.
    /// Called once, after the document is written.
    func finish(_ subject: Subject) -> [String]
}

extension Reporter {
    public func finish(_ subject: Subject) -> [String] { [] }
}

/// What a reporter may know about where its output goes.
public struct ReporterOptions: Sendable {
    /// Colour the text (a terminal without `NO_COLOR`).
    public var color: Bool
    /// The process environment (`GITHUB_STEP_SUMMARY`, …).
    public var environment: [String: String]
    /// The file the document is written to or checked against, if any.
    public var destination: String?
    /// Warnings fail the run (`--strict`): formats that record pass or fail (JUnit) count them as failures.
    public var strict: Bool

    public init(
        color: Bool = false, environment: [String: String] = [:], destination: String? = nil, strict: Bool = false
    ) {
        self.color = color
        self.environment = environment
        self.destination = destination
        self.strict = strict
    }
}

/// The formats of one command, built from a list of reporter types. Adding a format is one file
/// (the reporter) and one line (its type in the list).
public struct ReporterRegistry<Subject>: @unchecked Sendable {
    public let reporters: [any Reporter<Subject>.Type]

    public init(_ reporters: [any Reporter<Subject>.Type]) { self.reporters = reporters }

    /// The `--format` names, in the list's order.
    public var identifiers: [String] { reporters.map { $0.identifier } }

    /// The reporter for `--format name`.
    public func reporter(named name: String, options: ReporterOptions = ReporterOptions()) -> (any Reporter<Subject>)? {
        reporters.first { $0.identifier == name }.map { $0.init(options: options) }
    }
}
