/// Where roadmap files come from: the working tree, or the git index for `--staged`.
package protocol RoadmapSource: Sendable {
    /// Every `*.md` entry below `folder` (repository-relative), or `nil` when the folder does not exist.
    func markdownFiles(under folder: String) throws -> [SourceEntry]?
    /// The bytes of an entry: all of them, or only a prefix when the file is over `limit` bytes.
    func contents(of entry: SourceEntry, limit: Int) throws -> [UInt8]
    /// The bytes of a repository-relative file (the configuration), or `nil` when it does not exist.
    func file(at path: String) throws -> [UInt8]?
    /// True when `contents(of:limit:)` may be called from several threads at once.
    var allowsConcurrentReads: Bool { get }
    /// The full size of an entry, asked only for a file found to be over the size limit.
    func size(of entry: SourceEntry) -> Int
    /// The entry at one repository-relative path, as `markdownFiles(under:)` would list it, or `nil`
    /// when that walk would not find it (no such file, or below a symbolic link).
    func entry(at path: String) throws -> SourceEntry?
}

extension RoadmapSource {
    package func size(of entry: SourceEntry) -> Int { entry.size }

    package func entry(at path: String) throws -> SourceEntry? {
        guard let bytes = try file(at: path) else { return nil }
        return SourceEntry(path: path, type: .regular, size: bytes.count)
    }
}

/// A file found below a roadmap folder.
package struct SourceEntry: Sendable {
    package enum FileType: Sendable {
        case regular
        case symbolicLink
        case other
        /// An index entry with an unresolved merge conflict; its content is "our" side.
        case conflicted
    }

    /// Repository-relative, `/`-separated.
    package var path: String
    package var type: FileType
    package var size: Int
    /// Source-specific handle (e.g. the index path).
    package var handle: String
    /// The blob id, for sources read from git: content with the same id decodes the same.
    package var objectID: GitObjectID?

    package init(path: String, type: FileType, size: Int, handle: String = "", objectID: GitObjectID? = nil) {
        self.path = path
        self.type = type
        self.size = size
        self.handle = handle
        self.objectID = objectID
    }
}
