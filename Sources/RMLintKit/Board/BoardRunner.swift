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

/// Runs `rmlint board`: the review of the revision (history and the roadmap at it), arranged for the audience.
public struct BoardRunner: Sendable {
    public init() {}

    public func run(_ request: BoardRequest) throws -> BoardReport {
        let review = try ReviewRunner().run(
            ReviewRequest(
                workingDirectory: request.workingDirectory, revision: request.revision, since: request.asOf,
                asOf: request.asOf, useCache: request.useCache))
        let repository = try GitRepository.open(at: request.workingDirectory, purpose: "rmlint board")
        let source = GitTreeSource(repository: repository, commit: review.revision)
        let roadmap = try Workspace.open(at: request.workingDirectory, revision: .commit(review.revision.description))
            .loadRoadmap(allowingNoItems: true)
        return BoardBuilder(review: review, roadmap: roadmap, audience: request.audience) { path in
            (try? source.file(at: path)).flatMap { $0 }.map { String(decoding: $0, as: UTF8.self) }
        }.build()
    }
}
