import CLibGit2

/// A 20-byte object id.
public struct GitObjectID: Hashable, Sendable, CustomStringConvertible {
    let raw: git_oid

    init(_ raw: git_oid) { self.raw = raw }

    /// The 40 lower-case hex digits.
    public var description: String {
        String(unsafeUninitializedCapacity: 40) { buffer in
            let digits: StaticString = "0123456789abcdef"
            withUnsafeBytes(of: raw.id) { bytes in
                for (index, byte) in bytes.prefix(20).enumerated() {
                    buffer[2 * index] = digits.utf8Start[Int(byte >> 4)]
                    buffer[2 * index + 1] = digits.utf8Start[Int(byte & 0x0F)]
                }
            }
            return 40
        }
    }

    public static func == (lhs: GitObjectID, rhs: GitObjectID) -> Bool {
        var left = lhs.raw
        var right = rhs.raw
        return git_oid_equal(&left, &right) == 1
    }

    public func hash(into hasher: inout Hasher) {
        withUnsafeBytes(of: raw) { hasher.combine(bytes: $0) }
    }
}

extension git_oid: @retroactive @unchecked Sendable {}

extension GitObjectID {
    /// The id written as 40 hex digits, or `nil` when it is not one.
    public init?(hex: String) {
        guard hex.utf8.count == 40 else { return nil }
        var raw = git_oid()
        guard git_oid_fromstr(&raw, hex) == 0 else { return nil }
        self.init(raw)
    }
}
