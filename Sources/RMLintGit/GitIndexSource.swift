import RMLintCore

/// Roadmap files as staged in the git index: what `git commit` is about to record.
package struct GitIndexSource: RoadmapSource {
    package let repository: GitRepository
    package let workTreeRoot: String
    private let entries: [String: GitIndex.Entry]
    /// Paths with an unresolved merge conflict.
    private let conflicted: Set<String>

    /// Opens the repository around `directory` (honouring git's environment) and reads its index.
    package static func open(at directory: String) throws -> GitIndexSource {
        let repository: GitRepository
        do {
            repository = try GitRepository.discover(from: directory)
        } catch {
            if error.isNotFound {
                throw GitError(
                    "not a git repository (or any parent of \(directory)); --staged reads the git index, so run it inside a repository"
                )
            }
            throw error
        }
        guard !repository.isBare, let root = repository.workTree else {
            throw GitError(
                "the repository is bare: it has no index of files to commit, so --staged has nothing to lint; run rmlint in a clone with a work tree"
            )
        }
        let index: GitIndex
        do {
            index = try repository.index()
        } catch {
            throw GitError(
                "\(error.message); the index may be corrupt (try 'git status', or 'rm .git/index && git reset' to rebuild it)"
            )
        }
        var entries: [String: GitIndex.Entry] = [:]
        var conflicted: Set<String> = []
        for entry in index.entries {
            if entry.stage == 0 {
                entries[entry.path] = entry
                continue
            }
            conflicted.insert(entry.path)
            // Salvage the identity from our side (stage 2), else from theirs (3).
            if let kept = entries[entry.path], kept.stage == 2 || (kept.stage == 3 && entry.stage != 2) { continue }
            entries[entry.path] = entry
        }
        return GitIndexSource(
            repository: repository, workTreeRoot: RepositoryLocator.canonical(root),
            entries: entries, conflicted: conflicted)
    }

    package var allowsConcurrentReads: Bool { false }

    package func markdownFiles(under folder: String) throws -> [SourceEntry]? {
        if let entry = entries[folder], entry.isSymbolicLink { throw SourceError.symbolicLinkFolder(folder) }
        let prefix = folder.isEmpty ? "" : folder + "/"
        var found: [SourceEntry] = []
        var folderExists = false
        for (path, entry) in entries where path.hasPrefix(prefix) {
            folderExists = true
            guard path.hasSuffix(".md"), !entry.isSubmodule else { continue }
            var type: SourceEntry.FileType =
                entry.isRegularFile ? .regular : (entry.isSymbolicLink ? .symbolicLink : .other)
            if conflicted.contains(path) { type = .conflicted }
            found.append(SourceEntry(path: path, type: type, size: entry.size, handle: path, objectID: entry.id))
        }
        return folderExists ? found : nil
    }

    package func contents(of entry: SourceEntry, limit: Int) throws -> [UInt8] {
        guard let staged = entries[entry.handle] else { throw SourceError("\(entry.path) is not in the index") }
        do {
            return try repository.blob(staged.id, limit: limit + 1).bytes
        } catch {
            throw SourceError("\(entry.path): \(error.message); the repository may be corrupt (try 'git fsck')")
        }
    }

    /// True when the index holds no file at all.
    package var isEmpty: Bool { entries.isEmpty }

    package func file(at path: String) throws -> [UInt8]? {
        guard let staged = entries[path] else { return nil }
        if conflicted.contains(path) {
            throw SourceError("\(path) has an unresolved merge conflict; resolve it and 'git add' the file")
        }
        do {
            return try repository.blob(staged.id).bytes
        } catch {
            throw SourceError("\(path): \(error.message); the repository may be corrupt (try 'git fsck')")
        }
    }
}
