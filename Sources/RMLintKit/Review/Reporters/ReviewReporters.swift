import RMLintCore

/// `rmlint review --format`: every review output format.
public enum ReviewReporters {
    public static let registry = ReporterRegistry<ReviewReport>([
        ReviewTextReporter.self,
        ReviewJSONReporter.self,
        ReviewMarkdownReporter.self,
        ReviewHTMLReporter.self,
    ])
}
