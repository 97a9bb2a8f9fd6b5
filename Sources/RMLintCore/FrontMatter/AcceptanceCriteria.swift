/// The checklist between `<!-- AC:BEGIN -->` and `<!-- AC:END -->` in an item's body, read the way
/// Backlog.md reads it: items `- [ ] text` or `- [x] text` at the start of a line (an optional
/// `#N ` before the text); markers that do not pair mean no list.
package struct AcceptanceCriteria: Hashable, Sendable {
    /// One criterion and the line it is written on.
    package struct Criterion: Hashable, Sendable {
        package var checked: Bool
        package var text: String
        package var line: Int
    }

    package var criteria: [Criterion]
    /// The line of `<!-- AC:BEGIN -->`.
    package var line: Int

    package var checkedCount: Int { criteria.count { $0.checked } }

    static let begin = Array("<!-- AC:BEGIN -->".utf8)

    /// The list in `body` (which starts on line `firstLine()`), or `nil` when there is none.
    static func read(_ body: ArraySlice<UInt8>, firstLine: () -> Int) -> AcceptanceCriteria? {
        // Most bodies have no markers: one scan for the marker before splitting lines.
        guard contains(body, begin) else { return nil }
        var found: AcceptanceCriteria?
        var inside = false
        var line = firstLine()
        for raw in body.split(separator: 10, omittingEmptySubsequences: false) {
            defer { line += 1 }
            let text = String(decoding: raw, as: UTF8.self).trimmingCharacters(in: ["\r"])
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed == "<!-- AC:BEGIN -->" {
                if inside || found != nil { return nil }
                inside = true
                found = AcceptanceCriteria(criteria: [], line: line)
            } else if trimmed == "<!-- AC:END -->" {
                guard inside else { return nil }
                inside = false
            } else if inside, let criterion = criterion(text, line: line) {
                found?.criteria.append(criterion)
            }
        }
        return inside ? nil : found
    }

    /// `- [x] #2 text` → checked, "text".
    private static func criterion(_ text: String, line: Int) -> Criterion? {
        guard text.hasPrefix("- ["), text.count >= 6 else { return nil }
        let mark = text[text.index(text.startIndex, offsetBy: 3)]
        guard mark == " " || mark == "x", text.dropFirst(4).hasPrefix("] ") else { return nil }
        var rest = text.dropFirst(6)
        if rest.first == "#", let space = rest.firstIndex(of: " "),
            rest[rest.index(after: rest.startIndex)..<space].allSatisfy(\.isNumber),
            space > rest.index(after: rest.startIndex)
        {
            rest = rest[rest.index(after: space)...]
        }
        guard !rest.isEmpty else { return nil }
        return Criterion(checked: mark == "x", text: String(rest), line: line)
    }

    private static func contains(_ bytes: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count else { return false }
        var index = bytes.startIndex
        let last = bytes.endIndex - needle.count
        while index <= last {
            guard let start = bytes[index...last].firstIndex(of: needle[0]) else { return false }
            if bytes[start..<start + needle.count].elementsEqual(needle) { return true }
            index = start + 1
        }
        return false
    }
}
