/// The Markdown below an item's front-matter: what `hover` shows the first lines of and `board`
/// shows the first paragraph of. One reading of where the front-matter ends (its closing `---`).
package enum Narrative {
    /// The text after the closing `---` line; empty when the file has no front-matter.
    package static func body(of text: String) -> Substring {
        let written = text.split(separator: "\n", omittingEmptySubsequences: false)
        var lines = written
        if let first = lines.first, first.unicodeScalars.first == "\u{FEFF}" {
            lines[0] = Substring(first.unicodeScalars.dropFirst())
        }
        func isFence(_ line: Substring) -> Bool {
            (line.hasSuffix("\r") ? line.dropLast() : line).trimmingTrailingSpaces == "---"
        }
        guard let first = lines.first, isFence(first),
            let closing = lines.indices.dropFirst().first(where: { isFence(lines[$0]) })
        else { return "" }
        let start = written[..<(closing + 1)].reduce(0) { $0 + $1.utf8.count + 1 }
        let utf8 = text.utf8
        guard start <= utf8.count else { return "" }
        return Substring(text.utf8.dropFirst(start)).trimmingLeadingNewlines
    }

    /// The first paragraph of the narrative as one line: headings' marks dropped, lines joined.
    package static func firstParagraph(of text: String) -> String {
        var paragraph: [String] = []
        for line in body(of: text).split(separator: "\n", omittingEmptySubsequences: false) {
            var trimmed = String(line).trimmingCharacters(in: [" ", "\t", "\r"])
            if trimmed.isEmpty {
                if paragraph.isEmpty { continue }
                break
            }
            while trimmed.hasPrefix("#") { trimmed.removeFirst() }
            paragraph.append(trimmed.trimmingCharacters(in: [" "]))
        }
        return paragraph.joined(separator: " ")
    }

    /// Its first `count` non-blank lines.
    package static func firstLines(of text: String, _ count: Int) -> [String] {
        body(of: text).split(separator: "\n").map { String($0).trimmingCharacters(in: [" ", "\t", "\r"]) }
            .filter { !$0.isEmpty }.prefix(count).map { $0 }
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var copy = self
        while copy.last == " " || copy.last == "\t" { copy.removeLast() }
        return copy
    }

    fileprivate var trimmingLeadingNewlines: Substring { drop { $0 == "\n" || $0 == "\r\n" || $0 == "\r" } }
}

extension String {
    /// Without the given scalars at either end (spaces, tabs, a CR), by scalar index, not by copies.
    fileprivate func trimmingCharacters(in set: Set<Unicode.Scalar>) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }),
            let last = scalars.lastIndex(where: { !set.contains($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
