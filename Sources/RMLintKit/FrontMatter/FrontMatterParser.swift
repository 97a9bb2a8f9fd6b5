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
        /// An item that cannot be read; `salvagedID` is its `id:` line when one is visible.
        case broken(ParseProblem, salvagedID: String?)
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
        let fullSize = size ?? bytes.count
        guard fullSize <= maximumSize else {
            return .broken(ParseProblem(message: "file is \(fullSize) bytes, over the 1 MiB limit for roadmap items; move long material out of the item",
                                        location: .start), salvagedID: nil)
        }
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        let lines = splitLines(content)
        for (index, line) in lines.enumerated() where !isValidUTF8(line) {
            return .broken(ParseProblem(message: "line \(index + 1) is not valid UTF-8; save the file as UTF-8", location: SourceLocation(line: index + 1, column: 1)),
                           salvagedID: nil)
        }
        guard let closing = lines.indices.dropFirst().first(where: { isFence(lines[$0]) }) else {
            return .broken(ParseProblem(message: "front-matter opened by '---' on line 1 is never closed; add a line '---' after the last field",
                                        location: .start), salvagedID: nil)
        }
        let yaml = lines[1..<closing].map { String(decoding: trimCR($0), as: UTF8.self) }.joined(separator: "\n")
        let salvaged = salvageID(yaml)
        let root: YAMLNode?
        do {
            root = try YAMLReader.read(yaml, lineOffset: 1)
        } catch {
            return .broken(ParseProblem(message: error.message, location: error.location), salvagedID: salvaged)
        }
        guard let root else {
            return .broken(ParseProblem(message: "front-matter is empty; add at least 'id:' and 'kind:'", location: .start), salvagedID: nil)
        }
        guard root.entries != nil else {
            return .broken(ParseProblem(message: "front-matter must be a mapping of 'field: value' lines, not \(root.typeName)",
                                        location: root.location), salvagedID: salvaged)
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

    /// The `id:` of a file whose YAML does not parse, so links to it are not reported as dangling too.
    private static func salvageID(_ yaml: String) -> String? {
        for line in yaml.split(separator: "\n") where line.hasPrefix("id:") {
            let value = line.dropFirst(3).trimmingCharacters(in: " \t\"'")
            return value.isEmpty ? nil : value
        }
        return nil
    }
}

/// Why a file could not be read as a roadmap item.
public struct ParseProblem: Sendable, Error {
    public var message: String
    public var location: SourceLocation
}

private extension Substring {
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        return String(drop { characters.contains($0) }.reversed().drop { characters.contains($0) }.reversed())
    }
}
