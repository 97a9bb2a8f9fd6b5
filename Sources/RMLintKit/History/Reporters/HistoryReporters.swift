import RMLintCore
import RMLintGit
import RMLintRules

/// `rmlint history --format`: every history output format.
public enum HistoryReporters {
    public static let registry = ReporterRegistry<HistoryReport>([
        HistoryTextReporter.self,
        HistoryJSONReporter.self,
        HistoryMarkdownReporter.self,
        HistoryHTMLReporter.self,
    ])
}
