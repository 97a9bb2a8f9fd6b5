import RMLintCore

/// How LSP positions count characters within a line, as negotiated at `initialize`
/// (`general.positionEncodings`; UTF-16 when the client says nothing). rmlint's own columns count
/// Unicode scalars (as libyaml does), 1-based; LSP's are 0-based code units of the encoding.
package enum PositionEncoding: String, Sendable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case utf32 = "utf-32"

    /// The server's choice among the client's, in the client's order of preference.
    package static func negotiate(_ offered: [String]?) -> PositionEncoding {
        for name in offered ?? [] {
            if let encoding = PositionEncoding(rawValue: name) { return encoding }
        }
        return .utf16
    }

    /// Units of `scalar` in this encoding.
    package func width(of scalar: Unicode.Scalar) -> Int {
        switch self {
        case .utf8: return UTF8.width(scalar)
        case .utf16: return UTF16.width(scalar)
        case .utf32: return 1
        }
    }

    /// The LSP character offset of 1-based scalar column `column` in `line` (clamped to its end).
    package func character(ofColumn column: Int, in line: Substring) -> Int {
        var units = 0
        for (index, scalar) in line.unicodeScalars.enumerated() {
            guard index < column - 1, scalar != "\r" else { break }
            units += width(of: scalar)
        }
        return units
    }

    /// The 1-based scalar column of LSP character offset `character` in `line`: clamped to the line's
    /// end, and to the scalar it falls in when it points inside one (a surrogate pair's second half).
    package func column(ofCharacter character: Int, in line: Substring) -> Int {
        var units = 0
        var column = 1
        for scalar in line.unicodeScalars where scalar != "\r" {
            let next = units + width(of: scalar)
            guard next <= character else { break }
            units = next
            column += 1
        }
        return column
    }
}

/// A document's text split into lines for position conversion.
package struct LineIndex: Sendable {
    package let lines: [Substring]

    package init(_ text: String) {
        var body = Substring(text)
        if body.unicodeScalars.first == "\u{FEFF}" { body = body.dropFirst() }
        // By scalars: "\r\n" is one Character, and a CRLF file's lines must still split.
        lines = body.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { Substring($0) }
    }

    /// The LSP position (0-based line and character) of a 1-based line and scalar column.
    package func position(line: Int, column: Int, encoding: PositionEncoding) -> (line: Int, character: Int) {
        let index = max(0, line - 1)
        guard index < lines.count else { return (index, 0) }
        return (index, encoding.character(ofColumn: column, in: lines[index]))
    }

    /// The 1-based line and scalar column of an LSP position.
    package func location(line: Int, character: Int, encoding: PositionEncoding) -> SourceLocation {
        guard line >= 0, line < lines.count else { return SourceLocation(line: max(1, line + 1), column: 1) }
        return SourceLocation(line: line + 1, column: encoding.column(ofCharacter: max(0, character), in: lines[line]))
    }
}
