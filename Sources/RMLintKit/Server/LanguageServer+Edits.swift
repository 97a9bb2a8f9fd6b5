import RMLintCore

extension LanguageServer {
    /// A text edit: the range replaced and the new text. With `snippet`, the text is an LSP snippet
    /// (`${1:placeholder}`), sent as such to a client that takes snippet edits and as plain text
    /// (placeholders filled) to others.
    struct TextEdit {
        var range: JSONValue
        var text: String
        var snippet: String?
    }

    /// One `WorkspaceEdit` of the edits by repository-relative path: `documentChanges` with each
    /// document's version (null for a file not open) when the client takes them, else `changes`.
    func workspaceEdit(_ edits: [(path: String, edits: [TextEdit])], in session: RoadmapSession) -> JSONValue {
        let ordered = edits.sorted { PathOrder.precedes($0.path, $1.path) }
        guard client.takesDocumentChanges else {
            return .object([
                (
                    "changes",
                    .object(
                        ordered.map { path, fileEdits in
                            (session.uri(path), .array(fileEdits.map { plain($0) }))
                        })
                )
            ])
        }
        return .object([
            (
                "documentChanges",
                .array(
                    ordered.map { path, fileEdits in
                        let uri = session.uri(path)
                        return .object([
                            (
                                "textDocument",
                                .object([("uri", .string(uri)), ("version", versions[uri].map(JSONValue.int) ?? .null)])
                            ),
                            ("edits", .array(fileEdits.map { client.takesSnippets ? snippet($0) : plain($0) })),
                        ])
                    })
            )
        ])
    }

    /// A `WorkspaceEdit` that creates a file (refusing to overwrite one) and fills it with `text`.
    func creatingEdit(_ path: String, text: String, in session: RoadmapSession) -> JSONValue {
        let uri = session.uri(path)
        let start = JSONValue.object([("line", .int(0)), ("character", .int(0))])
        return .object([
            (
                "documentChanges",
                .array([
                    .object([
                        ("kind", .string("create")), ("uri", .string(uri)),
                        ("options", .object([("overwrite", .bool(false)), ("ignoreIfExists", .bool(true))])),
                    ]),
                    .object([
                        ("textDocument", .object([("uri", .string(uri)), ("version", .null)])),
                        (
                            "edits",
                            .array([plain(TextEdit(range: .object([("start", start), ("end", start)]), text: text))])
                        ),
                    ]),
                ])
            )
        ])
    }

    private func plain(_ edit: TextEdit) -> JSONValue {
        .object([("range", edit.range), ("newText", .string(edit.text))])
    }

    private func snippet(_ edit: TextEdit) -> JSONValue {
        guard let snippet = edit.snippet else { return plain(edit) }
        return .object([
            ("range", edit.range), ("snippet", .object([("kind", .string("snippet")), ("value", .string(snippet))])),
        ])
    }
}
