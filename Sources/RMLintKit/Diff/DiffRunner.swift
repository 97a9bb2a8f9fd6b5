import RMLintCore
import RMLintGit
import RMLintRules

/// What `rmlint diff` was asked to compare.
public struct DiffRequest: Sendable {
    public var workingDirectory: String
    /// `BASE`, or `BASE...HEAD` (compare with the merge base, as a pull request does) or `BASE..HEAD`.
    public var base: String?
    public var head: String?
    /// HEAD is the index (what the next commit will contain); BASE defaults to `HEAD`.
    public var staged: Bool
    /// HEAD is the working tree (the files as they are, committed or not); BASE defaults to `HEAD`.
    public var workingTree: Bool
    public var today: CalendarDate

    public init(
        workingDirectory: String, base: String? = nil, head: String? = nil, staged: Bool = false,
        workingTree: Bool = false, today: CalendarDate
    ) {
        self.workingDirectory = workingDirectory
        self.base = base
        self.head = head
        self.staged = staged
        self.workingTree = workingTree
        self.today = today
    }
}

/// Runs `rmlint diff`: resolves the two revisions, reads both roadmaps through libgit2 (a blob
/// unchanged between them is parsed once), compares items and capacity, and lints both sides.
public struct DiffRunner: Sendable {
    public init() {}

    public func run(_ request: DiffRequest) throws -> DiffReport {
        let repository = try GitRepository.open(at: request.workingDirectory, purpose: "rmlint diff")
        let (baseCommit, headCommit) = try revisions(request, repository: repository)
        // `BASE...HEAD`: BASE's tip, against which ids minted on both sides are told.
        let tipCommit = try branchTip(request, repository: repository)
        let memo = DecodedBlobs()
        let head: Roadmap
        if request.workingTree {
            head = try Workspace.open(at: request.workingDirectory, revision: .workingTree).loadAny(memo: memo)
        } else if let headCommit {
            let source = GitTreeSource(repository: repository, commit: headCommit)
            head = try RoadmapLoader(configuration: try source.configuration())
                .load(from: source, revision: .commit(headCommit.description), memo: memo)
        } else {
            head = try Workspace.open(at: request.workingDirectory, revision: .index).loadAny(memo: memo)
        }
        let base =
            try baseCommit.map {
                try Workspace.loadBase(
                    GitTreeSource(repository: repository, commit: $0), revision: .commit($0.description),
                    fallback: head.configuration, memo: memo)
            } ?? Roadmap(revision: .nothing, configuration: head.configuration, items: [], unreadable: [])
        let branch = try tipCommit.flatMap { tip -> BaseBranch? in
            guard tip != baseCommit else { return nil }
            let roadmap = try Workspace.loadBase(
                GitTreeSource(repository: repository, commit: tip), revision: .commit(tip.description),
                fallback: head.configuration, memo: memo)
            return BaseBranch(tip: roadmap, mergeBase: base, name: tipName(request))
        }
        var report = DiffReport(
            base: base, head: head, baseLabel: baseCommit.map(DiffSide.commit) ?? .nothing,
            headLabel: request.workingTree ? .workingTree : headCommit.map(DiffSide.commit) ?? .index,
            today: request.today, baseBranch: branch)
        if let baseCommit, baseCommit == headCommit {
            report.notes.append(
                "BASE and HEAD are the same commit (\(String(baseCommit.description.prefix(10)))): rmlint diff compares commits; add --working-tree to compare with the files as they are, or --staged for what is staged"
            )
        }
        return report
    }

    /// The left side of `BASE...HEAD`, the base branch's tip; `nil` for any other form.
    private func branchTip(_ request: DiffRequest, repository: GitRepository) throws -> GitObjectID? {
        guard let expression = request.base, let range = expression.range(of: "...") else { return nil }
        return try repository.resolvedCommit(tipName(request, range))
    }

    private func tipName(_ request: DiffRequest, _ range: Range<String.Index>? = nil) -> String {
        guard let expression = request.base, let range = range ?? expression.range(of: "...") else { return "BASE" }
        return expression[..<range.lowerBound].isEmpty ? "HEAD" : String(expression[..<range.lowerBound])
    }

    /// The base commit (`nil`: none, with `--staged` before the first commit) and the head commit
    /// (`nil`: the index). `BASE...HEAD` compares with their merge base, `BASE..HEAD` with BASE.
    private func revisions(_ request: DiffRequest, repository: GitRepository) throws -> (GitObjectID?, GitObjectID?) {
        if let expression = request.base, let range = expression.range(of: "...") ?? expression.range(of: "..") {
            let separator = String(expression[range])
            if request.staged || request.workingTree {
                let option = request.staged ? "--staged" : "--working-tree"
                let side = request.staged ? "the index" : "the working tree"
                throw UsageError(
                    "\(option) already sets HEAD (\(side)); give BASE alone: rmlint diff \(option) \(expression[..<range.lowerBound].isEmpty ? "HEAD" : String(expression[..<range.lowerBound]))"
                )
            }
            guard request.head == nil else {
                throw UsageError("give either 'BASE\(separator)HEAD' or BASE and HEAD, not both")
            }
            let left = expression[..<range.lowerBound].isEmpty ? "HEAD" : String(expression[..<range.lowerBound])
            let right = expression[range.upperBound...].isEmpty ? "HEAD" : String(expression[range.upperBound...])
            let (one, two) = (try repository.resolvedCommit(left), try repository.resolvedCommit(right))
            guard separator == "..." else { return (one, two) }
            guard let common = try? repository.mergeBase(one, two) else {
                let hint =
                    repository.isShallow
                    ? "; this is a shallow clone: fetch full history ('git fetch --unshallow', or 'fetch-depth: 0' in actions/checkout)"
                    : ""
                throw UsageError(
                    "'\(left)' and '\(right)' share no history, so there is no merge base to compare with\(hint)")
            }
            return (common, two)
        }
        if request.staged && request.workingTree {
            throw UsageError("--staged compares with the index and --working-tree with the files as they are; give one")
        }
        if request.staged || request.workingTree {
            let option = request.staged ? "--staged" : "--working-tree"
            let side = request.staged ? "the index" : "the working tree"
            guard request.head == nil else {
                throw UsageError("\(option) compares BASE with \(side); give no HEAD revision")
            }
            if request.base == nil, (try? repository.commit("HEAD")) == nil { return (nil, nil) }
            return (try repository.resolvedCommit(request.base ?? "HEAD"), nil)
        }
        if request.base == nil, (try? repository.commit("HEAD~1")) == nil, (try? repository.commit("HEAD")) != nil {
            throw UsageError(
                "HEAD has no parent to compare with; name a BASE revision (e.g. 'rmlint diff origin/main')")
        }
        return (
            try repository.resolvedCommit(request.base ?? "HEAD~1"),
            try repository.resolvedCommit(request.head ?? "HEAD")
        )
    }
}

extension Workspace {
    /// The roadmap as it is, with no complaint about missing folders or items (a change may
    /// remove them all).
    func loadAny(memo: DecodedBlobs?) throws -> Roadmap {
        try RoadmapLoader(configuration: configuration).load(from: source, revision: revision, memo: memo)
    }
}
