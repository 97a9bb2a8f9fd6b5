import RMLintCore

/// `rmlint board --format`: every board output format.
public enum BoardReporters {
    public static let registry = ReporterRegistry<BoardReport>([
        BoardMarkdownReporter.self,
        BoardHTMLReporter.self,
        BoardJSONReporter.self,
    ])
}
