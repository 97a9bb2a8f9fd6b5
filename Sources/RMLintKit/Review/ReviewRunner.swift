import Dispatch
import RMLintCore
import RMLintGit
import RMLintRules

/// Runs `rmlint review`: `history`'s analysis of the revision (through its cache), the roadmap at
/// the revision and its lint, then the review's sections over the period.
public struct ReviewRunner: Sendable {
    public init() {}

    public func run(_ request: ReviewRequest) throws -> ReviewReport {
        // The revision pinned first, then history and the roadmap at it read side by side (each
        // with its own repository handle: libgit2 objects are never shared between threads).
        let repository = try GitRepository.open(at: request.workingDirectory, purpose: "rmlint review")
        let commit: String
        do {
            commit = try repository.commit(request.revision).description
        } catch {
            // history says what is wrong (no commits yet, a shallow clone, an unknown revision).
            commit = request.revision
        }
        let historyResult = ResultSlots<Result<HistoryReport, Error>>(count: 1)
        let factsResult = ResultSlots<Result<RevisionFacts, Error>>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                historyResult[0] = Result {
                    try HistoryRunner().run(
                        HistoryRequest(
                            workingDirectory: request.workingDirectory, revision: commit, asOf: request.asOf,
                            tolerance: request.tolerance, useCache: request.useCache))
                }
            } else {
                factsResult[0] = Result {
                    try RevisionFacts.load(
                        repository: try repository.reopened(), workingDirectory: request.workingDirectory,
                        commit: commit, asOf: request.asOf, useCache: request.useCache)
                }
            }
        }
        guard let historyOutcome = historyResult[0], let factsOutcome = factsResult[0] else {
            throw UsageError("the review could not be prepared")
        }
        let history = try historyOutcome.get()
        let facts = try factsOutcome.get()
        let since =
            request.since ?? facts.reviewLast.flatMap(CalendarDate.init) ?? request.asOf.adding(days: -30)
        guard since <= request.asOf else {
            throw UsageError(
                "the review period starts on \(since), after its end \(request.asOf); give --since on or before --as-of"
            )
        }
        return ReviewReport(
            history: history, revision: facts,
            period: ReviewPeriod(since: since, asOf: request.asOf), horizon: request.horizon)
    }
}

/// The days under review, both inclusive.
public struct ReviewPeriod: Sendable {
    public var since: CalendarDate
    public var asOf: CalendarDate

    package func contains(_ date: CalendarDate) -> Bool { since <= date && date <= asOf }
}
