import CLibGit2
import RMLintCore

/// One commit of a walk: its id, committer time (seconds since 1970, UTC) and the roadmap subtree id.
package struct GitCommitInfo: Sendable {
    package var id: GitObjectID
    package var time: Int64
    package var parentCount: Int
    /// The commit's root tree.
    package var tree: GitObjectID
    /// The first parent, if any.
    package var firstParent: GitObjectID?
}

extension GitRepository {
    /// The first-parent history of `revision`, oldest first. A shallow clone is refused (its
    /// history is cut short), and so is a repository without commits.
    package func firstParentHistory(of revision: String = "HEAD") throws(GitError) -> [GitCommitInfo] {
        try firstParentHistory(of: revision, after: nil).commits
    }

    /// The first-parent history of `revision`, oldest first, following first parents from it: each
    /// commit is read once. With `known`, the walk stops at it when it is on that line, and the
    /// result holds only the commits after it (`continuesKnown` is true); otherwise it is the
    /// whole history.
    package func firstParentHistory(of revision: String, after known: GitObjectID?) throws(GitError) -> (
        commits: [GitCommitInfo], continuesKnown: Bool
    ) {
        if isShallow {
            throw GitError(
                code: -1,
                action: "the repository is a shallow clone; fetch the full history with 'git fetch --unshallow'")
        }
        var next: GitObjectID? = try commit(revision)
        var commits: [GitCommitInfo] = []
        while let id = next {
            if id == known { return (commits.reversed(), true) }
            var raw = id.raw
            var commit: OpaquePointer?
            try check(git_commit_lookup(&commit, pointer, &raw), "cannot read commit \(id)")
            defer { git_commit_free(commit) }
            guard let tree = git_commit_tree_id(commit)?.pointee else {
                throw GitError(code: -1, action: "cannot read commit \(id)")
            }
            let parents = Int(git_commit_parentcount(commit))
            next = parents > 0 ? git_commit_parent_id(commit, 0).map { GitObjectID($0.pointee) } : nil
            commits.append(
                GitCommitInfo(
                    id: id, time: git_commit_time(commit), parentCount: parents, tree: GitObjectID(tree),
                    firstParent: next))
        }
        return (commits.reversed(), false)
    }

    /// The id of the tree or blob at `path` in a commit's tree, or `nil` when the path is absent.
    package func entryID(at path: String, in commit: GitObjectID) throws(GitError) -> GitObjectID? {
        let tree = try rootTree(of: commit)
        defer { git_tree_free(tree) }
        var entry: OpaquePointer?
        let result = git_tree_entry_bypath(&entry, tree, path)
        if result == GIT_ENOTFOUND.rawValue { return nil }
        try check(result, "cannot read \(path) in \(commit)")
        defer { git_tree_entry_free(entry) }
        return git_tree_entry_id(entry).map { GitObjectID($0.pointee) }
    }

    /// The id of the tree at `path` in a commit (the root tree for an empty path), or `nil` when
    /// there is no folder there.
    package func treeID(at path: String, in commit: GitObjectID) throws(GitError) -> GitObjectID? {
        let tree = try rootTree(of: commit)
        defer { git_tree_free(tree) }
        if path.isEmpty { return git_tree_id(tree).map { GitObjectID($0.pointee) } }
        var entry: OpaquePointer?
        let result = git_tree_entry_bypath(&entry, tree, path)
        if result == GIT_ENOTFOUND.rawValue { return nil }
        try check(result, "cannot read \(path) in \(commit)")
        defer { git_tree_entry_free(entry) }
        guard git_tree_entry_type(entry) == GIT_OBJECT_TREE else { return nil }
        return git_tree_entry_id(entry).map { GitObjectID($0.pointee) }
    }

    /// The ids of the entries at `paths` in one tree (a blob or a tree each; `nil` where absent),
    /// with `kinds` saying which must be trees: the root tree is read once for all of them.
    package func entryIDs(at paths: [(path: String, tree: Bool)], inTree root: GitObjectID) throws(GitError)
        -> [GitObjectID?]
    {
        var raw = root.raw
        var tree: OpaquePointer?
        try check(git_tree_lookup(&tree, pointer, &raw), "cannot read tree \(root)")
        defer { git_tree_free(tree) }
        var ids: [GitObjectID?] = []
        for (path, mustBeTree) in paths {
            if path.isEmpty {
                ids.append(mustBeTree ? root : nil)
                continue
            }
            var entry: OpaquePointer?
            let result = git_tree_entry_bypath(&entry, tree, path)
            if result == GIT_ENOTFOUND.rawValue {
                ids.append(nil)
                continue
            }
            try check(result, "cannot read \(path) in tree \(root)")
            defer { git_tree_entry_free(entry) }
            let isTree = git_tree_entry_type(entry) == GIT_OBJECT_TREE
            ids.append(isTree == mustBeTree ? git_tree_entry_id(entry).map { GitObjectID($0.pointee) } : nil)
        }
        return ids
    }

    /// A commit's root tree; the caller frees it with `git_tree_free`.
    func rootTree(of commit: GitObjectID) throws(GitError) -> OpaquePointer? {
        var raw = commit.raw
        var commitPointer: OpaquePointer?
        try check(git_commit_lookup(&commitPointer, pointer, &raw), "cannot read commit \(commit)")
        defer { git_commit_free(commitPointer) }
        var tree: OpaquePointer?
        try check(git_commit_tree(&tree, commitPointer), "cannot read the tree of \(commit)")
        return tree
    }
}
