import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// What `--format github` adds beside the workflow commands: GitHub shows at most 10 error and 10
/// warning annotations per step and drops the rest silently, so every diagnostic also goes to the
/// job summary (`GITHUB_STEP_SUMMARY`) as Markdown, and stderr says how many annotations are hidden.
package enum GitHubStepSummary {
    /// Annotations GitHub shows per step, for each of errors and warnings.
    package static let annotationLimit = 10
    /// GitHub refuses a step's summary over 1 MiB; stay well below it.
    static let summaryLimit = 900_000

    /// Errors and warnings beyond what GitHub shows as annotations.
    package static func hidden(_ result: LintResult) -> (errors: Int, warnings: Int) {
        let errors = result.diagnostics.count { $0.severity == .error }
        let warnings = result.diagnostics.count { $0.severity == .warning }
        return (max(0, errors - annotationLimit), max(0, warnings - annotationLimit))
    }

    /// The job summary: a line of counts, then a table of every diagnostic.
    package static func markdown(_ result: LintResult) -> String {
        let counts =
            "\(result.itemCount) item\(result.itemCount == 1 ? "" : "s"), \(result.errors) error\(result.errors == 1 ? "" : "s"), \(result.warnings) warning\(result.warnings == 1 ? "" : "s")"
        let baselined =
            result.baselined == 0
            ? ""
            : ", \(result.baselined) more in the baseline"
        var text = "### rmlint: \(result.errors > 0 ? "❌" : "✅") \(counts)\(baselined)\n\n"
        guard !result.diagnostics.isEmpty else {
            guard result.baselined > 0 else { return text + "The roadmap is clean.\n\n" }
            return text
                + "No new problems. \(result.baselined) known problem\(result.baselined == 1 ? " is" : "s are") hidden by the baseline; fix \(result.baselined == 1 ? "it" : "them") and shrink it with --write-baseline.\n\n"
        }
        text += "| Severity | Where | Problem | Rule |\n|---|---|---|---|\n"
        for (index, diagnostic) in result.diagnostics.enumerated() {
            let severity = diagnostic.severity == .error ? "❌ error" : "⚠️ warning"
            let place = MarkdownText.code("\(diagnostic.displayPath):\(diagnostic.line):\(diagnostic.column)")
            let row = "| \(severity) | \(place) | \(MarkdownText.escape(diagnostic.message)) | `\(diagnostic.rule)` |\n"
            guard text.utf8.count + row.utf8.count < summaryLimit else {
                return text
                    + "\n\(result.diagnostics.count - index) more diagnostics are in the step's log (a job summary holds at most 1 MiB).\n\n"
            }
            text += row
        }
        return text + "\n"
    }

    /// Appends the summary to the file GitHub names; false when it cannot be written.
    package static func append(_ result: LintResult, to path: String) -> Bool {
        guard
            let handle = FileHandle(forWritingAtPath: path)
                ?? (FileManager.default.createFile(atPath: path, contents: nil)
                    ? FileHandle(forWritingAtPath: path) : nil)
        else { return false }
        defer { try? handle.close() }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(markdown(result).utf8))
            return true
        } catch {
            return false
        }
    }
}
