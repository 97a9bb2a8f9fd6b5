/// An output format for lint results. One type per format, chosen by ``identifier``.
public protocol Reporter: Sendable {
    /// The name given to `--format`.
    static var identifier: String { get }
    /// The whole document for stdout.
    func report(_ result: LintResult) -> String
}

/// Every lint output format.
public enum ReporterRegistry {
    public static let identifiers = ["text", "json", "sarif", "github", "junit", "checkstyle", "gitlab"]

    /// The reporter for `--format`; `color` applies to `text` only.
    public static func reporter(named name: String, color: Bool = false) -> (any Reporter)? {
        switch name {
        case TextReporter.identifier: return TextReporter(color: color)
        case JSONReporter.identifier: return JSONReporter()
        case SARIFReporter.identifier: return SARIFReporter()
        case GitHubReporter.identifier: return GitHubReporter()
        case JUnitReporter.identifier: return JUnitReporter()
        case CheckstyleReporter.identifier: return CheckstyleReporter()
        case GitLabReporter.identifier: return GitLabReporter()
        default: return nil
        }
    }
}
