import CLibGit2

/// A 20-byte object id.
public struct GitObjectID: Hashable, Sendable, CustomStringConvertible {
    let raw: git_oid

    init(_ raw: git_oid) { self.raw = raw }

    public var description: String {
        var copy = raw
        var buffer = [CChar](repeating: 0, count: 41)
        git_oid_tostr(&buffer, 41, &copy)
        return String(cString: buffer)
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
