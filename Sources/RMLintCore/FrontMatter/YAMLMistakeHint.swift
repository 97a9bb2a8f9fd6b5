/// Plain words for the two YAML errors people make most in front-matter, read from the lines around
/// where libyaml stopped:
/// - `title: Fix: retries` — an unquoted `: ` inside a value, which YAML reads as a second key;
/// - a line indented unlike the other fields of the mapping it seems to belong to.
struct YAMLMistakeHint {
    /// The front-matter's lines, without line breaks.
    let lines: [String]
    /// File lines before the front-matter's first (its `---`), for the line numbers messages name.
    let lineOffset: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, lineOffset: Int) {
        self.lineOffset = lineOffset
        lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.hasSuffix("\r") ? $0.dropLast() : $0)
        }
    }

    /// For "mapping values are not allowed": a colon in a value (quote it) or a line indented too far.
    /// `line` and `column` are 0-based, as libyaml marks them.
    func colonInValue(line: Int, column: Int) -> (message: String, column: Int)? {
        guard let text = lines[safe: line], let colon = keyColon(in: text) else { return nil }
        let key = text[..<colon].trimmingSpaces
        if column > text.distance(from: text.startIndex, to: colon) {
            let value = text[text.index(after: colon)...].trimmingSpaces
            return (
                "'\(key)' has ': ' in its value, which YAML reads as another key; put the value in quotes: \(key): \"\(value.replacingOccurrences(of: "\"", with: "\\\""))\"",
                column
            )
        }
        return misindented(line: line)
    }

    /// For "did not find expected key" and "mapping values are not allowed" at a key: the line is
    /// indented unlike the fields of the mapping above it. The column is the key's.
    func misindented(line: Int) -> (message: String, column: Int)? {
        guard let text = lines[safe: line], let colon = keyColon(in: text) else { return nil }
        let key = text[..<colon].trimmingSpaces
        let indent = Self.indentation(text)
        // The nearest key above that opens a mapping (`metric:`), less indented than this line.
        guard
            let parent = (0..<line).reversed().first(where: { above in
                let candidate = lines[above]
                return Self.indentation(candidate) < indent && candidate.trimmingSpaces.hasSuffix(":")
                    && !candidate.trimmingSpaces.hasPrefix("#")
            })
        else { return nil }
        let parentKey = lines[parent].trimmingSpaces.dropLast()
        let parentIndent = Self.indentation(lines[parent])
        // Its fields' indentation: the first non-blank line after it.
        guard
            let first = ((parent + 1)..<line).first(where: { !lines[$0].trimmingSpaces.isEmpty }),
            case let fields = Self.indentation(lines[first]), fields != indent
        else { return nil }
        let spaces = { (count: Int) in "\(count) space\(count == 1 ? "" : "s")" }
        return (
            "'\(key)' is indented \(spaces(indent)), but the fields of '\(parentKey)' (line \(parent + 1 + lineOffset)) are indented \(spaces(fields)); indent it \(spaces(fields)) to belong to '\(parentKey)', or \(spaces(parentIndent)) to stand beside it",
            indent
        )
    }

    /// The colon that ends a `key:` at the start of the line, if there is one.
    private func keyColon(in text: String) -> String.Index? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon].trimmingSpaces
        guard !key.isEmpty, !key.hasPrefix("-"), !key.hasPrefix("#"), !key.contains(" ") else { return nil }
        return colon
    }

    private static func indentation(_ text: String) -> Int { text.prefix { $0 == " " }.count }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension StringProtocol {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
