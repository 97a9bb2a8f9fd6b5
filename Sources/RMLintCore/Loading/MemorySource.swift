/// A roadmap held in memory: repository-relative path → bytes. What tests, the fuzzers and (with
/// open editor buffers) the language server read instead of a working tree or a commit.
package struct MemorySource: RoadmapSource {
    package var files: [String: [UInt8]]

    package init(files: [String: [UInt8]]) { self.files = files }

    package var allowsConcurrentReads: Bool { true }

    package func markdownFiles(under folder: String) throws -> [SourceEntry]? {
        let prefix = folder.isEmpty ? "" : folder + "/"
        let found = files.keys.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".md") }
        guard !found.isEmpty else { return nil }
        return found.map { SourceEntry(path: $0, type: .regular, size: files[$0]?.count ?? 0) }
    }

    package func contents(of entry: SourceEntry, limit: Int) throws -> [UInt8] {
        Array((files[entry.path] ?? []).prefix(limit + 1))
    }

    package func file(at path: String) throws -> [UInt8]? { files[path] }
}
