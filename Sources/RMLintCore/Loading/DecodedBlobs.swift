/// Items decoded from git blobs, by decoding settings and blob id: when two revisions are read
/// (`diff`, `lint --staged` against `HEAD`), a file that did not change is parsed once.
package final class DecodedBlobs: @unchecked Sendable {
    /// The blobs decoded with one set of settings (settings are hashed once per load, not per file).
    final class Table: @unchecked Sendable {
        private var entries: [GitObjectID: FileReading] = [:]
        private let lock = NSLockLike()
        private(set) var parsed = 0

        subscript(blob: GitObjectID) -> FileReading? {
            lock.withLock { entries[blob] }
        }

        func store(_ entry: FileReading, for blob: GitObjectID) {
            lock.withLock {
                entries[blob] = entry
                parsed += 1
            }
        }
    }

    private var tables: [ItemDecoder.Settings: Table] = [:]
    private let lock = NSLockLike()

    package init() {}

    func table(for settings: ItemDecoder.Settings) -> Table {
        lock.withLock {
            if let table = tables[settings] { return table }
            let table = Table()
            tables[settings] = table
            return table
        }
    }

    /// Blobs parsed (not found here), for tests and measurements.
    package var parsed: Int { lock.withLock { tables.values.reduce(0) { $0 + $1.parsed } } }
}
