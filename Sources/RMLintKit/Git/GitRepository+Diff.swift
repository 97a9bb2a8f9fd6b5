import CLibGit2

/// One file that differs between two trees.
public struct GitTreeChange: Sendable {
    /// Path relative to the repository root (the new path; the old one for a deletion).
    public var path: String
    /// The blob after the change; `nil` when the file was deleted.
    public var newID: GitObjectID?
    /// The file mode after the change (0 when deleted).
    public var newMode: UInt32
}

extension GitRepository {
    /// The files that differ between two trees (either may be absent: everything was added or
    /// deleted), paths prefixed with `prefix`. Only these two trees are compared, never whole commits.
    public func changes(from old: GitObjectID?, to new: GitObjectID?, prefix: String) throws(GitError) -> [GitTreeChange] {
        let oldTree = try tree(old)
        defer { git_tree_free(oldTree) }
        let newTree = try tree(new)
        defer { git_tree_free(newTree) }
        var options = git_diff_options()
        try check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "cannot compare trees")
        var diff: OpaquePointer?
        try check(git_diff_tree_to_tree(&diff, pointer, oldTree, newTree, &options), "cannot compare trees")
        defer { git_diff_free(diff) }
        var changes: [GitTreeChange] = []
        let count = git_diff_num_deltas(diff)
        changes.reserveCapacity(count)
        for index in 0..<count {
            guard let delta = git_diff_get_delta(diff, index)?.pointee else { continue }
            let deleted = delta.status == GIT_DELTA_DELETED
            let file = deleted ? delta.old_file : delta.new_file
            guard let path = file.path else { continue }
            changes.append(GitTreeChange(path: prefix + String(cString: path), newID: deleted ? nil : GitObjectID(delta.new_file.id),
                                         newMode: deleted ? 0 : UInt32(delta.new_file.mode)))
        }
        return changes
    }

    /// A tree by id, or `nil` for none; the caller frees it.
    private func tree(_ id: GitObjectID?) throws(GitError) -> OpaquePointer? {
        guard var raw = id?.raw else { return nil }
        var tree: OpaquePointer?
        try check(git_tree_lookup(&tree, pointer, &raw), "cannot read tree \(id.map(\.description) ?? "")")
        return tree
    }
}
