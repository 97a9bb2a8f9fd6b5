import CLibGit2
import Foundation

/// The history cache's compact binary form: varints, length-prefixed UTF-8, 20-byte object ids.
/// Reading checks every length and tag; anything malformed reads as no cache at all.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func id(_ value: GitObjectID) {
        withUnsafeBytes(of: value.raw.id) { bytes.append(contentsOf: $0) }
    }

    mutating func optional<T>(_ value: T?, _ write: (inout CacheWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func array<T>(_ values: [T], _ write: (inout CacheWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }
}

struct CacheReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func int() throws -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        let signed = Int64(bitPattern: value)
        return Int((signed >> 1) ^ -(signed & 1))
    }

    mutating func bool() throws -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Malformed() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    mutating func string() throws -> String {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        defer { offset += count }
        return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
    }

    mutating func id() throws -> GitObjectID {
        guard bytes.count - offset >= 20 else { throw Malformed() }
        var raw = git_oid()
        withUnsafeMutableBytes(of: &raw.id) { $0.copyBytes(from: bytes[offset..<(offset + 20)]) }
        offset += 20
        return GitObjectID(raw)
    }

    mutating func optional<T>(_ read: (inout CacheReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func array<T>(_ read: (inout CacheReader) throws -> T) throws -> [T] {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    mutating func value<T: RawRepresentable>(_ type: T.Type) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw Malformed() }
        return value
    }

    mutating func date() throws -> CalendarDate { CalendarDate(dayNumber: try int()) }
}

extension HistoryCache {
    static let magic = Array("RMLH".utf8)

    /// The cache as bytes.
    func encoded() -> [UInt8] {
        var writer = CacheWriter()
        writer.string(String(decoding: HistoryCache.magic, as: UTF8.self))
        writer.int(format)
        writer.string(key)
        writer.string(head)
        writer.array(state.roadmap) { $0.string($1) }
        writer.array(state.excludes) { $0.string($1) }
        writer.optional(state.configurationID) { $0.id($1) }
        writer.array(state.trees.sorted { $0.key < $1.key }) { writer, tree in writer.string(tree.key); writer.id(tree.value) }
        writer.array(walk.commits) { writer, commit in
            writer.id(commit.id)
            writer.int(commit.date.dayNumber)
            writer.array(commit.changes) { writer, change in
                writer.string(change.path)
                writer.optional(change.newID) { $0.id($1) }
                writer.int(Int(change.newMode))
            }
        }
        writer.array(Array(walk.readings)) { writer, entry in
            writer.id(entry.key)
            switch entry.value {
            case .unreadable: writer.int(1)
            case .notAnItem: writer.int(2)
            case let .item(snapshot):
                writer.int(0)
                HistoryCache.write(snapshot, into: &writer)
            }
        }
        return writer.bytes
    }

    /// The cache read back, or `nil` when the bytes are not one.
    static func decoded(_ bytes: [UInt8]) -> HistoryCache? {
        var reader = CacheReader(bytes)
        do {
            guard try reader.string() == String(decoding: magic, as: UTF8.self), try reader.int() == format else { return nil }
            let key = try reader.string()
            let head = try reader.string()
            var state = HistoryWalker.State()
            state.roadmap = try reader.array { try $0.string() }
            state.excludes = try reader.array { try $0.string() }
            state.configurationID = try reader.optional { try $0.id() }
            for (folder, id) in try reader.array({ reader in (try reader.string(), try reader.id()) }) { state.trees[folder] = id }
            let commits = try reader.array { reader in
                WalkedCommit(id: try reader.id(), date: try reader.date(), changes: try reader.array { reader in
                    GitTreeChange(path: try reader.string(), newID: try reader.optional { try $0.id() }, newMode: UInt32(truncatingIfNeeded: try reader.int()))
                })
            }
            var readings: [GitObjectID: BlobReading] = [:]
            for (id, reading) in try reader.array({ reader -> (GitObjectID, BlobReading) in
                let id = try reader.id()
                switch try reader.int() {
                case 0: return (id, .item(try read(&reader)))
                case 1: return (id, .unreadable)
                case 2: return (id, .notAnItem)
                default: throw CacheReader.Malformed()
                }
            }) { readings[id] = reading }
            guard reader.isAtEnd else { return nil }
            return HistoryCache(key: key, head: head, walk: HistoryWalker.Walk(commits: commits, readings: readings), state: state)
        } catch {
            return nil
        }
    }

    private static func write(_ item: ItemSnapshot, into writer: inout CacheWriter) {
        writer.string(item.id)
        writer.optional(item.kind) { $0.string($1.rawValue) }
        writer.optional(item.title) { $0.string($1) }
        writer.optional(item.status) { $0.string($1.rawValue) }
        writer.optional(item.due) { $0.int($1.dayNumber) }
        writer.optional(item.delivered) { $0.int($1.dayNumber) }
        writer.optional(item.horizon) { $0.string($1.rawValue) }
        writer.optional(item.target) { $0.string($1) }
        writer.optional(item.estimate) { $0.string($1.description) }
        writer.optional(item.owner) { $0.string($1) }
        writer.optional(item.track) { $0.string($1) }
        writer.optional(item.period) { $0.string($1.description) }
        writer.array(item.goals) { $0.string($1) }
        writer.array(item.replans) { writer, replan in
            writer.optional(replan.date) { $0.int($1.dayNumber) }
            writer.optional(replan.from) { $0.int($1.dayNumber) }
            writer.optional(replan.to) { $0.int($1.dayNumber) }
            writer.optional(replan.reason) { $0.string($1) }
            writer.int(replan.location.line)
            writer.int(replan.location.column)
        }
    }

    private static func read(_ reader: inout CacheReader) throws -> ItemSnapshot {
        var item = ItemSnapshot(id: try reader.string())
        item.kind = try reader.optional { try $0.value(ItemKind.self) }
        item.title = try reader.optional { try $0.string() }
        item.status = try reader.optional { try $0.value(ItemStatus.self) }
        item.due = try reader.optional { try $0.date() }
        item.delivered = try reader.optional { try $0.date() }
        item.horizon = try reader.optional { try $0.value(Horizon.self) }
        item.target = try reader.optional { try $0.string() }
        item.estimate = try reader.optional { reader in
            guard let value = Decimal(string: try reader.string(), locale: DecimalReading.posix) else { throw CacheReader.Malformed() }
            return value
        }
        item.owner = try reader.optional { try $0.string() }
        item.track = try reader.optional { try $0.string() }
        item.period = try reader.optional { reader in
            guard let period = Period(try reader.string()) else { throw CacheReader.Malformed() }
            return period
        }
        item.goals = try reader.array { try $0.string() }
        item.replans = try reader.array { reader in
            Replan(date: try reader.optional { try $0.date() }, from: try reader.optional { try $0.date() },
                   to: try reader.optional { try $0.date() }, reason: try reader.optional { try $0.string() },
                   location: SourceLocation(line: try reader.int(), column: try reader.int()))
        }
        return item
    }
}
