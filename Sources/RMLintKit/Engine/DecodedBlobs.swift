/// Items decoded from git blobs, by blob id and decoding settings: when two revisions are read
/// (`diff`, `lint --staged` against `HEAD`), a file that did not change is parsed once.
public final class DecodedBlobs: @unchecked Sendable {
    struct Key: Hashable {
        var blob: GitObjectID
        var settings: ItemDecoder.Settings
    }

    /// What a blob decoded to, placed at the path it was first read at.
    enum Entry {
        case item(RoadmapItem)
        case unreadable(ParseProblem, SalvagedIdentity)
        case notAnItem
    }

    private var entries: [Key: Entry] = [:]
    private let lock = NSLockLike()
    /// Blobs parsed (not found here), for tests and measurements.
    public private(set) var parsed = 0

    public init() {}

    subscript(key: Key) -> Entry? {
        lock.withLock { entries[key] }
    }

    func store(_ entry: Entry, for key: Key) {
        lock.withLock {
            entries[key] = entry
            parsed += 1
        }
    }
}
