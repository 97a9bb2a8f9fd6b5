import RMLintCore
import RMLintGit
import RMLintRules

/// Compiler-style lines: `path:line:col: severity: message [rule-id]`.
public struct TextReporter: Reporter {
    public static let identifier = "text"
    public var color: Bool

    public init(options: ReporterOptions = ReporterOptions()) { color = options.color }

    public func report(_ result: LintResult) -> String {
        result.diagnostics.map(line).joined()
    }

    private func line(_ diagnostic: Diagnostic) -> String {
        let path = diagnostic.displayPath
        let location = "\(path):\(diagnostic.line):\(diagnostic.column):"
        let severity = diagnostic.severity.rawValue + ":"
        guard color else {
            return "\(location) \(severity) \(diagnostic.message) [\(diagnostic.rule)]\n"
        }
        let tint = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
        return
            "\u{1B}[1m\(location)\u{1B}[0m \(tint)\(severity)\u{1B}[0m \(diagnostic.message) \u{1B}[2m[\(diagnostic.rule)]\u{1B}[0m\n"
    }
}
