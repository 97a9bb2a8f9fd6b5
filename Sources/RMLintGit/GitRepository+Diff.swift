import CLibGit2
import RMLintCore

/// One file that differs between two trees.
package struct GitTreeChange: Sendable {
    /// Path relative to the repository root.
    package var path: String
    /// The blob after the change; `nil` when the file was deleted (or is no longer a file).
    package var newID: GitObjectID?
    /// The file mode after the change (0 when deleted).
    package var newMode: UInt32
}

extension GitRepository {
    /// The files that differ between two trees (either may be absent: everything was added or
    /// deleted), paths prefixed with `prefix`. Subtrees with the same id on both sides are never
    /// read, so a change to one file costs the trees on its path, not the whole roadmap.
    package func changes(from old: GitObjectID?, to new: GitObjectID?, prefix: String) throws(GitError)
        -> [GitTreeChange]
    {
        var changes: [GitTreeChange] = []
        try compare(old, new, prefix: prefix, into: &changes)
        return changes
    }

    /// Walks both trees' entries in git's order (a tree sorts as if its name ended in `/`), so
    /// only entries that differ become strings, and only differing subtrees are read.
    private func compare(_ old: GitObjectID?, _ new: GitObjectID?, prefix: String, into changes: inout [GitTreeChange])
        throws(GitError)
    {
        guard old != new else { return }
        let before = try lookupTree(old)
        defer { git_tree_free(before) }
        let after = try lookupTree(new)
        defer { git_tree_free(after) }
        let oldCount = before == nil ? 0 : git_tree_entrycount(before)
        let newCount = after == nil ? 0 : git_tree_entrycount(after)
        var i = 0
        var j = 0
        while i < oldCount || j < newCount {
            let was = i < oldCount ? git_tree_entry_byindex(before, i) : nil
            let now = j < newCount ? git_tree_entry_byindex(after, j) : nil
            let order = was == nil ? 1 : (now == nil ? -1 : GitRepository.gitOrder(was, now))
            if order == 0 {
                i += 1
                j += 1
                if git_tree_entry_filemode(was) == git_tree_entry_filemode(now),
                    git_oid_equal(git_tree_entry_id(was), git_tree_entry_id(now)) == 1
                {
                    continue
                }
                try emit(was, now, prefix: prefix, into: &changes)
            } else if order < 0 {
                i += 1
                try emit(was, nil, prefix: prefix, into: &changes)
            } else {
                j += 1
                try emit(nil, now, prefix: prefix, into: &changes)
            }
        }
    }

    /// One entry that differs: recurse into trees, record files.
    private func emit(_ was: OpaquePointer?, _ now: OpaquePointer?, prefix: String, into changes: inout [GitTreeChange])
        throws(GitError)
    {
        guard let name = git_tree_entry_name(was ?? now) else { return }
        let path = prefix + String(cString: name)
        let wasTree = was.map { git_tree_entry_type($0) == GIT_OBJECT_TREE } ?? false
        let nowTree = now.map { git_tree_entry_type($0) == GIT_OBJECT_TREE } ?? false
        let oldID = was.flatMap { git_tree_entry_id($0).map { GitObjectID($0.pointee) } }
        let newID = now.flatMap { git_tree_entry_id($0).map { GitObjectID($0.pointee) } }
        if wasTree || nowTree {
            try compare(wasTree ? oldID : nil, nowTree ? newID : nil, prefix: path + "/", into: &changes)
        }
        if !nowTree, let now {
            changes.append(GitTreeChange(path: path, newID: newID, newMode: git_tree_entry_filemode(now).rawValue))
        } else if !wasTree, was != nil {
            changes.append(GitTreeChange(path: path, newID: nil, newMode: 0))
        }
    }

    /// Git's tree order: names compared bytewise, a tree's name as if followed by `/`.
    private static func gitOrder(_ a: OpaquePointer?, _ b: OpaquePointer?) -> Int {
        guard var x = git_tree_entry_name(a), var y = git_tree_entry_name(b) else { return 0 }
        let xEnd: UInt8 = git_tree_entry_type(a) == GIT_OBJECT_TREE ? 47 : 0
        let yEnd: UInt8 = git_tree_entry_type(b) == GIT_OBJECT_TREE ? 47 : 0
        while true {
            let c = UInt8(bitPattern: x.pointee)
            let d = UInt8(bitPattern: y.pointee)
            let left = c == 0 ? xEnd : c
            let right = d == 0 ? yEnd : d
            if left != right { return left < right ? -1 : 1 }
            if c == 0 || d == 0 { return c == d ? 0 : (c == 0 ? -1 : 1) }
            x += 1
            y += 1
        }
    }

    /// A tree by id, or `nil` for none; the caller frees it.
    private func lookupTree(_ id: GitObjectID?) throws(GitError) -> OpaquePointer? {
        guard var raw = id?.raw else { return nil }
        var tree: OpaquePointer?
        try check(git_tree_lookup(&tree, pointer, &raw), "cannot read tree \(id.map(\.description) ?? "")")
        return tree
    }
}
