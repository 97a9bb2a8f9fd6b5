import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

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
        writer.array(state.trees.sorted { $0.key < $1.key }) { writer, tree in
            writer.string(tree.key)
            writer.id(tree.value)
        }
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
            for (folder, id) in try reader.array({ reader in (try reader.string(), try reader.id()) }) {
                state.trees[folder] = id
            }
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
        writer.array(edits.sorted { $0.key < $1.key }) { writer, edit in
            writer.string(edit.key)
            writer.int(edit.value)
        }
        writer.array(current.values.sorted { $0.id < $1.id }) { $1.write(into: &$0) }
        writer.array(idAtPath.sorted { $0.key < $1.key }) { writer, entry in
            writer.string(entry.key)
            writer.string(entry.value)
        }
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
        writer.optional(kind) { $0.string($1.rawValue) }
        writer.optional(title) { $0.string($1) }
        writer.id(commit)
        writer.int(date.dayNumber)
        switch change {
        case .added(let kind):
            writer.int(0)
            writer.optional(kind) { $0.string($1.rawValue) }
        case .removed:
            writer.int(1)
        case .field(let field):
            writer.int(2)
            writer.string(field.field)
            writer.optional(field.from) { $0.string($1) }
            writer.optional(field.to) { $0.string($1) }
            writer.optional(field.days) { $0.int($1) }
            writer.array(field.reasons) { $0.string($1) }
            writer.optional(field.replans) { $0.int($1) }
            writer.int((field.fromInvalid ? 1 : 0) | (field.toInvalid ? 2 : 0))
            writer.array(field.added) { $0.string($1) }
            writer.array(field.removed) { $0.string($1) }
        }
    }

    init(from reader: inout CacheReader) throws {
        id = try reader.string()
        kind = try reader.optional { try $0.value(ItemKind.self) }
        title = try reader.optional { try $0.string() }
        commit = try reader.id()
        date = try reader.date()
        switch try reader.int() {
        case 0: change = .added(try reader.optional { try $0.value(ItemKind.self) })
        case 1: change = .removed
        case 2:
            var field = FieldChange(
                field: try reader.string(), from: try reader.optional { try $0.string() },
                to: try reader.optional { try $0.string() }, days: try reader.optional { try $0.int() },
                reasons: try reader.array { try $0.string() }, replans: try reader.optional { try $0.int() })
            let invalid = try reader.int()
            (field.fromInvalid, field.toInvalid) = (invalid & 1 != 0, invalid & 2 != 0)
            field.added = try reader.array { try $0.string() }
            field.removed = try reader.array { try $0.string() }
            change = .field(field)
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
        writer.optional(owners) { $0.string($1) }
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
        writer.int(Int(unknown.rawValue))
        writer.int(dueKeyWritten ? 1 : 0)
        writer.optional(theme) { $0.string($1) }
        writer.optional(milestone) { $0.string($1) }
        writer.array(dependsOn) { $0.string($1) }
        writer.array(tags) { $0.string($1) }
        writer.optional(metricName) { $0.string($1) }
        writer.optional(metricBaseline) { $0.string($1) }
        writer.array(invalidText.sorted { $0.key < $1.key }) { writer, entry in
            writer.string(entry.key)
            writer.string(entry.value)
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
        owners = try reader.optional { try $0.string() }
        track = try reader.optional { try $0.string() }
        period = try reader.optional { reader in
            guard let period = Period(try reader.string()) else { throw CacheReader.Malformed() }
            return period
        }
        goals = try reader.array { try $0.string() }
        replans = try reader.array { reader in
            Replan(
                date: try reader.optional { try $0.date() }, from: try reader.optional { try $0.date() },
                to: try reader.optional { try $0.date() }, reason: try reader.optional { try $0.string() },
                location: SourceLocation(line: try reader.int(), column: try reader.int()))
        }
        guard let unknown = UInt32(exactly: try reader.int()) else { throw CacheReader.Malformed() }
        self.unknown = Fields(rawValue: unknown)
        dueKeyWritten = try reader.int() != 0
        let theme = try reader.optional { try $0.string() }
        let milestone = try reader.optional { try $0.string() }
        let dependsOn = try reader.array { try $0.string() }
        let tags = try reader.array { try $0.string() }
        let metricName = try reader.optional { try $0.string() }
        let metricBaseline = try reader.optional { try $0.string() }
        var invalidText: [String: String] = [:]
        for (key, value) in try reader.array({ (try $0.string(), try $0.string()) }) { invalidText[key] = value }
        details = Details.make(
            theme: theme, milestone: milestone, dependsOn: dependsOn, tags: tags, metricName: metricName,
            metricBaseline: metricBaseline, invalidText: invalidText)
    }
}
