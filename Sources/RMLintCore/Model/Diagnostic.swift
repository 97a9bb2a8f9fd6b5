/// One problem found in the roadmap, ready to be reported.
public struct Diagnostic: Hashable, Sendable {
    /// The id of the rule that found it, e.g. `single-owner`.
    public var rule: String
    public var severity: Severity
    /// Repository-relative path with `/` separators, as stored (reporters escape it for display).
    public var path: String
    public var line: Int
    public var column: Int
    /// The id of the item the problem belongs to; `nil` for roadmap-wide problems.
    public var item: String?
    public var message: String
    /// What the problem is about, independent of lines and wording.
    public var fingerprint: Fingerprint
    /// Just past the text the problem is about (the value or key at `line`:`column`); the same as
    /// the start when only a position is known (a missing field, a roadmap-wide problem).
    public var endLine: Int
    public var endColumn: Int
    /// Other places the problem is about.
    public var related: [RelatedLocation] = []
    /// The edit that does what the message says, when it is certain.
    public var fix: Fix?

    public init(
        rule: String, severity: Severity, path: String, line: Int, column: Int,
        item: String?, message: String, fingerprint: Fingerprint? = nil,
        endLine: Int? = nil, endColumn: Int? = nil, related: [RelatedLocation] = [], fix: Fix? = nil
    ) {
        self.endLine = endLine ?? line
        self.endColumn = endColumn ?? column
        self.related = related
        self.fix = fix
        self.rule = rule
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.item = item
        self.message = message
        self.fingerprint = fingerprint ?? Fingerprint(rule: rule, subject: item ?? path, field: "")
    }

    /// The path with control characters escaped, for every output format.
    public var displayPath: String { TextSanitizer.escapeControlCharacters(path) }

    /// The documented order of every output format: path, line, column, rule.
    public static func reportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.path != rhs.path { return PathOrder.precedes(lhs.path, rhs.path) }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        if lhs.column != rhs.column { return lhs.column < rhs.column }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        return lhs.message < rhs.message
    }
}
