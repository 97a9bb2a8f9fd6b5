/// What a change does to the roadmap (SPEC §6): item changes, capacity per period before and
/// after, and the lint diagnostics it introduces and fixes (matched by fingerprint, not line).
public struct DiffReport: Sendable {
    /// The base commit id (empty when there is none: `--staged` before the first commit).
    public var base: String
    /// The head commit id, or `index`.
    public var head: String
    public var changes: [ItemChange]
    public var capacity: [CapacityChange]
    public var introduced: [Diagnostic]
    public var fixed: [Diagnostic]

    /// True when the change does nothing to the roadmap rmlint can see.
    public var isEmpty: Bool { changes.isEmpty && capacity.isEmpty && introduced.isEmpty && fixed.isEmpty }

    /// Errors among the introduced diagnostics: what `--fail-on-new` fails on.
    public var introducedErrors: Int { introduced.count { $0.severity == .error } }
}
