import Foundation
import RMLintCore
import RMLintGit

/// The roadmap at a revision arranged for one audience (``BoardAudience``). Built from the same
/// review (history, the roadmap at the revision) as `rmlint review`; the public board keeps only
/// what a customer may see, and its cards carry nothing else (no id, owner, estimate, score,
/// metric, link or date but the quarter of committed `now` work).
public struct BoardReport: Sendable {
    public var audience: BoardAudience
    package var revision: GitObjectID
    package var asOf: CalendarDate

    /// One milestone on the board.
    package struct Card: Sendable {
        package var id: String?
        package var title: String
        package var horizon: Horizon?
        package var theme: String?
        package var themeTitle: String?
        package var owner: String?
        package var status: String?
        package var due: CalendarDate?
        /// Backlog items linking it: done and all, by estimate (count when none is estimated).
        package var progress: (done: Decimal, total: Decimal, unit: String)?
        package var dependsOn: [String] = []
        package var dependents: [String] = []
        /// The first paragraph of its narrative (public).
        package var narrative: String?
        /// The quarter of `due` (public: committed `now` work only).
        package var quarter: String?
    }

    /// Live milestones by horizon (team, public), in theme then id order.
    package var columns: [(horizon: Horizon, cards: [Card])] = []
    /// Product milestones delivered in the 90 days before `asOf` (public).
    package var recentlyShipped: [Card] = []

    /// Leadership: themes, their goals (with metric), and the milestones under each.
    package struct ThemeOutline: Sendable {
        package var id: String
        package var title: String?
        package var goals: [(id: String, title: String?, metric: String?, milestones: [Card])]
        /// Live milestones of the theme that serve no goal.
        package var unlinked: [Card]
    }

    package var themes: [ThemeOutline] = []
    /// Leadership: the share of estimated effort per track, per period from now on.
    package var investment: [ReviewReport.CapacityRow] = []
    package var accuracy: HistoryReport.Counts = HistoryReport.Counts()
    package var trend: [(period: Period, ratio: Double?)] = []
    /// Leadership: the first risks of the review, and how many there are.
    package var risks: [ReviewReport.Risk] = []
    package var riskCount = 0
    package var titles: [String: String] = [:]
}
