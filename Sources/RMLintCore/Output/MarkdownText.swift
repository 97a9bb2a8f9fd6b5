/// User text made safe for GitHub/GitLab Markdown: no raw HTML, no broken table columns, no
/// emphasis, links or code spans that the author did not mean, one line.
package enum MarkdownText {
    /// Inline text, also fit for a table cell.
    package static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in TextSanitizer.escapeControlCharacters(text) {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~": result += "\\\(character)"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    /// An id or path in a code span, when it holds no backtick; else escaped text.
    package static func code(_ text: String) -> String {
        let clean = TextSanitizer.escapeControlCharacters(text)
        guard !clean.contains("`"), !clean.contains("|") else { return escape(text) }
        return "`\(clean)`"
    }
}
