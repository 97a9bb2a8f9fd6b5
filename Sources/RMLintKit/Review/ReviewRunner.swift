import RMLintCore
import RMLintGit
import RMLintRules

/// Runs `rmlint review`: `history`'s analysis of the revision (through its cache), the roadmap at
/// the revision and its lint, then the review's sections over the period.
public struct ReviewRunner: Sendable {
    public init() {}

    public func run(_ request: ReviewRequest) throws -> ReviewReport {
        let history = try HistoryRunner().run(
            HistoryRequest(
                workingDirectory: request.workingDirectory, revision: request.revision, asOf: request.asOf,
                tolerance: request.tolerance, useCache: request.useCache))
        let workspace = try Workspace.open(
            at: request.workingDirectory, revision: .commit(history.revision.description))
        let roadmap = try workspace.loadRoadmap(allowingNoItems: true)
        let lint = LintEngine().lint(roadmap, today: request.asOf)
        let since =
            request.since ?? workspace.configuration.review?.last ?? request.asOf.adding(days: -30)
        guard since <= request.asOf else {
            throw UsageError(
                "the review period starts on \(since), after its end \(request.asOf); give --since on or before --as-of"
            )
        }
        return ReviewReport(
            history: history, roadmap: roadmap, diagnostics: lint.diagnostics,
            period: ReviewPeriod(since: since, asOf: request.asOf), horizon: request.horizon)
    }
}

/// The days under review, both inclusive.
public struct ReviewPeriod: Sendable {
    public var since: CalendarDate
    public var asOf: CalendarDate

    package func contains(_ date: CalendarDate) -> Bool { since <= date && date <= asOf }
}
