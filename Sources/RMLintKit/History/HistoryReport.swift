import RMLintCore
import RMLintGit
import RMLintRules

/// Roadmap accuracy and drift of one revision's history, as SPEC §5 defines them.
public struct HistoryReport: Sendable {
    public struct Counts: Sendable {
        public var onTime = 0
        public var late = 0
        public var missed = 0
        public var dropped = 0
        public var open = 0

        /// on_time / (on_time + late + missed), rounded to 4 decimals; `nil` when nothing is measurable.
        public var ratio: Double? {
            let measurable = onTime + late + missed
            guard measurable > 0 else { return nil }
            return (Double(onTime) / Double(measurable) * 10_000).rounded() / 10_000
        }

        mutating func add(_ outcome: MilestoneTimeline.Outcome) {
            switch outcome {
            case .onTime: onTime += 1
            case .late: late += 1
            case .missed: missed += 1
            case .dropped: dropped += 1
            case .open: open += 1
            }
        }
    }

    /// One committed milestone.
    public struct Entry: Sendable {
        package var timeline: MilestoneTimeline
        package var commitment: MilestoneTimeline.Commitment
        package var outcome: MilestoneTimeline.Outcome
    }

    package var revision: GitObjectID
    public var commits: Int
    public var skipped: Int
    public var asOf: CalendarDate
    public var tolerance: Int
    public var accuracy = Counts()
    /// Per period of the committed due, ascending.
    package var periods: [(period: Period, counts: Counts)] = []
    /// Committed milestones, by id.
    public var entries: [Entry] = []
    /// Plan changes, oldest first (from `--since` when given).
    package var drift: [DriftEvent] = []
    /// Whether the text, Markdown and HTML reports list drift of every item (`--all-drift`), not
    /// milestones only; JSON always lists all of it.
    public var listsAllDrift = false
    /// Edits per item over the listed drift.
    public var churn: [String: Int] = [:]
    /// Items at the revision.
    package var items: [ItemSnapshot] = []
    package var granularity: PeriodGranularity
    /// The capacity split configured at the revision (`capacity.split`), for the charts.
    package var split: [TrackShare] = []
    /// The unit estimates are in (`capacity.unit`), for the charts.
    package var unit = "team-weeks"
    /// What the user should know about how the history was read (stderr notes): a configuration
    /// that differs from the working tree's, a roadmap folder that never existed.
    public var notes: [String] = []

    init(
        revision: GitObjectID, commits: Int, analyzer: HistoryAnalyzer, asOf: CalendarDate, tolerance: Int,
        since: CalendarDate?, granularity: PeriodGranularity
    ) {
        self.revision = revision
        self.commits = commits
        self.skipped = analyzer.skipped
        self.asOf = asOf
        self.tolerance = tolerance
        self.granularity = granularity
        var byPeriod: [Period: Counts] = [:]
        for timeline in analyzer.timelines.values {
            guard let commitment = timeline.commitment, let outcome = timeline.outcome(asOf: asOf, tolerance: tolerance)
            else { continue }
            entries.append(Entry(timeline: timeline, commitment: commitment, outcome: outcome))
            accuracy.add(outcome)
            byPeriod[Period(containing: commitment.due, granularity: granularity), default: Counts()].add(outcome)
        }
        entries.sort { PathOrder.precedes($0.timeline.id, $1.timeline.id) }
        periods = byPeriod.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        drift = since.map { since in analyzer.events.filter { $0.date >= since } } ?? analyzer.events
        for event in drift {
            if case .added = event.change { continue }
            if case .removed = event.change { continue }
            churn[event.id, default: 0] += 1
        }
        items = analyzer.current.keys.sorted(by: PathOrder.precedes).compactMap { analyzer.current[$0] }
    }

    /// The drift the text, Markdown and HTML reports list: milestones' (every item's with `--all-drift`).
    package var listedDrift: [DriftEvent] { listsAllDrift ? drift : drift.filter { $0.kind == .milestone } }

    /// What those reports say about the drift they leave out, if any.
    package var unlistedDriftNote: String? {
        let left = drift.count - listedDrift.count
        guard left > 0 else { return nil }
        return
            "\(left) change\(left == 1 ? "" : "s") to backlog items, goals and themes left out; --all-drift lists them (JSON always does)"
    }
}
