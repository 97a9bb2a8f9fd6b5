import Foundation

extension HistoryCache {
    static let magic = Array("RMLH".utf8)

    /// The cache as bytes.
    func encoded() -> [UInt8] {
        var writer = CacheWriter()
        writer.string(key)
        writer.string(head)
        writer.int(commits)
        writer.array(state.roadmap) { $0.string($1) }
        writer.array(state.excludes) { $0.string($1) }
        writer.optional(state.configurationID) { $0.id($1) }
        writer.array(state.trees.sorted { $0.key < $1.key }) { writer, tree in writer.string(tree.key); writer.id(tree.value) }
        analyzer.write(into: &writer)
        return writer.bytes(magic: Self.magic, format: Self.format)
    }

    /// The cache read back, or `nil` when the bytes are not one.
    static func decoded(_ bytes: [UInt8]) -> HistoryCache? {
        do {
            var reader = try CacheReader(bytes, magic: magic, format: format)
            let key = try reader.string()
            let head = try reader.string()
            let commits = try reader.int()
            var state = HistoryWalker.State()
            state.roadmap = try reader.array { try $0.string() }
            state.excludes = try reader.array { try $0.string() }
            state.configurationID = try reader.optional { try $0.id() }
            for (folder, id) in try reader.array({ reader in (try reader.string(), try reader.id()) }) { state.trees[folder] = id }
            let analyzer = try HistoryAnalyzer(from: &reader)
            guard reader.isAtEnd, commits >= 0 else { return nil }
            return HistoryCache(key: key, head: head, commits: commits, state: state, analyzer: analyzer)
        } catch {
            return nil
        }
    }
}

extension HistoryAnalyzer {
    func write(into writer: inout CacheWriter) {
        writer.int(skipped)
        writer.array(edits.sorted { $0.key < $1.key }) { writer, edit in writer.string(edit.key); writer.int(edit.value) }
        writer.array(current.values.sorted { $0.id < $1.id }) { $1.write(into: &$0) }
        writer.array(idAtPath.sorted { $0.key < $1.key }) { writer, entry in writer.string(entry.key); writer.string(entry.value) }
        writer.array(timelines.values.sorted { $0.id < $1.id }) { $1.write(into: &$0) }
        writer.array(events) { $1.write(into: &$0) }
    }

    init(from reader: inout CacheReader) throws {
        self.init()
        skipped = try reader.int()
        for (id, count) in try reader.array({ reader in (try reader.string(), try reader.int()) }) { edits[id] = count }
        let snapshots = try reader.array { try ItemSnapshot(from: &$0) }
        current = Dictionary(snapshots.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let paths = try reader.array { reader in (try reader.string(), try reader.string()) }
        idAtPath = Dictionary(paths, uniquingKeysWith: { first, _ in first })
        indexPaths()
        let read = try reader.array { try MilestoneTimeline(from: &$0) }
        timelines = Dictionary(read.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        events = try reader.array { try DriftEvent(from: &$0) }
    }
}

extension MilestoneTimeline {
    func write(into writer: inout CacheWriter) {
        last.write(into: &writer)
        writer.optional(commitment) { writer, commitment in
            writer.id(commitment.commit)
            writer.int(commitment.date.dayNumber)
            writer.int(commitment.due.dayNumber)
        }
        writer.optional(latestDue) { $0.int($1.dayNumber) }
        writer.int(slips)
        writer.optional(doneOn) { $0.int($1.dayNumber) }
        writer.bool(exists)
    }

    init(from reader: inout CacheReader) throws {
        self.init(try ItemSnapshot(from: &reader))
        commitment = try reader.optional { Commitment(commit: try $0.id(), date: try $0.date(), due: try $0.date()) }
        latestDue = try reader.optional { try $0.date() }
        slips = try reader.int()
        doneOn = try reader.optional { try $0.date() }
        exists = try reader.bool()
    }
}

extension DriftEvent {
    func write(into writer: inout CacheWriter) {
        writer.string(id)
        writer.optional(title) { $0.string($1) }
        writer.id(commit)
        writer.int(date.dayNumber)
        switch change {
        case let .added(kind):
            writer.int(0)
            writer.optional(kind) { $0.string($1.rawValue) }
        case .removed:
            writer.int(1)
        case let .due(from, to, days, reasons):
            writer.int(2)
            writer.int(from.dayNumber)
            writer.int(to.dayNumber)
            writer.int(days)
            writer.array(reasons) { $0.string($1) }
        case let .horizon(from, to):
            writer.int(3)
            writer.string(from.rawValue)
            writer.string(to.rawValue)
        case let .status(from, to):
            writer.int(4)
            writer.string(from.rawValue)
            writer.string(to.rawValue)
        case let .scope(field, from, to):
            writer.int(5)
            writer.string(field)
            writer.string(from)
            writer.string(to)
        case let .owner(from, to):
            writer.int(6)
            writer.string(from)
            writer.string(to)
        }
    }

    init(from reader: inout CacheReader) throws {
        id = try reader.string()
        title = try reader.optional { try $0.string() }
        commit = try reader.id()
        date = try reader.date()
        switch try reader.int() {
        case 0: change = .added(try reader.optional { try $0.value(ItemKind.self) })
        case 1: change = .removed
        case 2: change = .due(from: try reader.date(), to: try reader.date(), days: try reader.int(), reasons: try reader.array { try $0.string() })
        case 3: change = .horizon(from: try reader.value(Horizon.self), to: try reader.value(Horizon.self))
        case 4: change = .status(from: try reader.value(ItemStatus.self), to: try reader.value(ItemStatus.self))
        case 5: change = .scope(field: try reader.string(), from: try reader.string(), to: try reader.string())
        case 6: change = .owner(from: try reader.string(), to: try reader.string())
        default: throw CacheReader.Malformed()
        }
    }
}

extension ItemSnapshot {
    func write(into writer: inout CacheWriter) {
        writer.string(id)
        writer.optional(kind) { $0.string($1.rawValue) }
        writer.optional(title) { $0.string($1) }
        writer.optional(status) { $0.string($1.rawValue) }
        writer.optional(due) { $0.int($1.dayNumber) }
        writer.optional(delivered) { $0.int($1.dayNumber) }
        writer.optional(horizon) { $0.string($1.rawValue) }
        writer.optional(target) { $0.string($1) }
        writer.optional(estimate) { $0.string($1.description) }
        writer.optional(owner) { $0.string($1) }
        writer.optional(track) { $0.string($1) }
        writer.optional(period) { $0.string($1.description) }
        writer.array(goals) { $0.string($1) }
        writer.array(replans) { writer, replan in
            writer.optional(replan.date) { $0.int($1.dayNumber) }
            writer.optional(replan.from) { $0.int($1.dayNumber) }
            writer.optional(replan.to) { $0.int($1.dayNumber) }
            writer.optional(replan.reason) { $0.string($1) }
            writer.int(replan.location.line)
            writer.int(replan.location.column)
        }
    }

    init(from reader: inout CacheReader) throws {
        self.init(id: try reader.string())
        kind = try reader.optional { try $0.value(ItemKind.self) }
        title = try reader.optional { try $0.string() }
        status = try reader.optional { try $0.value(ItemStatus.self) }
        due = try reader.optional { try $0.date() }
        delivered = try reader.optional { try $0.date() }
        horizon = try reader.optional { try $0.value(Horizon.self) }
        target = try reader.optional { try $0.string() }
        estimate = try reader.optional { reader in
            guard let value = DecimalReading.decimal(try reader.string()) else { throw CacheReader.Malformed() }
            return value
        }
        owner = try reader.optional { try $0.string() }
        track = try reader.optional { try $0.string() }
        period = try reader.optional { reader in
            guard let period = Period(try reader.string()) else { throw CacheReader.Malformed() }
            return period
        }
        goals = try reader.array { try $0.string() }
        replans = try reader.array { reader in
            Replan(date: try reader.optional { try $0.date() }, from: try reader.optional { try $0.date() },
                   to: try reader.optional { try $0.date() }, reason: try reader.optional { try $0.string() },
                   location: SourceLocation(line: try reader.int(), column: try reader.int()))
        }
    }
}
