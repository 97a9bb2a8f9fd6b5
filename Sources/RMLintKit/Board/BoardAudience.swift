/// Who a board is shown to, and so what it may show.
public enum BoardAudience: String, Sendable, CaseIterable {
    /// Now / Next / Later by theme, with owners, status, dates, backlog progress and dependencies.
    case team
    /// Themes → goals → milestones, the investment split per period, accuracy and the top risks.
    case leadership
    /// The customer-facing roadmap: product work only, titles and first paragraphs, no internals.
    case `public`
}
