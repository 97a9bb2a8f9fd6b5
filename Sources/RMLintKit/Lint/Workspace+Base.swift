import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

extension Workspace {
    /// The roadmap at `expression`, as the base a change is compared with: read through libgit2
    /// with the configuration of that revision (or `fallback` when that one does not load), and
    /// never an error for having no items there (a change may add the first ones).
    package static func loadBase(
        _ expression: String, at directory: String, fallback: Configuration,
        memo: DecodedBlobs? = nil
    ) throws -> Roadmap {
        let repository = try GitRepository.open(at: directory, purpose: "reading revision '\(expression)'")
        let commit = try repository.resolvedCommit(expression)
        return try loadBase(
            GitTreeSource(repository: repository, commit: commit), revision: .commit(expression), fallback: fallback,
            memo: memo)
    }

    /// The branch `expression` names as the base a change merges into: its tip (`tip`, loaded
    /// already) and the roadmap where `HEAD` branched off it. `nil` when there is nothing between
    /// them to tell apart (`HEAD` contains the tip, no common history, no `HEAD`).
    package static func loadBaseBranch(
        _ expression: String, at directory: String, tip: Roadmap, fallback: Configuration, memo: DecodedBlobs? = nil
    ) -> BaseBranch? {
        guard let repository = try? GitRepository.open(at: directory, purpose: "finding the merge base"),
            let tipCommit = try? repository.resolvedCommit(expression), let head = try? repository.commit("HEAD"),
            let common = try? repository.mergeBase(tipCommit, head), common != tipCommit,
            let mergeBase = try? loadBase(
                GitTreeSource(repository: repository, commit: common), revision: .commit(common.description),
                fallback: fallback, memo: memo)
        else { return nil }
        return BaseBranch(tip: tip, mergeBase: mergeBase, name: expression)
    }

    /// The base of `lint --staged`: `HEAD`, or `nil` in a repository with no commits yet.
    package static func loadHeadBase(at directory: String, fallback: Configuration, memo: DecodedBlobs? = nil) throws
        -> Roadmap?
    {
        let repository = try GitRepository.open(at: directory, purpose: "comparing the index with HEAD")
        guard let commit = try? repository.commit("HEAD") else { return nil }
        return try loadBase(
            GitTreeSource(repository: repository, commit: commit), revision: .commit("HEAD"), fallback: fallback,
            memo: memo)
    }

    /// The roadmap a commit records, read with its own configuration (or `fallback` when that one
    /// does not load).
    static func loadBase(
        _ source: GitTreeSource, revision: RoadmapRevision, fallback: Configuration,
        memo: DecodedBlobs?
    ) throws -> Roadmap {
        let configuration = (try? source.configuration()) ?? fallback
        return try RoadmapLoader(configuration: configuration).load(from: source, revision: revision, memo: memo)
    }
}

extension GitRepository {
    /// The commit a revision expression names, or a usage error that says what to do: commit
    /// first, fetch full history in a shallow clone, or fetch a remote branch.
    package func resolvedCommit(_ expression: String) throws -> GitObjectID {
        do {
            return try commit(expression)
        } catch {
            if expression.hasPrefix("HEAD"), (try? commit("HEAD")) == nil {
                throw UsageError(
                    "the repository has no commits yet, so '\(expression)' names nothing; commit the roadmap first")
            }
            let hint =
                isShallow
                ? "this is a shallow clone: fetch full history ('git fetch --unshallow', or 'fetch-depth: 0' in actions/checkout)"
                : "name a commit, branch or tag that exists (fetch it first if it is remote, e.g. 'git fetch origin main')"
            throw UsageError("\(error.message); \(hint)")
        }
    }
}
