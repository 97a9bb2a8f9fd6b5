/// What `rmlint diff` was asked to compare.
public struct DiffRequest: Sendable {
    public var workingDirectory: String
    /// `BASE`, or `BASE...HEAD` (compare with the merge base, as a pull request does) or `BASE..HEAD`.
    public var base: String?
    public var head: String?
    /// HEAD is the index (what the next commit will contain); BASE defaults to `HEAD`.
    public var staged: Bool
    public var today: CalendarDate

    public init(workingDirectory: String, base: String? = nil, head: String? = nil, staged: Bool = false, today: CalendarDate) {
        self.workingDirectory = workingDirectory
        self.base = base
        self.head = head
        self.staged = staged
        self.today = today
    }
}

/// Runs `rmlint diff`: resolves the two revisions, reads both roadmaps through libgit2 (a blob
/// unchanged between them is parsed once), compares items and capacity, and lints both sides.
public struct DiffRunner: Sendable {
    public init() {}

    public func run(_ request: DiffRequest) throws -> DiffReport {
        let repository = try GitRepository.open(at: request.workingDirectory, purpose: "rmlint diff")
        let (baseCommit, headExpression) = try revisions(request, repository: repository)
        let memo = DecodedBlobs()
        let head: Roadmap
        let headLabel: String
        if request.staged {
            head = try Workspace.open(at: request.workingDirectory, revision: .index).loadAny(memo: memo)
            headLabel = "index"
        } else {
            let commit = try repository.resolvedCommit(headExpression)
            head = try Workspace.open(at: request.workingDirectory, revision: .commit(commit.description)).loadAny(memo: memo)
            headLabel = commit.description
        }
        let base: Roadmap
        if let baseCommit {
            base = try Workspace.loadBase(baseCommit.description, at: request.workingDirectory, fallback: head.configuration, memo: memo)
        } else {
            base = Roadmap(revision: .commit("(none)"), configuration: head.configuration, items: [], unreadable: [])
        }
        return DiffReport(base: base, head: head, baseLabel: baseCommit?.description ?? "", headLabel: headLabel, today: request.today)
    }

    /// Diagnostics of `these` with no diagnostic of the same fingerprint left in `those` (each one matches once).
    public static func unmatched(_ these: [Diagnostic], in those: [Diagnostic]) -> [Diagnostic] {
        var available: [Fingerprint: Int] = [:]
        for diagnostic in those { available[diagnostic.fingerprint, default: 0] += 1 }
        return these.filter { diagnostic in
            guard let count = available[diagnostic.fingerprint], count > 0 else { return true }
            available[diagnostic.fingerprint] = count - 1
            return false
        }
    }

    /// The base commit (`nil`: none, with `--staged` before the first commit) and the head expression.
    private func revisions(_ request: DiffRequest, repository: GitRepository) throws -> (GitObjectID?, String) {
        var base = request.base
        var head = request.head
        for separator in ["...", ".."] {
            guard let expression = base, let range = expression.range(of: separator) else { continue }
            guard head == nil, !request.staged else {
                throw UsageError("give either 'BASE\(separator)HEAD' or BASE and HEAD, not both")
            }
            let left = String(expression[..<range.lowerBound])
            let right = String(expression[range.upperBound...])
            head = right.isEmpty ? "HEAD" : right
            guard separator == "..." else {
                base = left.isEmpty ? "HEAD" : left
                break
            }
            let one = try repository.resolvedCommit(left.isEmpty ? "HEAD" : left)
            let two = try repository.resolvedCommit(head ?? "HEAD")
            guard let common = try? repository.mergeBase(one, two) else {
                throw UsageError("'\(left)' and '\(head ?? "HEAD")' share no history, so there is no merge base to compare with\(repository.isShallow ? "; this is a shallow clone: fetch full history ('git fetch --unshallow', or 'fetch-depth: 0' in actions/checkout)" : "")")
            }
            return (common, head ?? "HEAD")
        }
        if request.staged {
            guard head == nil else { throw UsageError("--staged compares BASE with the index; give no HEAD revision") }
            let expression = base ?? "HEAD"
            if base == nil, (try? repository.commit("HEAD")) == nil { return (nil, "index") }
            return (try repository.resolvedCommit(expression), "index")
        }
        let expression = base ?? "HEAD~1"
        if base == nil, (try? repository.commit(expression)) == nil, (try? repository.commit("HEAD")) != nil {
            throw UsageError("HEAD has no parent to compare with; name a BASE revision (e.g. 'rmlint diff origin/main')")
        }
        return (try repository.resolvedCommit(expression), head ?? "HEAD")
    }

}

extension Workspace {
    /// The roadmap as it is, with no complaint about missing folders or items (a change may
    /// remove them all).
    func loadAny(memo: DecodedBlobs?) throws -> Roadmap {
        try RoadmapLoader(configuration: configuration).load(from: source, revision: revision, memo: memo)
    }
}
