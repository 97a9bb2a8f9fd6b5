/// A file that is meant as a roadmap item but whose front-matter does not open on line 1: blank
/// lines or spaces before `---`, a heading above it, or no opening `---` at all. Without this it would
/// be read as a plain Markdown file and vanish without a word, and links to it would dangle.
///
/// It looks like an item when, within its first ``window`` lines, a closed `---` block (or the lines
/// before a closing `---`) holds both an `id:` and a `kind:` line, each at the start of a line.
enum MisplacedFrontMatter {
    static let window = 30

    /// The problem to report and the identity visible in the block; `nil` when the file does not look
    /// like an item (a README with a horizontal rule, say). `content` is the file without its BOM.
    static func problem(in content: ArraySlice<UInt8>) -> (ParseProblem, SalvagedIdentity)? {
        let lines = Array(content.split(separator: 10, omittingEmptySubsequences: false).prefix(window))
        let isFence = { (line: ArraySlice<UInt8>) in trimmed(line).elementsEqual("---".utf8) }
        let isBlank = { (line: ArraySlice<UInt8>) in trimmed(line).isEmpty }
        let hasID = { (block: ArraySlice<ArraySlice<UInt8>>) in
            block.contains { $0.starts(with: Array("id:".utf8)) }
                && block.contains { $0.starts(with: Array("kind:".utf8)) }
        }
        if let opening = lines.firstIndex(where: isFence) {
            let after = lines[(opening + 1)...]
            let closing = after.firstIndex(where: isFence)
            let block = after[..<(closing ?? after.endIndex)]
            // Keys before a closing fence and none above: the opening `---` is missing.
            if opening > 0, hasID(lines[..<opening]), !lines[..<opening].contains(where: isFence),
                lines[0].first.map({ $0 != 35 && $0 != 32 }) ?? false, !hasID(block)
            {
                return (
                    ParseProblem(
                        message: "front-matter has no opening '---'; add a line '---' above line 1",
                        location: .start),
                    SalvagedIdentity(lines: lines[..<opening])
                )
            }
            guard closing != nil, hasID(block) else { return nil }
            let line = opening + 1
            let column =
                (lines[opening].firstIndex { $0 != 32 && $0 != 9 } ?? lines[opening].startIndex)
                - lines[opening].startIndex + 1
            let message: String
            if opening == 0 {
                message = "'---' must start the first line of the file; remove the spaces before it"
            } else if lines[..<opening].allSatisfy(isBlank) {
                message =
                    "front-matter must start on line 1; remove the \(opening == 1 ? "blank line" : "\(opening) blank lines") before '---'"
            } else {
                message =
                    "front-matter must start on line 1, but its '---' is on line \(line); move the lines above it below the closing '---'"
            }
            return (
                ParseProblem(message: message, location: SourceLocation(line: line, column: column)),
                SalvagedIdentity(lines: block)
            )
        }
        return nil
    }

    /// The line without surrounding spaces, tabs and a carriage return.
    private static func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isSpace = { (byte: UInt8) in byte == 32 || byte == 9 || byte == 13 }
        guard let first = line.firstIndex(where: { !isSpace($0) }), let last = line.lastIndex(where: { !isSpace($0) })
        else { return line[line.endIndex...] }
        return line[first...last]
    }
}
