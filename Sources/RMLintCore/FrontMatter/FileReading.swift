/// What one roadmap file holds: an item, a file that looks like an item but cannot be read as one,
/// or no item at all (a Markdown file without front-matter).
///
/// It depends only on the file's path, bytes and the decoding settings (``ItemDecoder/read(_:size:path:)``),
/// so it can be memoised by content and a roadmap assembled from per-file readings.
package enum FileReading: Sendable {
    case item(RoadmapItem)
    /// Boxed: an unreadable file is rare, and a reading is kept per file (one word each).
    indirect case unreadable(UnreadableFile)
    case notAnItem

    /// The same reading for a file at `path` (a copy of the item when it was read at another path).
    package func at(path: String) -> FileReading {
        switch self {
        case .item(let item): return .item(item.path == path ? item : item.at(path: path))
        case .unreadable(let file):
            return .unreadable(UnreadableFile(path: path, problem: file.problem, salvaged: file.salvaged))
        case .notAnItem: return .notAnItem
        }
    }
}

extension ItemDecoder {
    /// Bytes → item: parses the front-matter and decodes it. `size` is the file's full size when
    /// `bytes` were read only up to a limit. This is the one way a file becomes an item, for the
    /// loader (working tree, index, commits) and the history walker alike.
    package func read(_ bytes: [UInt8], size: Int? = nil, path: String) -> FileReading {
        if let backlog = settings.convention?.backlog, path.hasPrefix(backlog.root + "/") {
            return readBacklog(bytes, size: size, path: path, layout: backlog)
        }
        switch FrontMatterParser.parse(bytes, size: size) {
        case .notAnItem:
            return .notAnItem
        case .broken(let problem, let salvaged):
            return .unreadable(UnreadableFile(path: path, problem: problem, salvaged: salvaged))
        case .item(let root, let words, let spans, let criteria):
            return .item(decode(root: root, bodyWordCount: words, spans: spans, path: path, criteria: criteria))
        }
    }
}
