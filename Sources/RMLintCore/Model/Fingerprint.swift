/// The stable identity of a diagnostic: the rule, what it is about (an item id, or a configuration
/// key for roadmap-wide problems) and the field. Never the line or the message, which change as
/// files are edited and days pass, so the same problem keeps its fingerprint across commits.
/// Baselines, `diff`'s introduced and fixed lists and SARIF `partialFingerprints` rest on it.
public struct Fingerprint: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var rule: String
    /// The item id; the file's path when the item has no readable id; a configuration key.
    public var subject: String
    /// The field (`owner`, `depends_on[M-2]`, `2027-Q1`); empty when the problem is the whole item.
    public var field: String

    public init(rule: String, subject: String, field: String) {
        self.rule = rule
        self.subject = subject
        self.field = field
    }

    /// `rule:subject:field`, readable in a baseline file.
    public var description: String { "\(rule):\(subject):\(field)" }

    /// 16 hex digits of FNV-1a 64 over ``description``: the same on every platform and run.
    public var hash: String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in description.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    public static func < (lhs: Fingerprint, rhs: Fingerprint) -> Bool {
        (lhs.rule, lhs.subject, lhs.field) < (rhs.rule, rhs.subject, rhs.field)
    }
}

extension Fingerprint {
    /// Matches `diagnostics` against a multiset of fingerprints, each fingerprint matching one
    /// diagnostic: those left unmatched, in their order, and how many fingerprints matched nothing.
    /// The one match behind `--baseline` (hidden vs. new, fixed) and `diff` (introduced vs. fixed).
    public static func match(_ diagnostics: [Diagnostic], against fingerprints: [Fingerprint])
        -> (unmatched: [Diagnostic], leftOver: Int)
    {
        var available: [Fingerprint: Int] = [:]
        for fingerprint in fingerprints { available[fingerprint, default: 0] += 1 }
        let unmatched = diagnostics.filter { diagnostic in
            guard let count = available[diagnostic.fingerprint], count > 0 else { return true }
            available[diagnostic.fingerprint] = count - 1
            return false
        }
        return (unmatched, available.values.reduce(0, +))
    }
}
