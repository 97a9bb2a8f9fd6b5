import CLibGit2
import RMLintCore

/// The staging area. Entries are copied out, so they outlive the index.
package final class GitIndex: @unchecked Sendable {
    let pointer: OpaquePointer
    /// Keeps the repository alive while the index is.
    private let repository: GitRepository

    init(pointer: OpaquePointer, repository: GitRepository) {
        self.pointer = pointer
        self.repository = repository
    }

    deinit { git_index_free(pointer) }

    /// One staged file.
    package struct Entry: GitFileMode, Sendable {
        package var path: String
        package var mode: UInt32
        package var id: GitObjectID
        package var size: Int
        /// 0 for a resolved entry; 1 (base), 2 (ours) or 3 (theirs) during a merge conflict.
        package var stage: Int

    }

    /// Every entry, conflicted stages included.
    package var entries: [Entry] {
        let count = git_index_entrycount(pointer)
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        for position in 0..<count {
            guard let entry = git_index_get_byindex(pointer, position) else { continue }
            let stage = (Int32(entry.pointee.flags) & GIT_INDEX_ENTRY_STAGEMASK) >> GIT_INDEX_ENTRY_STAGESHIFT
            guard let path = entry.pointee.path else { continue }
            entries.append(
                Entry(
                    path: String(cString: path), mode: entry.pointee.mode,
                    id: GitObjectID(entry.pointee.id), size: Int(entry.pointee.file_size), stage: Int(stage)))
        }
        return entries
    }
}
