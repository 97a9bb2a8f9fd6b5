import RMLintCore

/// One entry of `didChange`'s `contentChanges`: the whole text, or a range of it replaced
/// (incremental sync). Positions are LSP's (0-based line, character in the negotiated encoding) and
/// are clamped as the specification says: a character past the line's end is its end, a line past
/// the document's end is the end of the document, and a position inside a character (half of a
/// surrogate pair, a byte inside a UTF-8 sequence) is that character's start.
package struct TextChange: Sendable {
    package struct Position: Sendable {
        package var line: Int
        package var character: Int
    }

    package var range: (start: Position, end: Position)?
    package var text: String

    /// Reads one `TextDocumentContentChangeEvent`; `nil` when it has no text.
    package init?(_ json: JSONValue) {
        guard let text = json["text"]?.string else { return nil }
        self.text = text
        func position(_ name: String) -> Position? {
            guard let line = json["range", name, "line"]?.int, let character = json["range", name, "character"]?.int
            else { return nil }
            return Position(line: line, character: character)
        }
        if let start = position("start"), let end = position("end") { range = (start, end) }
    }

    package init(range: (start: Position, end: Position)?, text: String) {
        self.range = range
        self.text = text
    }

    /// `document` with this change applied.
    package func applied(to document: String, encoding: PositionEncoding) -> String {
        guard let range else { return text }
        var scalars = document.unicodeScalars
        let start = Self.index(of: range.start, in: scalars, encoding: encoding)
        let end = max(start, Self.index(of: range.end, in: scalars, encoding: encoding))
        scalars.replaceSubrange(start..<end, with: text.unicodeScalars)
        return String(scalars)
    }

    /// The scalar index a position names, clamped.
    private static func index(
        of position: Position, in scalars: String.UnicodeScalarView, encoding: PositionEncoding
    ) -> String.UnicodeScalarView.Index {
        var index = scalars.startIndex
        var line = 0
        while line < max(0, position.line) {
            guard let newline = scalars[index...].firstIndex(of: "\n") else { return scalars.endIndex }
            index = scalars.index(after: newline)
            line += 1
        }
        if index == scalars.startIndex, scalars.first == "\u{FEFF}" { index = scalars.index(after: index) }
        var units = 0
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard scalar != "\n",
                !(scalar == "\r" && scalars.index(after: index) < scalars.endIndex
                    && scalars[scalars.index(after: index)] == "\n")
            else { break }
            let width = encoding.width(of: scalar)
            guard units + width <= position.character else { break }
            units += width
            index = scalars.index(after: index)
        }
        return index
    }
}
