/// How a human-readable report writes the pieces its text and Markdown forms share: user text,
/// ids and paths, emphasis, severities and tables. A report is written once against this protocol;
/// its text reporter and its Markdown reporter differ only in the style they pass.
package protocol DocumentStyle: Sendable {
    /// User text, made safe: control characters escaped (and Markdown syntax, in Markdown).
    func text(_ value: String) -> String
    /// An id or path: as text, or in a code span.
    func code(_ value: String) -> String
    /// A reason or other quoted user text.
    func quote(_ value: String) -> String
    func severity(_ severity: Severity) -> String
    /// A diagnostic's message with its rule.
    func message(_ message: String, rule: String) -> String
}

/// Plain text for a terminal.
package struct PlainStyle: DocumentStyle {
    package init() {}

    package func text(_ value: String) -> String { TextSanitizer.escapeControlCharacters(value) }
    package func code(_ value: String) -> String { TextSanitizer.escapeControlCharacters(value) }
    package func quote(_ value: String) -> String { "\"\(text(value))\"" }
    package func severity(_ severity: Severity) -> String { severity.rawValue }
    package func message(_ message: String, rule: String) -> String { "\(text(message)) [\(rule)]" }
}

/// GitHub/GitLab Markdown (``MarkdownText``): no raw HTML, no broken table columns.
package struct MarkdownStyle: DocumentStyle {
    package init() {}

    package func text(_ value: String) -> String { MarkdownText.escape(value) }
    package func code(_ value: String) -> String { MarkdownText.code(value) }
    package func quote(_ value: String) -> String { "*\(text(value))*" }
    package func severity(_ severity: Severity) -> String { severity == .error ? "❌ error" : "⚠️ warning" }
    package func message(_ message: String, rule: String) -> String { "\(text(message)) (`\(rule)`)" }
}
