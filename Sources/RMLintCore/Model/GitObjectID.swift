/// A 20-byte git object id (SHA-1), as a value: content with the same id is the same content.
/// Reading objects is `RMLintGit`'s; this type needs no libgit2.
public struct GitObjectID: Hashable, Sendable, CustomStringConvertible {
    private var head: UInt64
    private var middle: UInt64
    private var tail: UInt32

    /// The id of 20 raw bytes; `nil` when there are not exactly 20.
    package init?(bytes: [UInt8]) {
        guard bytes.count == 20 else { return nil }
        self = bytes.withUnsafeBytes { GitObjectID(raw: $0) }
    }

    /// The id of the first 20 bytes at `raw` (which must hold them): three loads, no loop, not
    /// generic (the history walk makes one per tree entry it reads).
    package init(raw: UnsafeRawBufferPointer) {
        head = UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self))
        middle = UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        tail = UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
    }

    /// An id standing for this blob read at `path`: what a reading is known by when decoding
    /// depends on the path (a convention's kinds by folder). FNV-1a of the path, mixed in.
    package func keyed(by path: String) -> GitObjectID {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        var keyed = self
        keyed.head ^= hash
        keyed.middle ^= hash.byteSwapped &+ 0x9e37_79b9_7f4a_7c15
        keyed.tail ^= UInt32(truncatingIfNeeded: hash >> 17)
        return keyed
    }

    /// Writes the 20 bytes to `raw` (which must have room for them).
    package func write(to raw: UnsafeMutableRawBufferPointer) {
        raw.storeBytes(of: head.bigEndian, toByteOffset: 0, as: UInt64.self)
        raw.storeBytes(of: middle.bigEndian, toByteOffset: 8, as: UInt64.self)
        raw.storeBytes(of: tail.bigEndian, toByteOffset: 16, as: UInt32.self)
    }

    /// The id written as 40 hex digits (either case), or `nil` when it is not one.
    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 40 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        for index in stride(from: 0, to: 40, by: 2) {
            guard let high = Self.value(of: digits[index]), let low = Self.value(of: digits[index + 1]) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        self.init(bytes: bytes)
    }

    /// Byte `index` (0..<20).
    package func byte(_ index: Int) -> UInt8 {
        switch index {
        case 0..<8: return UInt8(truncatingIfNeeded: head >> (56 - 8 * index))
        case 8..<16: return UInt8(truncatingIfNeeded: middle >> (56 - 8 * (index - 8)))
        default: return UInt8(truncatingIfNeeded: tail >> (24 - 8 * (index - 16)))
        }
    }

    /// The 40 lower-case hex digits.
    public var description: String {
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: 40) { buffer in
            for index in 0..<20 {
                let byte = self.byte(index)
                buffer[2 * index] = digits.utf8Start[Int(byte >> 4)]
                buffer[2 * index + 1] = digits.utf8Start[Int(byte & 0x0F)]
            }
            return 40
        }
    }

    private static func value(of digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return digit - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
