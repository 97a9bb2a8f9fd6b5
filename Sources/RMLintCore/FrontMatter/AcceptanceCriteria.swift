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
    /// Bytes throughout: most bodies have no markers, and those that do are read line by line.
    static func read(_ body: ArraySlice<UInt8>, firstLine: () -> Int) -> AcceptanceCriteria? {
        guard contains(body, begin) else { return nil }
        var found: AcceptanceCriteria?
        var inside = false
        var line = firstLine()
        for raw in body.split(separator: 10, omittingEmptySubsequences: false) {
            defer { line += 1 }
            var text = raw
            while let last = text.last, last == 13 { text = text.dropLast() }
            let trimmed = trim(text)
            if trimmed.elementsEqual(begin) {
                if inside || found != nil { return nil }
                inside = true
                found = AcceptanceCriteria(criteria: [], line: line)
            } else if trimmed.elementsEqual(end) {
                guard inside else { return nil }
                inside = false
            } else if inside, let criterion = criterion(text, line: line) {
                found?.criteria.append(criterion)
            }
        }
        return inside ? nil : found
    }

    private static let end = Array("<!-- AC:END -->".utf8)

    private static func trim(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, first == 32 || first == 9 { slice = slice.dropFirst() }
        while let last = slice.last, last == 32 || last == 9 { slice = slice.dropLast() }
        return slice
    }

    /// `- [x] #2 text` → checked, "text" (at the start of the line, lower-case `x`).
    private static func criterion(_ line: ArraySlice<UInt8>, line number: Int) -> Criterion? {
        let start = line.startIndex
        guard line.count >= 7, line[start] == UInt8(ascii: "-"), line[start + 1] == 32,
            line[start + 2] == UInt8(ascii: "["), line[start + 4] == UInt8(ascii: "]"), line[start + 5] == 32
        else { return nil }
        let mark = line[start + 3]
        guard mark == 32 || mark == UInt8(ascii: "x") else { return nil }
        var rest = line[(start + 6)...]
        if rest.first == UInt8(ascii: "#") {
            let digits = rest.dropFirst().prefix { $0 >= 48 && $0 <= 57 }
            let after = rest.dropFirst(1 + digits.count)
            if !digits.isEmpty, after.first == 32 { rest = after.dropFirst() }
        }
        guard !rest.isEmpty else { return nil }
        return Criterion(checked: mark == UInt8(ascii: "x"), text: String(decoding: rest, as: UTF8.self), line: number)
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
