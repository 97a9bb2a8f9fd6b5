/// What `rmlint history` was asked to do.
public struct HistoryRequest: Sendable {
    public var workingDirectory: String
    public var revision: String
    public var asOf: CalendarDate
    public var since: CalendarDate?
    public var tolerance: Int
    /// Told (commits done, commits in all) during a long walk.
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(workingDirectory: String, revision: String = "HEAD", asOf: CalendarDate, since: CalendarDate? = nil, tolerance: Int = 0,
                progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.progress = progress
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
            throw UsageError("the repository is a shallow clone, so its history is cut short; fetch all of it with 'git fetch --unshallow' (in GitHub Actions: actions/checkout with 'fetch-depth: 0')")
        }
        let commit: GitObjectID
        do {
            commit = try repository.commit(request.revision)
        } catch {
            if request.revision == "HEAD", repository.isEmpty {
                throw UsageError("the repository has no commits yet; rmlint history reads the roadmap's history, so commit it first")
            }
            throw UsageError("\(error.message); give a commit, branch or tag that exists")
        }
        let configuration = try configuration(at: commit, repository: repository)
        let walker = HistoryWalker(repository: repository, settings: ItemDecoder.Settings(configuration), progress: request.progress)
        let walk: HistoryWalker.Walk
        do {
            walk = try walker.walk(commit.description)
        } catch let error as GitError {
            throw UsageError("\(error.message); the repository may be corrupt (try 'git fsck')")
        }
        var analyzer = HistoryAnalyzer()
        analyzer.replay(walk)
        return HistoryReport(revision: commit, commits: walk.commits.count, analyzer: analyzer, asOf: request.asOf,
                             tolerance: request.tolerance, since: request.since, granularity: configuration.capacity.period)
    }

    private func configuration(at commit: GitObjectID, repository: GitRepository) throws -> Configuration {
        guard let bytes = try GitTreeSource(repository: repository, commit: commit).file(at: ".rmlint.yml") else { return Configuration() }
        return try ConfigurationLoader(rules: RuleRegistry.options).load(bytes, path: ".rmlint.yml")
    }
}
