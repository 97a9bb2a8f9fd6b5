import RMLintCore

/// A roadmap source that keeps the bytes it hands out, by path: the board shows narratives of the
/// files the roadmap was just read from, without reading them from git a second time.
final class RecordingSource: RoadmapSource, @unchecked Sendable {
    private let base: any RoadmapSource
    private var recorded: [String: [UInt8]] = [:]
    private let lock = NSLockLike()

    init(_ base: any RoadmapSource) { self.base = base }

    /// The bytes read for `path`, as text.
    func text(of path: String) -> String? {
        lock.withLock { recorded[path] }.map { String(decoding: $0, as: UTF8.self) }
    }

    func markdownFiles(under folder: String) throws -> [SourceEntry]? { try base.markdownFiles(under: folder) }

    func contents(of entry: SourceEntry, limit: Int) throws -> [UInt8] {
        let bytes = try base.contents(of: entry, limit: limit)
        lock.withLock { recorded[entry.path] = bytes }
        return bytes
    }

    func file(at path: String) throws -> [UInt8]? { try base.file(at: path) }

    var allowsConcurrentReads: Bool { base.allowsConcurrentReads }

    func size(of entry: SourceEntry) -> Int { base.size(of: entry) }

    func entry(at path: String) throws -> SourceEntry? { try base.entry(at: path) }
}
