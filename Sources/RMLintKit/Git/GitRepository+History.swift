import CLibGit2

/// One commit of a walk: its id, committer time (seconds since 1970, UTC) and the roadmap subtree id.
public struct GitCommitInfo: Sendable {
    public var id: GitObjectID
    public var time: Int64
    public var parentCount: Int
    /// The commit's root tree.
    public var tree: GitObjectID
    /// The first parent, if any.
    public var firstParent: GitObjectID?
}

extension GitRepository {
    /// The first-parent history of `revision`, oldest first. A shallow clone is refused (libgit2 1.5
    /// fails at the shallow boundary), and so is a repository without commits.
    public func firstParentHistory(of revision: String = "HEAD") throws(GitError) -> [GitCommitInfo] {
        try firstParentHistory(of: revision, hiding: nil)
    }

    /// The first-parent commits of `revision` after `known`, oldest first, when `known` is on its
    /// first-parent line (so a walk that ended there can go on); `nil` when it is not.
    public func firstParentHistory(of revision: String, after known: GitObjectID) throws(GitError) -> [GitCommitInfo]? {
        let commits = try firstParentHistory(of: revision, hiding: known)
        guard let first = commits.first else { return nil }
        return first.firstParent == known ? commits : nil
    }

    private func firstParentHistory(of revision: String, hiding: GitObjectID?) throws(GitError) -> [GitCommitInfo] {
        if isShallow {
            throw GitError(code: -1, action: "the repository is a shallow clone; fetch the full history with 'git fetch --unshallow'")
        }
        var object: OpaquePointer?
        try check(git_revparse_single(&object, pointer, revision), "cannot resolve '\(revision)'")
        defer { git_object_free(object) }
        guard let object, var start = git_object_id(object)?.pointee else { throw GitError(code: -1, action: "cannot resolve '\(revision)'") }
        var walker: OpaquePointer?
        try check(git_revwalk_new(&walker, pointer), "cannot walk history")
        defer { git_revwalk_free(walker) }
        try check(git_revwalk_sorting(walker, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_REVERSE.rawValue), "cannot walk history")
        try check(git_revwalk_simplify_first_parent(walker), "cannot walk history")
        try check(git_revwalk_push(walker, &start), "cannot walk history")
        if var hidden = hiding?.raw { try check(git_revwalk_hide(walker, &hidden), "cannot walk history") }
        var commits: [GitCommitInfo] = []
        var oid = git_oid()
        while true {
            let result = git_revwalk_next(&oid, walker)
            if result == GIT_ITEROVER.rawValue { break }
            try check(result, "cannot walk history")
            var commit: OpaquePointer?
            try check(git_commit_lookup(&commit, pointer, &oid), "cannot read commit")
            defer { git_commit_free(commit) }
            guard let tree = git_commit_tree_id(commit)?.pointee else { throw GitError(code: -1, action: "cannot read commit \(GitObjectID(oid))") }
            let parent = git_commit_parentcount(commit) > 0 ? git_commit_parent_id(commit, 0).map { GitObjectID($0.pointee) } : nil
            commits.append(GitCommitInfo(id: GitObjectID(oid), time: git_commit_time(commit), parentCount: Int(git_commit_parentcount(commit)),
                                         tree: GitObjectID(tree), firstParent: parent))
        }
        return commits
    }

    /// The id of the tree or blob at `path` in a commit's tree, or `nil` when the path is absent.
    public func entryID(at path: String, in commit: GitObjectID) throws(GitError) -> GitObjectID? {
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
    public func treeID(at path: String, in commit: GitObjectID) throws(GitError) -> GitObjectID? {
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
    public func entryIDs(at paths: [(path: String, tree: Bool)], inTree root: GitObjectID) throws(GitError) -> [GitObjectID?] {
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
            if result == GIT_ENOTFOUND.rawValue { ids.append(nil); continue }
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
