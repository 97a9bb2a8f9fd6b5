import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// The monthly roadmap review of one revision over one period (SPEC §7): what was delivered,
/// missed, re-dated, dropped, added and removed in the period; what is at risk; capacity, owners,
/// accuracy, churn and lint problems; a forecast from the repository's own record; the questions
/// of priority the scores raise; and the decisions the meeting must take. Every number is read
/// from `history`'s analysis and the roadmap at the revision, with §5's definitions.
public struct ReviewReport: Sendable {
    package var revision: GitObjectID
    public var period: ReviewPeriod
    public var horizon: Int
    public var tolerance: Int
    package var granularity: PeriodGranularity
    package var unit: String

    package var goals: [GoalStatus] = []
    package var delivered: [Delivery] = []
    package var missed: [Miss] = []
    package var replanned: [Redate] = []
    package var dropped: [Drop] = []
    package var added: [String] = []
    package var removed: [String] = []
    package var scopeChanges: [ScopeChange] = []
    package var atRisk: [Risk] = []
    package var capacity: [CapacityRow] = []
    package var owners: [(owner: String, share: Double)] = []
    package var accuracy = HistoryReport.Counts()
    package var trend: [(period: Period, ratio: Double?)] = []
    package var churn: (commitments: Int, replanned: Int) = (0, 0)
    package var problems: (errors: Int, warnings: Int, byRule: [(rule: String, count: Int, files: [String])]) = (
        0, 0, []
    )
    package var forecast: [Forecast] = []
    /// The share of the forecast's sample delivered within tolerance: next period's accuracy if the record holds.
    package var expectedAccuracy: Double?
    package var priorities: [PriorityQuestion] = []
    /// Live milestones with all four scores (what the ranking rests on).
    package var ranked = 0
    package var decisions: [String] = []
    /// Titles by id (at the revision, or when last seen), for the readable formats.
    package var titles: [String: String] = [:]
    /// The history the review reads (for the HTML charts, drawn as `history` draws them).
    package var history: HistoryReport

    init(
        history: HistoryReport, revision facts: RevisionFacts, period: ReviewPeriod, horizon: Int
    ) {
        revision = history.revision
        self.history = history
        self.period = period
        self.horizon = horizon
        tolerance = history.tolerance
        granularity = history.granularity
        unit = history.unit
        for item in history.items { if let title = item.title { titles[item.id] = title } }
        for entry in history.entries where titles[entry.timeline.id] == nil {
            titles[entry.timeline.id] = entry.timeline.last.title
        }
        let revisionFacts = facts
        let facts = ReviewFacts(history: history, revision: revisionFacts, period: period, horizon: horizon)
        goals = facts.goals()
        (delivered, missed) = facts.outcomes()
        replanned = facts.redates()
        dropped = facts.drops()
        (added, removed) = facts.arrivals()
        scopeChanges = facts.scopeChanges()
        atRisk = facts.risks()
        capacity = facts.capacity()
        owners = facts.owners()
        (accuracy, trend) = facts.accuracy()
        churn = facts.churn(replanned: replanned)
        problems = (
            revisionFacts.errors, revisionFacts.warnings, revisionFacts.byRule.map { ($0.rule, $0.count, $0.files) }
        )
        (forecast, expectedAccuracy) = facts.forecast()
        priorities = facts.priorities()
        ranked = revisionFacts.ranked.count
        decisions = ReviewDecisions.questions(self)
    }

    /// `replanned / commitments`, rounded to 4 decimals; `nil` when nothing was committed.
    package var churnRatio: Double? {
        churn.commitments == 0 ? nil : HistoryScorecard.round(Double(churn.replanned) / Double(churn.commitments))
    }
}

extension ReviewReport {
    /// An active goal: its metric, due, and the milestones that serve it.
    package struct GoalStatus: Sendable {
        package var id: String
        package var title: String?
        package var metric: String?
        package var due: CalendarDate?
        package var pastDue: Bool
        /// Milestones linking the goal, by status (status name → count).
        package var milestones: [(status: String, count: Int)]
        /// The share of the estimated effort of those milestones that is done (`nil` without estimates).
        package var doneEffortShare: Double?
        /// No live milestone (not done, not dropped) serves it.
        package var unplanned: Bool
    }

    package struct Delivery: Sendable {
        package var id: String
        package var committedDue: CalendarDate
        package var deliveredOn: CalendarDate
        package var outcome: MilestoneTimeline.Outcome
        package var daysLate: Int
    }

    package struct Miss: Sendable {
        package var id: String
        package var committedDue: CalendarDate
        package var daysOverdue: Int
    }

    package struct Redate: Sendable {
        package var id: String
        package var commit: GitObjectID
        package var date: CalendarDate
        package var from: String?
        package var to: String?
        package var days: Int?
        package var reasons: [String]
    }

    package struct Drop: Sendable {
        package var id: String
        package var date: CalendarDate
        /// `dropped-reason` at the revision; `nil` for a milestone deleted instead.
        package var reason: String?
        package var deleted: Bool
    }

    package struct ScopeChange: Sendable {
        package var id: String
        package var field: String
        package var from: String?
        package var to: String?
        package var date: CalendarDate
    }

    package enum RiskReason: String, Sendable, CaseIterable {
        case overdue
        case dueSoonNotStarted = "due-soon-not-started"
        case dependsOnLater = "depends-on-later"
        case dependsOnOverdueOrDropped = "depends-on-overdue-or-dropped"
        case replannedRepeatedly = "replanned-repeatedly"
    }

    package struct Risk: Sendable {
        package var id: String
        package var why: RiskReason
        package var due: CalendarDate?
        /// The other milestones behind the reason (the dependencies), or the slips counted.
        package var detail: String
    }

    package struct CapacityRow: Sendable {
        package var period: Period
        package var tracks: [(track: String, effort: Decimal, percent: Double)]
        package var total: Decimal
        /// Against `capacity.split`: `nil` without a split.
        package var inSplit: Bool?
        /// The tracks outside their range, with it.
        package var outside: [(track: String, range: String)]
        /// `capacity.total` for the period, when configured.
        package var capacityTotal: Decimal?
        /// The split rests on an item that could not be read.
        package var uncertain: Bool
        /// Each track's share at the start of the review period, for the change since (percent).
        package var before: [String: Double] = [:]
    }

    package struct Forecast: Sendable {
        package var id: String
        package var committedDue: CalendarDate
        package var due: CalendarDate?
        package var p50: CalendarDate?
        package var p80: CalendarDate?
        package var track: String?
        package var deliveries: Int
    }

    package struct PriorityQuestion: Sendable {
        package enum Kind: String, Sendable {
            case moveUp = "move-up"
            case moveDown = "move-down"
            case remove
        }

        package var kind: Kind
        package var id: String
        package var theme: String?
        package var value: Int?
        /// The milestone it ranks above (move up), or how long it has been untouched (remove).
        package var other: String?
        package var days: Int?
    }
}
