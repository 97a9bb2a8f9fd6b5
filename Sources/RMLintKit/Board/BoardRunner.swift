import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// What `rmlint board` was asked to do.
public struct BoardRequest: Sendable {
    public var workingDirectory: String
    public var revision: String
    public var audience: BoardAudience
    public var asOf: CalendarDate
    public var useCache: Bool

    public init(
        workingDirectory: String, revision: String = "HEAD", audience: BoardAudience, asOf: CalendarDate,
        useCache: Bool = true
    ) {
        self.workingDirectory = workingDirectory
        self.revision = revision
        self.audience = audience
        self.asOf = asOf
        self.useCache = useCache
    }
}

/// Runs `rmlint board`: the review of the revision (history and the roadmap at it), and the
/// roadmap at the revision read once (its files' text kept for the narratives), arranged for the audience.
public struct BoardRunner: Sendable {
    public init() {}

    public func run(_ request: BoardRequest) throws -> BoardReport {
        // Each audience reads what it shows: the team the roadmap only, the public also history's
        // deliveries (recently shipped), leadership the whole review.
        var review: ReviewReport?
        var deliveries: [String: CalendarDate] = [:]
        let revision: GitObjectID
        switch request.audience {
        case .leadership:
            let reviewed = try ReviewRunner().run(
                ReviewRequest(
                    workingDirectory: request.workingDirectory, revision: request.revision, since: request.asOf,
                    asOf: request.asOf, useCache: request.useCache))
            (review, revision) = (reviewed, reviewed.revision)
        case .public:
            let history = try HistoryRunner().run(
                HistoryRequest(
                    workingDirectory: request.workingDirectory, revision: request.revision, asOf: request.asOf,
                    useCache: request.useCache))
            for entry in history.entries {
                if let on = entry.timeline.deliveredOn { deliveries[entry.timeline.id] = on }
            }
            revision = history.revision
        case .team:
            revision = try GitRepository.open(at: request.workingDirectory, purpose: "rmlint board").resolvedCommit(
                request.revision)
        }
        var workspace = try Workspace.open(at: request.workingDirectory, revision: .commit(revision.description))
        let recording = RecordingSource(workspace.source)
        workspace.source = recording
        let roadmap = try workspace.loadRoadmap(allowingNoItems: true)
        return BoardBuilder(
            revision: revision, asOf: request.asOf, roadmap: roadmap, deliveries: deliveries, review: review,
            audience: request.audience, text: recording.text(of:)
        ).build()
    }
}
