import RMLintCore

/// `rmlint review` for a terminal: the agenda, aligned tables.
public struct ReviewTextReporter: Reporter {
    public static let identifier = "text"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ review: ReviewReport) -> String {
        ReviewLayout(
            section: HistoryTextReporter.section, list: HistoryTextReporter.list,
            heading: { "\n== \($0) ==\n" }
        ).body(review)
    }
}
