import CLibGit2
import RMLintCore

/// One file of a tree, found by walking it.
package struct GitTreeFile: GitFileMode, Sendable {
    /// Path relative to the repository root.
    package var path: String
    package var mode: UInt32
    package var id: GitObjectID
}

/// Something with a git file mode: a tree entry or an index entry.
package protocol GitFileMode {
    var mode: UInt32 { get }
}

extension GitFileMode {
    package var isRegularFile: Bool { mode & 0o170000 == 0o100000 }
    package var isSymbolicLink: Bool { mode == 0o120000 }
    package var isSubmodule: Bool { mode == 0o160000 }
}

extension GitRepository {
    /// The commit a revision expression (`HEAD`, `origin/main`, `v1.2`, `HEAD~3`) names.
    package func commit(_ revision: String) throws(GitError) -> GitObjectID {
        var object: OpaquePointer?
        try check(git_revparse_single(&object, pointer, revision), "cannot resolve '\(revision)'")
        defer { git_object_free(object) }
        var commit: OpaquePointer?
        let peeled = git_object_peel(&commit, object, GIT_OBJECT_COMMIT)
        guard peeled >= 0 else {
            let names: String
            switch git_object_type(object) {
            case GIT_OBJECT_TREE: names = "a tree (a folder)"
            case GIT_OBJECT_BLOB: names = "a blob (a file's content)"
            case GIT_OBJECT_TAG: names = "a tag that does not point at a commit"
            default: names = "no commit"
            }
            throw GitError("'\(revision)' names \(names), not a commit", code: peeled)
        }
        defer { git_object_free(commit) }
        guard let commit, let id = git_object_id(commit)?.pointee else {
            throw GitError(code: -1, action: "cannot resolve '\(revision)'")
        }
        return GitObjectID(id)
    }

    /// Every file below `folder` (repository-relative; empty for the root) in a commit's tree, or
    /// `nil` when the folder is not a tree there. A folder that is a symbolic link is reported as such.
    package func files(under folder: String, in commit: GitObjectID) throws(GitError) -> TreeListing {
        let root = try rootTree(of: commit)
        defer { git_tree_free(root) }
        var start = root
        var owned: OpaquePointer?
        defer { if let owned { git_tree_free(owned) } }
        if !folder.isEmpty {
            var entry: OpaquePointer?
            let result = git_tree_entry_bypath(&entry, root, folder)
            if result == GIT_ENOTFOUND.rawValue { return .missing }
            try check(result, "cannot read \(folder) in \(commit)")
            defer { git_tree_entry_free(entry) }
            if git_tree_entry_filemode(entry).rawValue == 0o120000 { return .symbolicLink }
            guard git_tree_entry_type(entry) == GIT_OBJECT_TREE, let id = git_tree_entry_id(entry) else {
                return .missing
            }
            try check(git_tree_lookup(&owned, pointer, id), "cannot read \(folder) in \(commit)")
            start = owned
        }
        var files: [GitTreeFile] = []
        try collect(start, prefix: folder.isEmpty ? "" : folder + "/", into: &files)
        return .files(files)
    }

    /// What a folder is at a revision.
    package enum TreeListing: Sendable {
        case files([GitTreeFile])
        case missing
        case symbolicLink
    }

    private func collect(_ tree: OpaquePointer?, prefix: String, into files: inout [GitTreeFile]) throws(GitError) {
        let count = git_tree_entrycount(tree)
        for position in 0..<count {
            guard let entry = git_tree_entry_byindex(tree, position), let name = git_tree_entry_name(entry),
                let id = git_tree_entry_id(entry)
            else { continue }
            let path = prefix + String(cString: name)
            if git_tree_entry_type(entry) == GIT_OBJECT_TREE {
                var subtree: OpaquePointer?
                try check(git_tree_lookup(&subtree, pointer, id), "cannot read \(path)")
                defer { git_tree_free(subtree) }
                try collect(subtree, prefix: path + "/", into: &files)
            } else {
                files.append(
                    GitTreeFile(path: path, mode: git_tree_entry_filemode(entry).rawValue, id: GitObjectID(id.pointee)))
            }
        }
    }

    /// The bytes of the file at `path` in a commit, or `nil` when there is none.
    package func file(at path: String, in commit: GitObjectID) throws(GitError) -> [UInt8]? {
        guard let id = try entryID(at: path, in: commit) else { return nil }
        return try blob(id).bytes
    }
}

extension GitRepository {
    /// The best common ancestor of two commits (what `git merge-base` prints), or `nil` when they
    /// share no history.
    package func mergeBase(_ one: GitObjectID, _ two: GitObjectID) throws(GitError) -> GitObjectID? {
        var result = git_oid()
        var left = one.raw
        var right = two.raw
        let status = git_merge_base(&result, pointer, &left, &right)
        if status == GIT_ENOTFOUND.rawValue { return nil }
        try check(status, "cannot find the merge base of \(one) and \(two)")
        return GitObjectID(result)
    }
}
