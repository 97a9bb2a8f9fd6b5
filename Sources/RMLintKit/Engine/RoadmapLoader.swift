import Dispatch

/// Finds the roadmap files of a source and parses them concurrently.
public struct RoadmapLoader: Sendable {
    public var configuration: Configuration

    public init(configuration: Configuration) { self.configuration = configuration }

    /// Reads and decodes every roadmap file of `source`. With `memo`, files read from git whose
    /// blob was decoded before with the same settings are not read or parsed again.
    public func load(from source: some RoadmapSource, revision: RoadmapRevision = .workingTree, memo: DecodedBlobs? = nil) throws -> Roadmap {
        var seen = Set<String>()
        var entries: [SourceEntry] = []
        var missing: [String] = []
        let excludes = configuration.exclude.map(Glob.init)
        for folder in configuration.roadmap {
            guard let found = try source.markdownFiles(under: folder) else {
                missing.append(folder)
                continue
            }
            for entry in found where !excludes.contains(where: { $0.matches(entry.path) }) && seen.insert(entry.path).inserted {
                entries.append(entry)
            }
        }
        entries.sort { PathOrder.precedes($0.path, $1.path) }
        let files = entries

        let settings = ItemDecoder.Settings(configuration)
        let decoder = ItemDecoder(settings: settings)
        let results = ResultSlots<FileResult>(count: entries.count)
        let table = memo?.table(for: settings)
        let known: [FileResult?] = files.map { entry in
            guard let table, entry.type == .regular, let blob = entry.objectID, let found = table[blob] else { return nil }
            return FileResult(found, at: entry.path)
        }
        if source.allowsConcurrentReads {
            DispatchQueue.concurrentPerform(iterations: entries.count) { index in
                results[index] = known[index] ?? Self.process(files[index], bytes: nil, source: source, decoder: decoder)
            }
        } else {
            // Read one by one (the source is not thread-safe), then parse concurrently. A source
            // like the git index that cannot read an object is a repository error: it propagates.
            let prepared: [Result<[UInt8], Error>?] = try files.indices.map { index in
                let entry = files[index]
                guard known[index] == nil, entry.type == .regular || entry.type == .conflicted else { return nil }
                return .success(try source.contents(of: entry, limit: FrontMatterParser.maximumSize))
            }
            DispatchQueue.concurrentPerform(iterations: entries.count) { index in
                if let found = known[index] { return results[index] = found }
                let result = Self.process(files[index], bytes: prepared[index], source: source, decoder: decoder)
                results[index] = result
                if let table, files[index].type == .regular, let blob = files[index].objectID {
                    table.store(result.memoEntry, for: blob)
                }
            }
        }

        var items: [RoadmapItem] = []
        var unreadable: [UnreadableFile] = []
        for result in results.values {
            switch result {
            case let .item(item)?: items.append(item)
            case let .unreadable(file)?: unreadable.append(file)
            case .notAnItem?, nil: continue
            }
        }
        return Roadmap(revision: revision, configuration: configuration, items: items, unreadable: unreadable, missingFolders: missing)
    }

    private enum FileResult: Sendable {
        case item(RoadmapItem)
        case unreadable(UnreadableFile)
        case notAnItem

        /// A decoded blob placed at `path` (a copy of the item when it was read at another path).
        init(_ entry: DecodedBlobs.Entry, at path: String) {
            switch entry {
            case let .item(item): self = .item(item.path == path ? item : item.at(path: path))
            case let .unreadable(problem, salvaged): self = .unreadable(UnreadableFile(path: path, problem: problem, salvaged: salvaged))
            case .notAnItem: self = .notAnItem
            }
        }

        var memoEntry: DecodedBlobs.Entry {
            switch self {
            case let .item(item): return .item(item)
            case let .unreadable(file): return .unreadable(file.problem, file.salvaged)
            case .notAnItem: return .notAnItem
            }
        }
    }

    private static func process(_ entry: SourceEntry, bytes: Result<[UInt8], Error>?, source: some RoadmapSource,
                                decoder: ItemDecoder) -> FileResult {
        guard entry.type == .regular || entry.type == .conflicted else {
            let what = entry.type == .symbolicLink ? "a symbolic link" : "a FIFO, socket or device"
            return .unreadable(UnreadableFile(path: entry.path, problem: ParseProblem(
                message: "not a regular file (\(what)); roadmap items must be regular files, and links are not followed", location: .start)))
        }
        let data: [UInt8]
        do {
            data = try (bytes ?? Result { try source.contents(of: entry, limit: FrontMatterParser.maximumSize) }).get()
        } catch {
            return .unreadable(UnreadableFile(path: entry.path, problem: ParseProblem(message: "\(error)", location: .start)))
        }
        let oversized = data.count > FrontMatterParser.maximumSize
        let outcome = FrontMatterParser.parse(data, size: oversized ? max(source.size(of: entry), data.count) : data.count)
        if entry.type == .conflicted {
            var salvaged = SalvagedIdentity()
            switch outcome {
            case let .item(root, _): salvaged = SalvagedIdentity(root: root)
            case let .broken(_, identity): salvaged = identity
            case .notAnItem: return .notAnItem
            }
            return .unreadable(UnreadableFile(path: entry.path, problem: ParseProblem(
                message: "has an unresolved merge conflict; resolve it and 'git add' the file", location: .start), salvaged: salvaged))
        }
        switch outcome {
        case .notAnItem:
            return .notAnItem
        case let .broken(problem, salvaged):
            return .unreadable(UnreadableFile(path: entry.path, problem: problem, salvaged: salvaged))
        case let .item(root, words):
            return .item(decoder.decode(root: root, bodyWordCount: words).at(path: entry.path))
        }
    }
}
