import RMLintCore

/// `rmlint review` for a terminal: the agenda, aligned tables.
public struct ReviewTextReporter: Reporter {
    public static let identifier = "text"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ review: ReviewReport) -> String {
        // Cells hold user text as written: control characters and bidi overrides are written out.
        ReviewLayout(
            section: { title, header, rows in
                HistoryTextReporter.section(title, header, rows.map { $0.map(TextSanitizer.escapeControlCharacters) })
            }, list: HistoryTextReporter.list,
            heading: { "\n== \($0) ==\n" }
        ).body(review)
    }
}
