import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// What `rmlint history` was asked to do.
public struct HistoryRequest: Sendable {
    public var workingDirectory: String
    public var revision: String
    public var asOf: CalendarDate
    public var since: CalendarDate?
    public var tolerance: Int
    /// Told (commits done, commits in all) during a long walk.
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// Read and write the incremental cache in the git directory (`--no-cache` turns it off).
    public var useCache = true

    public init(
        workingDirectory: String, revision: String = "HEAD", asOf: CalendarDate, since: CalendarDate? = nil,
        tolerance: Int = 0,
        useCache: Bool = true, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) {
        self.progress = progress
        self.useCache = useCache
        self.workingDirectory = workingDirectory
        self.revision = revision
        self.asOf = asOf
        self.since = since
        self.tolerance = tolerance
    }
}

/// Runs `rmlint history`: repository checks, the configuration at the revision, the walk, the report.
public struct HistoryRunner: Sendable {
    public init() {}

    public func run(_ request: HistoryRequest) throws -> HistoryReport {
        let repository = try GitRepository.open(at: request.workingDirectory, purpose: "rmlint history")
        if repository.isShallow {
            throw UsageError(
                "the repository is a shallow clone, so its history is cut short; fetch all of it with 'git fetch --unshallow' (in GitHub Actions: actions/checkout with 'fetch-depth: 0')"
            )
        }
        let commit: GitObjectID
        do {
            commit = try repository.commit(request.revision)
        } catch {
            if request.revision == "HEAD", repository.isEmpty {
                throw UsageError(
                    "the repository has no commits yet; rmlint history reads the roadmap's history, so commit it first")
            }
            throw UsageError("\(error.message); give a commit, branch or tag that exists")
        }
        let configuration = try GitTreeSource(repository: repository, commit: commit).configuration()
        let settings = ItemDecoder.Settings(configuration)
        let walker = HistoryWalker(
            repository: repository, settings: settings, folders: configuration.roadmap,
            excludes: configuration.exclude, progress: request.progress)
        let analysis: (analyzer: HistoryAnalyzer, commits: Int)
        do {
            let key =
                HistoryCache.key(settings: settings) + "|" + configuration.roadmap.joined(separator: ",") + "|"
                + configuration.exclude.joined(separator: ",")
            analysis = try analyze(walker, to: commit, useCache: request.useCache, key: key)
        } catch let error as GitError {
            throw UsageError("\(error.message); the repository may be corrupt (try 'git fsck')")
        }
        var report = HistoryReport(
            revision: commit, commits: analysis.commits, analyzer: analysis.analyzer, asOf: request.asOf,
            tolerance: request.tolerance, since: request.since, granularity: configuration.capacity.period)
        report.split = configuration.capacity.split
        report.unit = configuration.capacity.unit
        report.notes = Self.notes(
            repository: repository, commit: commit, configuration: configuration, analyzer: analysis.analyzer,
            revision: request.revision)
        return report
    }

    /// Says when the configuration read at the revision is not the one in the working tree (edited,
    /// or not committed yet), and when no commit ever held an item in the roadmap folders.
    private static func notes(
        repository: GitRepository, commit: GitObjectID, configuration: Configuration, analyzer: HistoryAnalyzer,
        revision: String
    ) -> [String] {
        var notes: [String] = []
        if let root = repository.workTree {
            let disk = FileManager.default.contents(atPath: root + "/.rmlint.yml").map(Array.init)
            let committed = (try? GitTreeSource(repository: repository, commit: commit).file(at: ".rmlint.yml")) ?? nil
            if disk != committed {
                notes.append(
                    committed == nil
                        ? "the working tree's .rmlint.yml is not committed at \(revision): this history reads the defaults (roadmap/); commit .rmlint.yml to use it"
                        : disk == nil
                            ? ".rmlint.yml is read as committed at \(revision); the working tree has none"
                            : ".rmlint.yml is read as committed at \(revision); the working tree's differs (uncommitted changes are not used)"
                )
            }
        }
        if analyzer.timelines.isEmpty, analyzer.current.isEmpty, analyzer.events.isEmpty {
            let folders = configuration.roadmap.map { $0 + "/" }.joined(separator: ", ")
            notes.append("0 items: \(folders) never held a roadmap item in this history")
        }
        return notes
    }

    /// The analysis of the history to `commit`: from the cache when it ends there; the cache plus
    /// the commits added since when it ends on the first-parent line before; else the whole
    /// history walked and replayed. The cache is then written for next time.
    private func analyze(_ walker: HistoryWalker, to commit: GitObjectID, useCache: Bool, key: String) throws -> (
        analyzer: HistoryAnalyzer, commits: Int
    ) {
        let repository = walker.repository
        let url = HistoryCache.url(repository: repository, key: key)
        let cached = useCache ? HistoryCache.load(url, key: key) : nil
        if let cached, cached.head == commit.description { return (cached.analyzer, cached.commits) }
        var state = walker.initialState
        var analyzer = HistoryAnalyzer()
        var commits = 0
        let known = cached.flatMap { GitObjectID(hex: $0.head) }
        let (history, continues) = try repository.firstParentHistory(of: commit.description, after: known)
        if let cached, continues {
            (state, analyzer, commits) = (cached.state, cached.analyzer, cached.commits)
        }
        let walk = try walker.walk(history, from: &state)
        analyzer.replay(walk)
        commits += walk.commits.count
        if useCache {
            HistoryCache(key: key, head: commit.description, commits: commits, state: state, analyzer: analyzer).save(
                url)
        }
        return (analyzer, commits)
    }
}
