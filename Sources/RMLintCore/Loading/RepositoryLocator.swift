import Foundation

/// Finds the repository root the way the configuration is looked up: walk up from the working
/// directory to the folder holding `.git`; with no `.git` above, the working directory itself.
package enum RepositoryLocator {
    package static func root(from directory: String) -> String {
        var current = canonical(directory)
        while true {
            if FileManager.default.fileExists(atPath: current + "/.git") { return current }
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { return canonical(directory) }
            current = parent
        }
    }

    /// The absolute path with symbolic links resolved, so relative paths compare reliably.
    package static func canonical(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return (path as NSString).standardizingPath }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `path` relative to `root` with `/` separators, or `nil` when it lies outside.
    package static func relative(_ path: String, to root: String) -> String? {
        if path == root { return "" }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        guard path.hasPrefix(prefix) else { return nil }
        return String(path.dropFirst(prefix.count))
    }
}
