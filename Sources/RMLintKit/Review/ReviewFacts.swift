import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// The review's sections computed from `history`'s analysis and the roadmap at the revision.
struct ReviewFacts {
    let history: HistoryReport
    let revision: RevisionFacts
    let period: ReviewPeriod
    let horizon: Int
    /// Milestones at the revision, by id.
    let snapshots: [String: ItemSnapshot]
    /// Committed milestones (§5), by id.
    let entries: [String: HistoryReport.Entry]
    /// The plan changes made in the period (commit date), oldest first.
    let events: [DriftEvent]
    /// Live milestones at the revision (not done, not dropped), in id order.
    let live: [ItemSnapshot]
    /// Every id the history has seen (a dependency gone from the revision was dropped).
    let seen: Set<String>

    init(history: HistoryReport, revision: RevisionFacts, period: ReviewPeriod, horizon: Int) {
        self.history = history
        self.revision = revision
        self.period = period
        self.horizon = horizon
        var snapshots: [String: ItemSnapshot] = [:]
        for item in history.items where item.kind == .milestone { snapshots[item.id] = item }
        self.snapshots = snapshots
        entries = Dictionary(history.entries.map { ($0.timeline.id, $0) }, uniquingKeysWith: { first, _ in first })
        events = history.drift.filter { period.contains($0.date) }
        live = snapshots.values.filter { $0.status != .done && $0.status != .dropped }.sorted {
            PathOrder.precedes($0.id, $1.id)
        }
        seen = Set(history.drift.map(\.id)).union(history.entries.map(\.timeline.id))
    }

    static func byID<T>(_ values: [T], _ id: (T) -> String, _ date: (T) -> CalendarDate) -> [T] {
        values.enumerated().sorted { a, b in
            let (left, right) = (id(a.element), id(b.element))
            if left != right { return PathOrder.precedes(left, right) }
            if date(a.element) != date(b.element) { return date(a.element) < date(b.element) }
            return a.offset < b.offset
        }.map(\.element)
    }

    // MARK: - Progress against the roadmap

    func outcomes() -> ([ReviewReport.Delivery], [ReviewReport.Miss]) {
        var delivered: [ReviewReport.Delivery] = []
        var missed: [ReviewReport.Miss] = []
        let tolerance = history.tolerance
        for entry in history.entries {
            let deadline = entry.commitment.due.adding(days: tolerance)
            switch entry.outcome {
            case .onTime, .late:
                guard let on = entry.timeline.deliveredOn, period.contains(on) else { continue }
                delivered.append(
                    ReviewReport.Delivery(
                        id: entry.timeline.id, committedDue: entry.commitment.due, deliveredOn: on,
                        outcome: entry.outcome, daysLate: entry.outcome == .late ? deadline.days(until: on) : 0))
            case .missed:
                guard deadline <= period.asOf else { continue }
                missed.append(
                    ReviewReport.Miss(
                        id: entry.timeline.id, committedDue: entry.commitment.due,
                        daysOverdue: deadline.days(until: period.asOf)))
            case .dropped, .open:
                continue
            }
        }
        return (
            Self.byID(delivered, \.id, \.deliveredOn), Self.byID(missed, \.id, \.committedDue)
        )
    }

    /// Every move of a committed milestone's `due` after its commitment, made in the period.
    func redates() -> [ReviewReport.Redate] {
        var reached: Set<String> = []
        var found: [ReviewReport.Redate] = []
        for event in history.drift {
            guard let entry = entries[event.id] else { continue }
            if event.commit == entry.commitment.commit {
                reached.insert(event.id)
                continue
            }
            // A move from one valid date to another (§5's `due`); a due made unreadable or removed is not one.
            guard reached.contains(event.id), case .field(let change) = event.change, change.field == "due",
                change.days != nil, period.contains(event.date)
            else { continue }
            found.append(
                ReviewReport.Redate(
                    id: event.id, commit: event.commit, date: event.date, from: change.from, to: change.to,
                    days: change.days, reasons: change.reasons))
        }
        return Self.byID(found, \.id, \.date)
    }

    /// Milestones that became `dropped`, or were deleted, in the period.
    func drops() -> [ReviewReport.Drop] {
        let reasons = revision.droppedReasons
        var found: [ReviewReport.Drop] = []
        for event in events where event.kind == .milestone {
            switch event.change {
            case .field(let change) where change.field == "status" && change.to == ItemStatus.dropped.rawValue:
                found.append(
                    ReviewReport.Drop(id: event.id, date: event.date, reason: reasons[event.id], deleted: false))
            case .removed:
                found.append(ReviewReport.Drop(id: event.id, date: event.date, reason: nil, deleted: true))
            default:
                continue
            }
        }
        return Self.byID(found, \.id, \.date)
    }

    /// Ids (of any kind) that appeared, and that disappeared, in the period.
    func arrivals() -> ([String], [String]) {
        var added: Set<String> = []
        var removed: Set<String> = []
        for event in events {
            switch event.change {
            case .added: added.insert(event.id)
            case .removed: removed.insert(event.id)
            case .field: continue
            }
        }
        return (added.sorted(by: PathOrder.precedes), removed.sorted(by: PathOrder.precedes))
    }

    /// Milestones' `metric.target` and `estimate` changed in the period: scope moved.
    func scopeChanges() -> [ReviewReport.ScopeChange] {
        let found: [ReviewReport.ScopeChange] = events.compactMap { event in
            guard event.kind == .milestone, case .field(let change) = event.change,
                change.field == "metric.target" || change.field == "estimate"
            else { return nil }
            return ReviewReport.ScopeChange(
                id: event.id, field: change.field, from: change.from, to: change.to, date: event.date)
        }
        return Self.byID(found, \.id, \.date)
    }

    // MARK: - Goals

    func goals() -> [ReviewReport.GoalStatus] {
        revision.goals.map { goal in
            let due = goal.due.flatMap(CalendarDate.init)
            return ReviewReport.GoalStatus(
                id: goal.id, title: goal.title, metric: goal.metric, due: due,
                pastDue: due.map { $0 < period.asOf } ?? false,
                milestones: goal.statusOrder.compactMap { status in goal.milestones[status].map { (status, $0) } },
                doneEffortShare: goal.doneEffortShare, unplanned: goal.unplanned)
        }
    }
}
