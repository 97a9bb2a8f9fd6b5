/// Another place a diagnostic is about: the other file holding a duplicated id, the next member of
/// a dependency cycle. A language server shows these as `relatedInformation`.
public struct RelatedLocation: Hashable, Sendable {
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }
}

/// A replacement of the text between two positions of one file (1-based lines and columns; `end`
/// is just past the replaced text, equal to `start` for an insertion).
public struct TextEdit: Hashable, Sendable {
    public var path: String
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int
    public var newText: String

    public init(path: String, startLine: Int, startColumn: Int, endLine: Int, endColumn: Int, newText: String) {
        self.path = path
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
        self.newText = newText
    }
}

/// What the diagnostic's message tells the user to do, as edits a tool can apply (a language
/// server's quick fix). Only offered when the edit is certain to be what the message says.
public struct Fix: Hashable, Sendable {
    /// A short imperative title: "Remove the due date".
    public var title: String
    public var edits: [TextEdit]

    public init(title: String, edits: [TextEdit]) {
        self.title = title
        self.edits = edits
    }
}
