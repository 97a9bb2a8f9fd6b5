import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// Arranges a review's roadmap for one audience. The public board is built from a filtered list
/// of milestones and copies into its cards only titles, horizons, first paragraphs and quarters.
struct BoardBuilder {
    let revision: GitObjectID
    let asOf: CalendarDate
    /// The roadmap at the revision.
    let roadmap: Roadmap
    /// When each committed milestone was delivered (§5), for the public board's "recently shipped".
    let deliveries: [String: CalendarDate]
    /// The review of the revision, for leadership.
    let review: ReviewReport?
    let audience: BoardAudience
    /// The text of a file at the revision (for narratives).
    let text: (String) -> String?
    /// Milestones by id order, the live ones, what live work waits on each, and the backlog of each:
    /// worked out once, not per card.
    private let milestones: [RoadmapItem]
    private let live: [RoadmapItem]
    private let dependents: [String: [String]]
    private let backlog: [String: [RoadmapItem]]

    init(
        revision: GitObjectID, asOf: CalendarDate, roadmap: Roadmap, deliveries: [String: CalendarDate],
        review: ReviewReport?, audience: BoardAudience, text: @escaping (String) -> String?
    ) {
        self.revision = revision
        self.asOf = asOf
        self.deliveries = deliveries
        self.review = review
        self.roadmap = roadmap
        self.audience = audience
        self.text = text
        milestones = roadmap.items.filter { $0.kind == .milestone && $0.itemID != nil }.sorted {
            PathOrder.precedes($0.itemID ?? "", $1.itemID ?? "")
        }
        live = milestones.filter { $0.effectiveStatus != .done && $0.effectiveStatus != .dropped }
        var waiting: [String: [String]] = [:]
        for milestone in live {
            guard let id = milestone.itemID else { continue }
            for dependency in Set(milestone.dependsOn.map(\.value)) where dependency != id {
                waiting[dependency, default: []].append(id)
            }
        }
        dependents = waiting
        var byMilestone: [String: [RoadmapItem]] = [:]
        for item in roadmap.items where item.kind == .backlog && item.effectiveStatus != .dropped {
            if let milestone = item.milestone.value { byMilestone[milestone, default: []].append(item) }
        }
        backlog = byMilestone
    }

    func build() -> BoardReport {
        var board = BoardReport(audience: audience, revision: revision, asOf: asOf)
        switch audience {
        case .team:
            board.columns = columns(of: liveMilestones(), card: teamCard)
        case .public:
            let shown = liveMilestones().filter(isPublic)
            board.columns = columns(of: shown, card: publicCard)
            board.recentlyShipped = recentlyShipped().map(publicCard)
        case .leadership:
            guard let review else { return board }
            board.themes = outline(review)
            board.investment = review.capacity
            board.accuracy = review.history.accuracy
            board.trend = review.trend
            board.risks = Array(review.atRisk.prefix(10))
            board.riskCount = review.atRisk.count
            board.titles = review.titles
        }
        return board
    }

    private func liveMilestones() -> [RoadmapItem] { live }

    /// Product work a customer may see: the `product` track, not dropped, not tagged `internal`.
    private func isPublic(_ milestone: RoadmapItem) -> Bool {
        milestone.track.value == "product" && milestone.effectiveStatus != .dropped
            && !milestone.tags.contains { $0.value.lowercased() == "internal" }
    }

    /// Public milestones delivered in the 90 days before the as-of date, latest first.
    private func recentlyShipped() -> [RoadmapItem] {
        let delivered = deliveries
        let from = asOf.adding(days: -90)
        func deliveredOn(_ milestone: RoadmapItem) -> CalendarDate? {
            guard let id = milestone.itemID else { return nil }
            return delivered[id] ?? milestone.delivered.value
        }
        let shipped = milestones.filter { milestone in
            guard milestone.effectiveStatus == .done, isPublic(milestone), let on = deliveredOn(milestone) else {
                return false
            }
            return from <= on && on <= asOf
        }
        return shipped.sorted { left, right in
            let (a, b) = (deliveredOn(left), deliveredOn(right))
            return a != b ? (a ?? asOf) > (b ?? asOf) : PathOrder.precedes(left.itemID ?? "", right.itemID ?? "")
        }
    }

    private func columns(of items: [RoadmapItem], card: (RoadmapItem) -> BoardReport.Card) -> [(
        horizon: Horizon, cards: [BoardReport.Card]
    )] {
        Horizon.allCases.map { horizon in
            let cards = items.filter { $0.horizon.value == horizon }.map(card)
            return (
                horizon,
                audience == .public
                    ? cards : cards.sorted { ($0.theme ?? "", $0.id ?? "") < ($1.theme ?? "", $1.id ?? "") }
            )
        }
    }

    private func teamCard(_ milestone: RoadmapItem) -> BoardReport.Card {
        let id = milestone.itemID ?? ""
        let theme = milestone.theme.value
        var card = BoardReport.Card(
            id: id, title: milestone.title.value ?? id, horizon: milestone.horizon.value, theme: theme,
            themeTitle: theme.flatMap { roadmap.graph.item($0)?.title.value },
            owner: milestone.owner?.name
                ?? milestone.owner.map { _ in "several owners" },
            status: milestone.effectiveStatus?.rawValue, due: milestone.due.value)
        card.progress = progress(of: id)
        card.dependsOn = milestone.dependsOn.map(\.value)
        // What live work waits on it (not itself, not work done or dropped).
        card.dependents = dependents[id] ?? []
        return card
    }

    /// Only what a customer may see: the title, the horizon, the first paragraph, and the quarter
    /// of a committed `now` milestone's due.
    private func publicCard(_ milestone: RoadmapItem) -> BoardReport.Card {
        let committedNow =
            milestone.horizon.value == .now
            && (milestone.effectiveStatus == .committed || milestone.effectiveStatus == .inProgress)
        return BoardReport.Card(
            id: nil, title: milestone.title.value ?? "", horizon: milestone.horizon.value, theme: nil,
            themeTitle: nil, owner: nil, status: nil, due: nil,
            narrative: text(milestone.path).map(Narrative.firstParagraph(of:)),
            quarter: committedNow
                ? milestone.due.value.map { Period(containing: $0, granularity: .quarter).description } : nil)
    }

    /// Backlog items linking a milestone: done and all, by estimate (by count when none has one).
    private func progress(of id: String) -> (done: Decimal, total: Decimal, unit: String)? {
        guard let backlog = backlog[id], !backlog.isEmpty else { return nil }
        let estimated = backlog.allSatisfy { $0.estimate.value != nil }
        func weight(_ item: RoadmapItem) -> Decimal { estimated ? item.estimate.value ?? 0 : 1 }
        let done = backlog.filter { $0.effectiveStatus == .done }.reduce(Decimal(0)) { $0 + weight($1) }
        let total = backlog.reduce(Decimal(0)) { $0 + weight($1) }
        return (done, total, estimated ? roadmap.configuration.capacity.unit : "items")
    }

    private func outline(_ review: ReviewReport) -> [BoardReport.ThemeOutline] {
        let goals = review.goals
        return roadmap.items.filter { $0.kind == .theme && $0.effectiveStatus != .archived }.compactMap {
            theme -> BoardReport.ThemeOutline? in
            guard let id = theme.itemID else { return nil }
            let themeGoals = roadmap.items.filter { $0.kind == .goal && $0.theme.value == id }.compactMap { $0.itemID }
            let rows = themeGoals.compactMap { goalID -> (String, String?, String?, [BoardReport.Card])? in
                guard let goal = goals.first(where: { $0.id == goalID }) else { return nil }
                let serving = live.filter { $0.goals.contains { $0.value == goalID } }.map(teamCard)
                return (goalID, goal.title, goal.metric, serving)
            }
            let unlinked = live.filter { $0.theme.value == id && $0.goals.isEmpty }.map(teamCard)
            return BoardReport.ThemeOutline(
                id: id, title: theme.title.value, goals: rows.map { ($0.0, $0.1, $0.2, $0.3) }, unlinked: unlinked)
        }.sorted { PathOrder.precedes($0.id, $1.id) }
    }
}
