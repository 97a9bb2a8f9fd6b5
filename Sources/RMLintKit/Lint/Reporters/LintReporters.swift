import RMLintCore
import RMLintGit
import RMLintRules

/// `rmlint lint --format`: every lint output format.
public enum LintReporters {
    public static let registry = ReporterRegistry<LintResult>([
        TextReporter.self,
        JSONReporter.self,
        SARIFReporter.self,
        GitHubReporter.self,
        JUnitReporter.self,
        CheckstyleReporter.self,
        GitLabReporter.self,
    ])
}
