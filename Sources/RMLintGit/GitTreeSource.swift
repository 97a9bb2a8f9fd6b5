import RMLintCore

/// Roadmap files as recorded in a commit: `lint --base REV`, `diff` and `history` read these.
package struct GitTreeSource: RoadmapSource {
    package let repository: GitRepository
    package let commit: GitObjectID

    package init(repository: GitRepository, commit: GitObjectID) {
        self.repository = repository
        self.commit = commit
    }

    package var allowsConcurrentReads: Bool { false }

    package func markdownFiles(under folder: String) throws -> [SourceEntry]? {
        let listing: GitRepository.TreeListing
        do {
            listing = try repository.files(under: folder, in: commit)
        } catch {
            throw SourceError("\(error.message); the repository may be corrupt (try 'git fsck')")
        }
        switch listing {
        case .missing: return nil
        case .symbolicLink: throw SourceError.symbolicLinkFolder(folder)
        case .files(let files):
            return files.filter { $0.path.hasSuffix(".md") && !$0.isSubmodule }.map { file in
                SourceEntry(
                    path: file.path,
                    type: file.isRegularFile ? .regular : (file.isSymbolicLink ? .symbolicLink : .other),
                    size: 0, handle: file.id.description, objectID: file.id)
            }
        }
    }

    package func contents(of entry: SourceEntry, limit: Int) throws -> [UInt8] {
        guard let id = entry.objectID else { throw SourceError("\(entry.path) is not in \(commit)") }
        do {
            return try repository.blob(id, limit: limit + 1).bytes
        } catch {
            throw SourceError("\(entry.path): \(error.message); the repository may be corrupt (try 'git fsck')")
        }
    }

    package func file(at path: String) throws -> [UInt8]? {
        do {
            return try repository.file(at: path, in: commit)
        } catch {
            throw SourceError("\(path): \(error.message); the repository may be corrupt (try 'git fsck')")
        }
    }
}
