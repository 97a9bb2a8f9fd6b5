/// Splits a roadmap file into its YAML front-matter and Markdown body and reads the front-matter.
///
/// Works on bytes: a leading UTF-8 BOM and CRLF line endings are accepted; invalid UTF-8, an
/// unclosed or empty block, files over ``maximumSize`` and YAML errors become ``ParseProblem``s.
public enum FrontMatterParser {
    /// Files larger than this are not parsed.
    public static let maximumSize = 1 << 20

    /// What a file turned out to be.
    public enum Outcome: Sendable {
        /// Not a roadmap item: its first line is not `---`.
        case notAnItem
        /// A front-matter mapping and the number of words in the narrative below it.
        case item(root: YAMLNode, bodyWordCount: Int)
        /// An item that cannot be read, with the `id:` and `kind:` visible in its first lines.
        case broken(ParseProblem, salvaged: SalvagedIdentity)
    }

    /// True when the bytes start (after an optional BOM) with a `---` line: the file is an item.
    public static func opensFrontMatter(_ bytes: some Collection<UInt8>) -> Bool {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard body.starts(with: [45, 45, 45]) else { return false }
        let rest = body.dropFirst(3).prefix { $0 != 10 }
        return rest.allSatisfy { $0 == 13 || $0 == 32 || $0 == 9 }
    }

    /// Parses one file. `size` is the file's full size when only a prefix of it was read.
    public static func parse(_ bytes: [UInt8], size: Int? = nil) -> Outcome {
        guard opensFrontMatter(bytes) else { return .notAnItem }
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        let lines = splitLines(content)
        let closing = lines.indices.dropFirst().first { isFence(lines[$0]) }
        // Only a file that cannot be read needs its identity salvaged from its lines.
        func broken(_ message: String, _ location: SourceLocation = .start) -> Outcome {
            .broken(ParseProblem(message: message, location: location), salvaged: SalvagedIdentity(lines: lines[1..<(closing ?? lines.count)]))
        }
        let fullSize = size ?? bytes.count
        guard fullSize <= maximumSize else {
            return broken("file is \(fullSize) bytes, over the 1 MiB limit for roadmap items; move long material out of the item")
        }
        for (index, line) in lines.enumerated() where !isValidUTF8(line) {
            return broken("line \(index + 1) is not valid UTF-8; save the file as UTF-8", SourceLocation(line: index + 1, column: 1))
        }
        guard let closing else {
            return broken("front-matter opened by '---' on line 1 is never closed; add a line '---' after the last field")
        }
        let yaml = lines[1..<closing].map { String(decoding: trimCR($0), as: UTF8.self) }.joined(separator: "\n")
        let root: YAMLNode?
        do {
            root = try YAMLReader.read(yaml, lineOffset: 1)
        } catch {
            return broken(error.message, error.location)
        }
        guard let root else {
            return broken("front-matter is empty; add at least 'id:' and 'kind:'")
        }
        guard root.entries != nil else {
            return broken("front-matter must be a mapping of 'field: value' lines, not \(root.typeName)", root.location)
        }
        let body = lines[(closing + 1)...].reduce(0) { $0 + countWords($1) }
        return .item(root: root, bodyWordCount: body)
    }

    // MARK: - Helpers

    private static func splitLines(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        bytes.split(separator: 10, omittingEmptySubsequences: false)
    }

    private static func trimCR(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        line.last == 13 ? line.dropLast() : line
    }

    private static func isFence(_ line: ArraySlice<UInt8>) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == 13 || last == 32 || last == 9 { trimmed = trimmed.dropLast() }
        return trimmed.elementsEqual([45, 45, 45])
    }

    private static func isValidUTF8(_ line: ArraySlice<UInt8>) -> Bool {
        if line.allSatisfy({ $0 < 0x80 }) { return true }
        var iterator = line.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// Words of narrative: runs of non-space characters holding at least one letter or digit.
    private static func countWords(_ line: ArraySlice<UInt8>) -> Int {
        let text = String(decoding: line, as: UTF8.self)
        return text.split(whereSeparator: { $0.isWhitespace })
            .filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
            .count
    }
}

/// Why a file, or one of its fields, could not be read.
public struct ParseProblem: Sendable, Error {
    public var message: String
    public var location: SourceLocation
    /// The field the problem is about (`metric.target`, `replans`), for the diagnostic's fingerprint.
    public var field: String?

    public init(message: String, location: SourceLocation, field: String? = nil) {
        self.message = message
        self.location = location
        self.field = field
    }
}
