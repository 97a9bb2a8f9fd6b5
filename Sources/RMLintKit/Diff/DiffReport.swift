import RMLintCore
import RMLintGit
import RMLintRules

/// What a change does to the roadmap (SPEC §6): item changes, capacity per period before and
/// after, and the lint diagnostics it introduces and fixes (matched by fingerprint, not line).
public struct DiffReport: Sendable {
    /// The base: a commit, or nothing (`--staged` before the first commit).
    public var base: DiffSide
    /// The head: a commit, or the index.
    public var head: DiffSide
    package var changes: [ItemChange]
    package var capacity: [CapacityChange]
    public var introduced: [Diagnostic]
    public var fixed: [Diagnostic]
    /// Things to say on stderr about what was compared.
    public var notes: [String] = []

    package init(
        base: DiffSide, head: DiffSide, changes: [ItemChange], capacity: [CapacityChange], introduced: [Diagnostic],
        fixed: [Diagnostic]
    ) {
        self.base = base
        self.head = head
        self.changes = changes
        self.capacity = capacity
        self.introduced = introduced
        self.fixed = fixed
    }

    /// Compares two roadmaps: items, capacity, and the diagnostics of each side (the head linted
    /// with the change rules against the base).
    package init(
        base: Roadmap, head: Roadmap, baseLabel: DiffSide, headLabel: DiffSide, today: CalendarDate,
        baseBranch: BaseBranch? = nil
    ) {
        let engine = LintEngine()
        let before = engine.lint(base, today: today).diagnostics
        let after = engine.lint(head, base: base, baseBranch: baseBranch, today: today).diagnostics
        self.init(
            base: baseLabel, head: headLabel, changes: ItemChange.changes(from: base, to: head),
            capacity: CapacityChange.changes(from: base, to: head),
            introduced: Fingerprint.match(after, against: before.map(\.fingerprint)).unmatched,
            fixed: Fingerprint.match(before, against: after.map(\.fingerprint)).unmatched)
    }

    /// True when the change does nothing to the roadmap rmlint can see.
    public var isEmpty: Bool { changes.isEmpty && capacity.isEmpty && introduced.isEmpty && fixed.isEmpty }

    /// Errors among the introduced diagnostics: what `--fail-on-new` fails on.
    public var introducedErrors: Int { introduced.count { $0.severity == .error } }
}
