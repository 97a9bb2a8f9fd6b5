import RMLintCore
import RMLintGit
import RMLintRules

/// The history cache's compact binary form: a magic, a format number, a table of every distinct
/// string, then varints, string-table indexes and 20-byte object ids. Strings that repeat (ids,
/// titles, owners) are stored and read once. Reading checks every length, index and tag; anything
/// malformed reads as no cache at all.
struct CacheWriter {
    private var body: [UInt8] = []
    private var table: [String] = []
    private var indexes: [String: Int] = [:]

    mutating func int(_ value: Int) { Self.varint(value, into: &body) }

    mutating func bool(_ value: Bool) { body.append(value ? 1 : 0) }

    /// A string, as its index in the table.
    mutating func string(_ value: String) {
        if let index = indexes[value] { return int(index) }
        indexes[value] = table.count
        int(table.count)
        table.append(value)
    }

    mutating func id(_ value: GitObjectID) {
        withUnsafeTemporaryAllocation(byteCount: 20, alignment: 8) { buffer in
            value.write(to: buffer)
            body.append(contentsOf: buffer)
        }
    }

    mutating func optional<T>(_ value: T?, _ write: (inout CacheWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func array<T>(_ values: [T], _ write: (inout CacheWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    /// The whole file: magic, format, string table, body.
    func bytes(magic: [UInt8], format: Int) -> [UInt8] {
        var head = magic
        Self.varint(format, into: &head)
        Self.varint(table.count, into: &head)
        for string in table {
            Self.varint(string.utf8.count, into: &head)
            head.append(contentsOf: string.utf8)
        }
        return head + body
    }

    private static func varint(_ value: Int, into bytes: inout [UInt8]) {
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }
}

struct CacheReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var offset = 0
    private var table: [String] = []

    /// Reads the magic, the format and the string table; throws when they are not as expected.
    init(_ bytes: [UInt8], magic: [UInt8], format: Int) throws {
        self.bytes = bytes
        guard bytes.starts(with: magic) else { throw Malformed() }
        offset = magic.count
        guard try int() == format else { throw Malformed() }
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        table.reserveCapacity(count)
        for _ in 0..<count {
            let length = try int()
            guard length >= 0, length <= bytes.count - offset else { throw Malformed() }
            table.append(String(decoding: bytes[offset..<(offset + length)], as: UTF8.self))
            offset += length
        }
    }

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
        let index = try int()
        guard index >= 0, index < table.count else { throw Malformed() }
        return table[index]
    }

    mutating func id() throws -> GitObjectID {
        guard bytes.count - offset >= 20 else { throw Malformed() }
        let id = bytes.withUnsafeBytes {
            GitObjectID(raw: UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + 20)]))
        }
        offset += 20
        return id
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
