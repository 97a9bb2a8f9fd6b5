import RMLintCore
import RMLintGit
import RMLintRules

/// What history learns about one milestone, commit by commit (SPEC §5).
package struct MilestoneTimeline: Sendable {
    package struct Commitment: Sendable {
        package var commit: GitObjectID
        package var date: CalendarDate
        package var due: CalendarDate
    }

    package let id: String
    /// The first commit in which it was committed, in progress or done with a valid `due`.
    package internal(set) var commitment: Commitment?
    /// The latest valid `due` since the commitment (at the revision, or when last seen).
    package internal(set) var latestDue: CalendarDate?
    /// Commits after the commitment that moved `due` later.
    package internal(set) var slips = 0
    /// The date of the latest commit that changed its status to `done`.
    package internal(set) var doneOn: CalendarDate?
    /// Its state at the revision, or when last seen.
    package internal(set) var last: ItemSnapshot
    /// False once no file holds it any more.
    package internal(set) var exists = true

    init(_ snapshot: ItemSnapshot) {
        id = snapshot.id
        last = snapshot
    }

    /// Takes in the state a commit gives it; `previous` is the state before (nil when it appeared).
    mutating func apply(_ snapshot: ItemSnapshot, previous: ItemSnapshot?, commit: GitObjectID, date: CalendarDate) {
        if let status = snapshot.status, status == .done, previous?.status != .done { doneOn = date }
        if commitment == nil {
            if let status = snapshot.status, status.isCommitment, let due = snapshot.due {
                commitment = Commitment(commit: commit, date: date, due: due)
                latestDue = due
            }
        } else if let due = snapshot.due {
            if let latest = latestDue, due > latest { slips += 1 }
            latestDue = due
        }
        last = snapshot
        exists = true
    }

    /// How the milestone turned out, judged at `asOf` with `tolerance` days of grace; `nil` when it was never committed.
    package func outcome(asOf: CalendarDate, tolerance: Int) -> Outcome? {
        guard let commitment else { return nil }
        let deadline = commitment.due.adding(days: tolerance)
        if !exists || last.status == .dropped { return .dropped }
        if last.status == .done, let delivered = deliveredOn {
            return delivered <= deadline ? .onTime : .late
        }
        return asOf > deadline ? .missed : .open
    }

    /// When it was delivered: its `delivered` field at the revision, else the date it became done.
    package var deliveredOn: CalendarDate? {
        guard exists, last.status == .done else { return nil }
        return last.delivered ?? doneOn
    }

    /// `latestDue` minus the committed due, in days.
    package var slipDays: Int? {
        guard let commitment, let latestDue else { return nil }
        return commitment.due.days(until: latestDue)
    }

    package enum Outcome: String, Sendable, CaseIterable {
        case onTime = "on-time"
        case late
        case missed
        case dropped
        case open
    }
}
