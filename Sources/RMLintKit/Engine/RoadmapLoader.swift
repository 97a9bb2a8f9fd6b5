import Dispatch

/// The roadmap as read from a source: parsed items and the files that could not be read.
public struct LoadedRoadmap: Sendable {
    public var items: [RoadmapItem]
    public var unreadable: [UnreadableFile]
    /// Roadmap folders from the configuration that do not exist in the source.
    public var missingFolders: [String]

    /// Files that are items (readable or not): the `items` count of the summary.
    public var itemCount: Int { items.count + unreadable.count }
}

/// Finds the roadmap files of a source and parses them concurrently.
public struct RoadmapLoader: Sendable {
    public var configuration: Configuration

    public init(configuration: Configuration) { self.configuration = configuration }

    public func load(from source: some RoadmapSource) throws -> LoadedRoadmap {
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
        entries.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        let files = entries

        let decoder = ItemDecoder(strictFields: configuration.strictFields, tracks: configuration.tracks,
                                  unit: configuration.capacity.unit, ruleIDs: RuleRegistry.ids)
        let results = ResultSlots<FileResult>(count: entries.count)
        if source.allowsConcurrentReads {
            DispatchQueue.concurrentPerform(iterations: entries.count) { index in
                results[index] = Self.process(files[index], bytes: nil, source: source, decoder: decoder)
            }
        } else {
            // Read one by one (the source is not thread-safe), then parse concurrently. A source
            // like the git index that cannot read an object is a repository error: it propagates.
            let prepared: [Result<[UInt8], Error>?] = try files.map { entry in
                entry.type == .regular ? .success(try source.contents(of: entry, limit: FrontMatterParser.maximumSize)) : nil
            }
            DispatchQueue.concurrentPerform(iterations: entries.count) { index in
                results[index] = Self.process(files[index], bytes: prepared[index], source: source, decoder: decoder)
            }
        }

        var roadmap = LoadedRoadmap(items: [], unreadable: [], missingFolders: missing)
        for result in results.values {
            switch result {
            case let .item(item)?: roadmap.items.append(item)
            case let .unreadable(file)?: roadmap.unreadable.append(file)
            case .notAnItem?, nil: continue
            }
        }
        return roadmap
    }

    private enum FileResult: Sendable {
        case item(RoadmapItem)
        case unreadable(UnreadableFile)
        case notAnItem
    }

    private static func process(_ entry: SourceEntry, bytes: Result<[UInt8], Error>?, source: some RoadmapSource,
                                decoder: ItemDecoder) -> FileResult {
        guard entry.type == .regular else {
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
        switch FrontMatterParser.parse(data, size: max(entry.size, data.count)) {
        case .notAnItem:
            return .notAnItem
        case let .broken(problem, salvagedID):
            return .unreadable(UnreadableFile(path: entry.path, problem: problem, salvagedID: salvagedID))
        case let .item(root, words):
            return .item(decoder.decode(path: entry.path, root: root, bodyWordCount: words))
        }
    }
}

/// Fixed slots written from concurrent iterations, each index by exactly one iteration.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLockLike()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    var values: [Value?] { lock.withLock { storage } }
}

/// A small mutex on pthread, so the engine needs nothing beyond the standard library and Dispatch.
private final class NSLockLike: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return try body()
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
