import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// The incremental cache of `rmlint history`: where the walk of a revision's first-parent history
/// stopped and the analysis of it (items, milestone timelines, drift), so that the next run on the
/// same revision reads no history and a run on a later one walks only the commits added since.
/// Kept in the repository's git directory (`.git/rmlint/`), never in the work tree; keyed by
/// rmlint's version and the decoding settings; written atomically; ignored and rebuilt when it is
/// corrupt or from another version or configuration. Safe to delete.
struct HistoryCache {
    static let format = 6

    package var key: String
    /// The commit the walk ended on.
    var head: String
    /// Commits walked.
    var commits: Int
    var state: HistoryWalker.State
    var analyzer: HistoryAnalyzer

    /// The file for a key, in the repository's git directory.
    static func url(repository: GitRepository, key: String) -> URL {
        let name = "history-" + Fingerprint(rule: "history", subject: key, field: "").hash + ".cache"
        return URL(fileURLWithPath: repository.commonDirectory).appendingPathComponent("rmlint").appendingPathComponent(
            name)
    }

    /// What the cache depends on besides the history itself: rmlint's version, the cache format and
    /// the decoding settings, described from the settings value itself (every stored property), so a
    /// setting added later changes the key without anyone remembering to add it here.
    package static func key(settings: ItemDecoder.Settings) -> String {
        "\(RMLintVersion.current)|\(format)|\(StableDescription.of(settings))"
    }

    /// The cache at `url` when it is readable and made for `key`; anything else is ignored.
    static func load(_ url: URL, key: String) -> HistoryCache? {
        guard let data = try? Data(contentsOf: url), let cache = decoded(Array(data)), cache.key == key else {
            return nil
        }
        return cache
    }

    /// Writes to a temporary file beside the cache, then renames it over: never a half-written cache.
    func save(_ url: URL) {
        let folder = url.deletingLastPathComponent()
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else {
            return
        }
        let data = Data(encoded())
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        guard (try? data.write(to: temporary)) != nil else { return }
        if rename(temporary.path, url.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        removeOutdated(besides: url)
    }

    /// Deletes cache files an older rmlint wrote (another magic or format): they would never be
    /// read again. Caches of the current format for other configurations are kept.
    private func removeOutdated(besides url: URL) {
        let folder = url.deletingLastPathComponent()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        var current = HistoryCache.magic
        current.append(UInt8(HistoryCache.format << 1))  // the format's zigzag varint, one byte
        for name in names where name.hasPrefix("history-") && name.hasSuffix(".cache") && name != url.lastPathComponent
        {
            let other = folder.appendingPathComponent(name)
            guard let handle = try? FileHandle(forReadingFrom: other) else { continue }
            let head = (try? handle.read(upToCount: current.count)).map { Array($0) } ?? []
            try? handle.close()
            if head != current { try? FileManager.default.removeItem(at: other) }
        }
    }
}
