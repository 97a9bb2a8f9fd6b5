import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=rule-id::message`. GitHub
/// shows only some of them as annotations, so every diagnostic also goes to the job summary
/// (``GitHubStepSummary``, when `GITHUB_STEP_SUMMARY` is set) and a note says how many are hidden.
public struct GitHubReporter: Reporter {
    public static let identifier = "github"
    private let summaryPath: String?

    public init(options: ReporterOptions = ReporterOptions()) {
        summaryPath = options.environment["GITHUB_STEP_SUMMARY"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Appends the job summary and says how many annotations GitHub will not show.
    public func finish(_ result: LintResult) -> [String] {
        var notes: [String] = []
        var written = false
        if let summaryPath {
            written = GitHubStepSummary.append(result, to: summaryPath)
            if !written { notes.append("cannot append to GITHUB_STEP_SUMMARY (\(summaryPath))") }
        }
        let hidden = GitHubStepSummary.hidden(result)
        guard hidden.errors + hidden.warnings > 0 else { return notes }
        let limit = GitHubStepSummary.annotationLimit
        let parts = [(hidden.errors, "error"), (hidden.warnings, "warning")].filter { $0.0 > 0 }.map {
            "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")"
        }
        notes.append(
            "GitHub shows \(limit) error and \(limit) warning annotations per step; \(parts.joined(separator: " and ")) will not be shown as annotations\(written ? " (all are in the job summary)" : "; every diagnostic is in the log above")"
        )
        return notes
    }

    public func report(_ result: LintResult) -> String {
        result.diagnostics.map { diagnostic in
            let command = diagnostic.severity == .error ? "error" : "warning"
            let properties =
                "file=\(escapeProperty(diagnostic.displayPath)),line=\(diagnostic.line),col=\(diagnostic.column),title=\(escapeProperty(diagnostic.rule))"
            return "::\(command) \(properties)::\(escapeData(diagnostic.message))\n"
        }.joined()
    }

    private func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private func escapeProperty(_ text: String) -> String {
        escapeData(text)
            .replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
    }
}
