import RMLintCore
import RMLintGit
import RMLintRules

/// `rmlint diff --format`: every diff output format.
public enum DiffReporters {
    public static let registry = ReporterRegistry<DiffReport>([
        DiffTextReporter.self,
        DiffJSONReporter.self,
        DiffMarkdownReporter.self,
    ])
}
