import CLibGit2
import Foundation
import RMLintCore

/// An open repository. Owns its `git_repository*` and frees it once; use from one thread at a time.
package final class GitRepository: @unchecked Sendable {
    let pointer: OpaquePointer

    private init(pointer: OpaquePointer) { self.pointer = pointer }

    deinit { git_repository_free(pointer) }

    /// Opens the repository the way git itself finds it: from `directory` (or any subfolder),
    /// honouring `GIT_DIR`, `GIT_INDEX_FILE`, `GIT_WORK_TREE` and linked worktrees. A hook must
    /// open it this way to lint the index `git commit` is about to write (`-a`, partial commits).
    package static func discover(from directory: String) throws(GitError) -> GitRepository {
        GitLibrary.ensureInitialized()
        // libgit2 1.5 refuses GIT_WORK_TREE with OPEN_FROM_ENV: apply it after opening.
        let workTree = ProcessInfo.processInfo.environment["GIT_WORK_TREE"]
        if workTree != nil { unsetenv("GIT_WORK_TREE") }
        defer { if let workTree { setenv("GIT_WORK_TREE", workTree, 1) } }
        var pointer: OpaquePointer?
        let path = ProcessInfo.processInfo.environment["GIT_DIR"] == nil ? directory : nil
        try check(
            git_repository_open_ext(&pointer, path, GIT_REPOSITORY_OPEN_FROM_ENV.rawValue, nil),
            "cannot open the repository")
        guard let pointer else { throw GitError(code: -1, action: "cannot open the repository") }
        let repository = GitRepository(pointer: pointer)
        if let workTree {
            let absolute = workTree.hasPrefix("/") ? workTree : directory + "/" + workTree
            try check(git_repository_set_workdir(pointer, absolute, 0), "cannot use GIT_WORK_TREE \(workTree)")
        }
        return repository
    }

    /// Discovers the repository for a command that needs one, with failures a user can act on ("not a git repository … needs one").
    package static func open(at directory: String, purpose: String) throws(GitError) -> GitRepository {
        do {
            return try discover(from: directory)
        } catch {
            if error.isNotFound {
                throw GitError("not a git repository (or any parent of \(directory)); \(purpose) needs one")
            }
            throw error
        }
    }

    /// The folder holding what linked worktrees share (`.git` of the main work tree), without a trailing slash.
    package var commonDirectory: String {
        let text = String(cString: git_repository_commondir(pointer))
        return text.count > 1 && text.hasSuffix("/") ? String(text.dropLast()) : text
    }

    /// Another handle on the same repository, for another thread: libgit2 objects are never
    /// shared between threads, but each thread may have its own repository.
    package func reopened() throws(GitError) -> GitRepository {
        GitLibrary.ensureInitialized()
        var other: OpaquePointer?
        try check(git_repository_open(&other, git_repository_path(pointer)), "cannot open the repository again")
        guard let other else { throw GitError(code: -1, action: "cannot open the repository again") }
        return GitRepository(pointer: other)
    }

    package var isBare: Bool { git_repository_is_bare(pointer) == 1 }

    package var isShallow: Bool { git_repository_is_shallow(pointer) == 1 }

    /// True when HEAD points at no commit yet.
    package var isEmpty: Bool { git_repository_head_unborn(pointer) == 1 }

    /// The work tree's absolute path, without a trailing slash; `nil` for a bare repository.
    package var workTree: String? {
        guard let path = git_repository_workdir(pointer) else { return nil }
        let text = String(cString: path)
        return text.count > 1 && text.hasSuffix("/") ? String(text.dropLast()) : text
    }

    /// The index git would commit (`GIT_INDEX_FILE` when set), read fresh from disk.
    package func index() throws(GitError) -> GitIndex {
        var index: OpaquePointer?
        try check(git_repository_index(&index, pointer), "cannot read the index")
        guard let index else { throw GitError(code: -1, action: "cannot read the index") }
        let owned = GitIndex(pointer: index, repository: self)
        try check(git_index_read(index, 0), "cannot read the index")
        return owned
    }

    /// The bytes of a blob, copied out before the blob is freed; at most `limit` bytes when given.
    package func blob(_ id: GitObjectID, limit: Int = .max) throws(GitError) -> (bytes: [UInt8], size: Int) {
        var blob: OpaquePointer?
        var oid = id.raw
        try check(git_blob_lookup(&blob, pointer, &oid), "cannot read object \(id)")
        guard let blob else { throw GitError(code: -1, action: "cannot read object \(id)") }
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        let count = min(size, limit)
        guard count > 0, let raw = git_blob_rawcontent(blob) else { return ([], size) }
        let bytes = Array(UnsafeRawBufferPointer(start: raw, count: count))
        return (bytes, size)
    }

    /// A configuration value from the repository's configuration (all levels), or `nil`.
    package func configString(_ name: String) throws(GitError) -> String? {
        var config: OpaquePointer?
        try check(git_repository_config(&config, pointer), "cannot read the git configuration")
        defer { git_config_free(config) }
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        let result = git_config_get_string_buf(&buffer, config, name)
        if result == GIT_ENOTFOUND.rawValue { return nil }
        try check(result, "cannot read \(name)")
        return buffer.ptr.map { String(cString: $0) }
    }

    /// Sets a value in the repository's own configuration (`.git/config`).
    package func setConfigString(_ name: String, _ value: String) throws(GitError) {
        var config: OpaquePointer?
        try check(git_repository_config(&config, pointer), "cannot open the git configuration")
        defer { git_config_free(config) }
        var local: OpaquePointer?
        try check(git_config_open_level(&local, config, GIT_CONFIG_LEVEL_LOCAL), "cannot open .git/config")
        defer { git_config_free(local) }
        try check(git_config_set_string(local, name, value), "cannot set \(name)")
    }
}
