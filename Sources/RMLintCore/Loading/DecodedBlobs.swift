/// Items decoded from git blobs (by blob id) and from working-tree files (by content), per decoding
/// settings: when two revisions are read (`diff`, `lint --staged` against `HEAD`), or a session
/// reads the working tree again, a file that did not change is parsed once.
package final class DecodedBlobs: @unchecked Sendable {
    /// The blobs decoded with one set of settings (settings are hashed once per load, not per file).
    final class Table: @unchecked Sendable {
        private var entries: [GitObjectID: FileReading] = [:]
        /// Working-tree files by a hash of their bytes, with the bytes (a hash match is checked in full).
        private var byContent: [Int: [(bytes: [UInt8], path: String, reading: FileReading)]] = [:]
        private let lock = NSLockLike()
        private(set) var parsed = 0
        private let blobID: (@Sendable ([UInt8]) -> GitObjectID?)?
        /// Whether a reading depends on the file's path too (a convention's kinds by folder): then
        /// everything is known by content and path.
        private let readsPath: Bool

        init(blobID: (@Sendable ([UInt8]) -> GitObjectID?)?, readsPath: Bool) {
            self.blobID = blobID
            self.readsPath = readsPath
        }

        private func key(_ blob: GitObjectID, _ path: String) -> GitObjectID {
            readsPath ? blob.keyed(by: path) : blob
        }

        subscript(blob: GitObjectID, path path: String) -> FileReading? {
            lock.withLock { entries[key(blob, path)] }
        }

        /// What a file with exactly these bytes (at this path, when that matters) decoded to, if
        /// one was decoded before.
        func reading(content bytes: [UInt8], path: String) -> FileReading? {
            let hash = bytes.hashValue
            return lock.withLock {
                byContent[hash]?.first { $0.bytes == bytes && (!readsPath || $0.path == path) }?.reading
            }
        }

        func store(_ reading: FileReading, content bytes: [UInt8], path: String) {
            let hash = bytes.hashValue
            // The id git gives these bytes: a commit's blob with that id is this file (no reading it).
            let blob = blobID?(bytes)
            lock.withLock {
                byContent[hash, default: []].removeAll { $0.bytes == bytes && (!readsPath || $0.path == path) }
                byContent[hash, default: []].append((bytes, path, reading))
                if let blob { entries[key(blob, path)] = reading }
                parsed += 1
            }
        }

        func store(_ entry: FileReading, for blob: GitObjectID, path: String) {
            lock.withLock {
                entries[key(blob, path)] = entry
                parsed += 1
            }
        }
    }

    private var tables: [ItemDecoder.Settings: Table] = [:]
    private let lock = NSLockLike()
    /// Whether working-tree files are kept by content too: worth it for a session that reads the
    /// working tree again and again, not for a command that reads it once.
    package let keepsWorkingTree: Bool

    /// How git names a blob of some bytes (given by the git layer, which core does not link).
    private let blobID: (@Sendable ([UInt8]) -> GitObjectID?)?

    /// With `blobID`, a working-tree file kept by content is also known by the id git would give
    /// its bytes, so that reading a commit (HEAD, for change rules) skips every blob the working
    /// tree has unchanged — exactly, whatever the index's timestamps say.
    package init(keepsWorkingTree: Bool = false, blobID: (@Sendable ([UInt8]) -> GitObjectID?)? = nil) {
        self.keepsWorkingTree = keepsWorkingTree
        self.blobID = blobID
    }

    func table(for settings: ItemDecoder.Settings) -> Table {
        lock.withLock {
            if let table = tables[settings] { return table }
            let table = Table(blobID: blobID, readsPath: settings.convention?.readsPath == true)
            tables[settings] = table
            return table
        }
    }

    /// Blobs parsed (not found here), for tests and measurements.
    package var parsed: Int { lock.withLock { tables.values.reduce(0) { $0 + $1.parsed } } }
}
