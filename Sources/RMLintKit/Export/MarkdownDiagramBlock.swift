/// The diagram `rmlint graph` keeps inside a Markdown file: a fenced `mermaid` block between two
/// marker comments (invisible on GitHub), so that it can be found again and replaced while every other
/// byte of the file — an introduction, other sections — stays as the user wrote it.
package enum MarkdownDiagramBlock {
    package static let begin = "<!-- rmlint graph: generated, edits inside are replaced -->"
    package static let end = "<!-- /rmlint graph -->"

    /// Where a file's block is, if it has one.
    package enum Found: Equatable {
        /// No block: a diagram is appended.
        case none
        /// The block's text (markers included), as a range of UTF-8 offsets.
        case block(Range<Int>)
        /// A begin marker with no end marker after it (1-based line of the begin marker).
        case unclosed(line: Int)
    }

    /// The block to write: the markers around `fenced` (a ```mermaid fence ending in a newline).
    package static func block(_ fenced: String) -> String {
        begin + "\n" + fenced + end + "\n"
    }

    /// Finds the block in `document`. A file that is nothing but one ```mermaid fence is what earlier
    /// versions wrote: it counts as the block.
    package static func find(in document: [UInt8]) -> Found {
        let lines = Self.lines(document)
        guard let opening = lines.firstIndex(where: { text(document, $0) == begin }) else {
            return isBareFence(document) ? .block(0..<document.count) : .none
        }
        guard let closing = lines[(opening + 1)...].firstIndex(where: { text(document, $0) == end }) else {
            return .unclosed(line: opening + 1)
        }
        return .block(lines[opening].lowerBound..<lines[closing].upperBound)
    }

    /// `document` with its block replaced by `fenced`'s, or with one appended (after a blank line).
    package static func update(_ document: [UInt8], with fenced: String) -> [UInt8]? {
        let replacement = Array(block(fenced).utf8)
        switch find(in: document) {
        case .unclosed: return nil
        case .block(let range):
            return Array(document[..<range.lowerBound]) + replacement + document[range.upperBound...]
        case .none:
            guard !document.isEmpty else { return replacement }
            var result = document
            if result.last != UInt8(ascii: "\n") { result.append(UInt8(ascii: "\n")) }
            if !result.suffix(2).elementsEqual([UInt8(ascii: "\n"), UInt8(ascii: "\n")]) {
                result.append(UInt8(ascii: "\n"))
            }
            return result + replacement
        }
    }

    /// Whether the block in `document` holds `fenced` (line endings aside).
    package static func holds(_ document: [UInt8], _ fenced: String) -> Bool {
        guard case .block(let range) = find(in: document) else { return false }
        let found = String(decoding: document[range], as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        return found == block(fenced) || found == fenced
    }

    /// Each line's byte range, its line break included.
    private static func lines(_ document: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for (offset, byte) in document.enumerated() where byte == UInt8(ascii: "\n") {
            lines.append(start..<(offset + 1))
            start = offset + 1
        }
        if start < document.count { lines.append(start..<document.count) }
        return lines
    }

    /// A line's text without its line break and trailing spaces.
    private static func text(_ document: [UInt8], _ line: Range<Int>) -> String {
        var text = String(decoding: document[line], as: UTF8.self)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }

    private static func isBareFence(_ document: [UInt8]) -> Bool {
        let text = String(decoding: document, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        guard text.hasPrefix("```mermaid\n"), text.hasSuffix("\n```\n") || text.hasSuffix("\n```") else {
            return false
        }
        // One fence: no other ``` line inside.
        let inner = text.dropFirst("```mermaid\n".count).split(separator: "\n", omittingEmptySubsequences: false)
        return inner.filter { $0.hasPrefix("```") }.count == 1
    }
}
