/// Splits a roadmap file into its YAML front-matter and Markdown body and reads the front-matter.
///
/// Works on bytes: a leading UTF-8 BOM and CRLF line endings are accepted; invalid UTF-8, an
/// unclosed or empty block, files over ``maximumSize`` and YAML errors become ``ParseProblem``s.
package enum FrontMatterParser {
    /// Files larger than this are not parsed.
    package static let maximumSize = 1 << 20

    /// What a file turned out to be.
    package enum Outcome: Sendable {
        /// Not a roadmap item: its first line is not `---`.
        case notAnItem
        /// A front-matter mapping and the number of words in the narrative below it.
        /// The front-matter mapping, the words of narrative, and where every node is written.
        case item(root: YAMLNode, bodyWordCount: Int, spans: [Span], criteria: AcceptanceCriteria?)
        /// An item that cannot be read, with the `id:` and `kind:` visible in its first lines.
        case broken(ParseProblem, salvaged: SalvagedIdentity)
    }

    /// True when the bytes start (after an optional BOM) with a `---` line: the file is an item.
    package static func opensFrontMatter(_ bytes: some Collection<UInt8>) -> Bool {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard body.starts(with: [45, 45, 45]) else { return false }
        let rest = body.dropFirst(3).prefix { $0 != 10 }
        return rest.allSatisfy { $0 == 13 || $0 == 32 || $0 == 9 }
    }

    /// Parses one file. `size` is the file's full size when only a prefix of it was read.
    package static func parse(_ bytes: [UInt8], size: Int? = nil) -> Outcome {
        if let encoding = wideEncoding(bytes) {
            return .broken(
                ParseProblem(
                    message: "file is \(encoding) (it starts with a byte-order mark); save it as UTF-8",
                    location: .start),
                salvaged: SalvagedIdentity())
        }
        // In an item (or a file a conflict starts at the top of); a page about git may show markers.
        if let conflict = ConflictMarkers.find(in: bytes[...]), conflict.start == 1 || opensFrontMatter(bytes) {
            let lines = bytes[...].split(separator: 10, omittingEmptySubsequences: false)
            return .broken(
                ParseProblem(
                    message:
                        "unresolved merge conflict: conflict markers from line \(conflict.start) to line \(conflict.end); keep the lines you want and remove the markers",
                    location: SourceLocation(line: conflict.start, column: 1)),
                salvaged: SalvagedIdentity(lines: lines[...]))
        }
        guard opensFrontMatter(bytes) else {
            var content = bytes[...]
            if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
            guard let (problem, salvaged) = MisplacedFrontMatter.problem(in: content) else { return .notAnItem }
            return .broken(problem, salvaged: salvaged)
        }
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        let yamlStart = (content.firstIndex(of: 10) ?? content.endIndex).advanced(by: 1)
        let closing = closingFence(in: content, from: min(yamlStart, content.endIndex))
        // Only a file that cannot be read needs its identity salvaged from its lines.
        func broken(_ message: String, _ location: SourceLocation = .start) -> Outcome {
            let region = content[min(yamlStart, content.endIndex)..<(closing?.start ?? content.endIndex)]
            let lines = region.split(separator: 10, omittingEmptySubsequences: false)
            return .broken(
                ParseProblem(message: message, location: location), salvaged: SalvagedIdentity(lines: lines[...]))
        }
        let fullSize = size ?? bytes.count
        guard fullSize <= maximumSize else {
            return broken(
                "file is \(fullSize) bytes, over the 1 MiB limit for roadmap items; move long material out of the item")
        }
        if let line = firstInvalidUTF8Line(content) {
            return broken(
                "line \(line) is not valid UTF-8; save the file as UTF-8", SourceLocation(line: line, column: 1))
        }
        guard let closing else {
            return broken(
                "front-matter opened by '---' on line 1 is never closed; add a line '---' after the last field")
        }
        let root: YAMLNode?
        let spans: [Span]
        do {
            (root, spans) = try YAMLReader.document(content[yamlStart..<closing.start], lineOffset: 1)
        } catch {
            return broken(error.message, error.location)
        }
        guard let root else {
            return broken("front-matter is empty; add at least 'id:' and 'kind:'")
        }
        guard root.entries != nil else {
            return broken("front-matter must be a mapping of 'field: value' lines, not \(root.typeName)", root.location)
        }
        let body = content[closing.end...]
        return .item(
            root: root, bodyWordCount: countWords(body), spans: spans,
            criteria: AcceptanceCriteria.read(body) { content[..<closing.end].count { $0 == 10 } + 1 })
    }

    // MARK: - Helpers

    /// "UTF-16" or "UTF-32" when the file starts with that byte-order mark and then `---`: an
    /// item saved in the wrong encoding, which must not be skipped as if it were not an item.
    private static func wideEncoding(_ bytes: [UInt8]) -> String? {
        let dashes16LE: [UInt8] = [0xFF, 0xFE, 45, 0, 45, 0, 45, 0]
        let dashes16BE: [UInt8] = [0xFE, 0xFF, 0, 45, 0, 45, 0, 45]
        let dashes32LE: [UInt8] = [0xFF, 0xFE, 0, 0, 45, 0, 0, 0]
        if bytes.starts(with: dashes32LE) { return "UTF-32" }
        if bytes.starts(with: dashes16LE) || bytes.starts(with: dashes16BE) { return "UTF-16" }
        if bytes.starts(with: [0, 0, 0xFE, 0xFF, 0, 0, 0, 45]) { return "UTF-32" }
        return nil
    }

    /// The closing `---` line at or after `start`: where it begins and where the body after it begins.
    private static func closingFence(in content: ArraySlice<UInt8>, from start: Int) -> (start: Int, end: Int)? {
        var lineStart = start
        while lineStart < content.endIndex {
            let newline = content[lineStart...].firstIndex(of: 10)
            let lineEnd = newline ?? content.endIndex
            if isFence(content[lineStart..<lineEnd]) {
                return (lineStart, min(lineEnd + 1, content.endIndex))
            }
            guard let newline else { return nil }
            lineStart = newline + 1
        }
        return nil
    }

    private static func isFence(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.count >= 3, line.starts(with: [45, 45, 45]) else { return false }
        return line.dropFirst(3).allSatisfy { $0 == 13 || $0 == 32 || $0 == 9 }
    }

    /// The 1-based line of the first byte sequence that is not UTF-8, or `nil` when all of it is.
    private static func firstInvalidUTF8Line(_ bytes: ArraySlice<UInt8>) -> Int? {
        if bytes.allSatisfy({ $0 < 0x80 }) { return nil }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .emptyInput: return nil
            case .error: return line
            }
        }
    }

    private enum ASCIIClass { case space, alphanumeric, other }

    /// What each ASCII byte is to `countWords`, taken from `Character` so both paths agree exactly.
    private static let asciiClasses: [ASCIIClass] = (0..<128).map { byte in
        let character = Character(Unicode.Scalar(UInt8(byte)))
        if character.isWhitespace { return .space }
        return character.isLetter || character.isNumber ? .alphanumeric : .other
    }

    /// Words of narrative: runs of non-space characters holding at least one letter or digit.
    /// ASCII text is counted byte by byte; anything else goes through `Character`.
    static func countWords(_ body: ArraySlice<UInt8>) -> Int {
        guard body.allSatisfy({ $0 < 0x80 }) else {
            return String(decoding: body, as: UTF8.self).split(whereSeparator: { $0.isWhitespace })
                .filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
                .count
        }
        var words = 0
        var inWord = false
        var wordHasAlphanumeric = false
        for byte in body {
            let kind = asciiClasses[Int(byte)]
            if kind == .space {
                if inWord, wordHasAlphanumeric { words += 1 }
                inWord = false
                wordHasAlphanumeric = false
                continue
            }
            inWord = true
            if kind == .alphanumeric { wordHasAlphanumeric = true }
        }
        if inWord, wordHasAlphanumeric { words += 1 }
        return words
    }
}

/// Why a file, or one of its fields, could not be read.
package struct ParseProblem: Sendable, Error {
    package var message: String
    package var location: SourceLocation
    /// The field the problem is about (`metric.target`, `replans`), for the diagnostic's fingerprint.
    package var field: String?

    package init(message: String, location: SourceLocation, field: String? = nil) {
        self.message = message
        self.location = location
        self.field = field
    }
}
