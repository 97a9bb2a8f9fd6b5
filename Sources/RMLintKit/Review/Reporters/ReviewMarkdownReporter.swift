import RMLintCore

/// `rmlint review --format markdown`: the agenda for a wiki page, an issue or a job summary, with
/// user text escaped as in `diff`'s comment (``MarkdownText``).
public struct ReviewMarkdownReporter: Reporter {
    public static let identifier = "markdown"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ review: ReviewReport) -> String {
        "# Roadmap review\n\n"
            + ReviewLayout(
                section: HistoryMarkdownReporter.section, list: HistoryMarkdownReporter.list,
                heading: { "\n## \($0)\n" }
            ).body(review)
    }
}
