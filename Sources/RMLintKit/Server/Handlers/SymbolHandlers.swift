import RMLintCore

/// `textDocument/documentSymbol`: the item (its id, title as detail) with its fields as children.
enum DocumentSymbolHandler: LSPRequestHandler {
    static let method = "textDocument/documentSymbol"

    static func respond(to params: JSONValue?, in server: LanguageServer) throws(ResponseError) -> JSONValue {
        guard let uri = params?["textDocument", "uri"]?.string else {
            throw ResponseError("textDocument/documentSymbol needs textDocument.uri")
        }
        guard let (session, path) = server.locate(uri), let text = session.text(of: path),
            let item = session.roadmap.items.first(where: { $0.path == path })
        else { return .array([]) }
        let lines = LineIndex(text)
        let closing = lines.lines.indices.dropFirst().first { lines.lines[$0].hasPrefix("---") } ?? 0
        let whole = server.range(lines, 1, 1, closing + 1, 4)
        let name = item.itemID ?? item.writtenID ?? path
        let at = item.id.located?.location ?? SourceLocation(line: 1, column: 1)
        let children = item.keyLocations.entries.map { key, location in
            let span = server.range(lines, location.line, location.column, location.line, location.column + key.count)
            return JSONValue.object([
                ("name", .string(key)), ("kind", .int(20)), ("range", span), ("selectionRange", span),
            ])
        }
        var symbol: [(String, JSONValue)] = [("name", .string(name))]
        if let title = item.title.value { symbol.append(("detail", .string(title))) }
        symbol += [
            ("kind", .int(19)), ("range", whole),
            ("selectionRange", server.range(lines, at.line, at.column, at.line, at.column + name.unicodeScalars.count)),
            ("children", .array(children)),
        ]
        return .array([.object(symbol)])
    }
}

/// `workspace/symbol`: every item whose id or title contains the query (case aside), by id and title.
enum WorkspaceSymbolHandler: LSPRequestHandler {
    static let method = "workspace/symbol"

    static func respond(to params: JSONValue?, in server: LanguageServer) throws(ResponseError) -> JSONValue {
        let query = (params?["query"]?.string ?? "").lowercased()
        var symbols: [JSONValue] = []
        for session in server.sessions {
            for item in session.roadmap.items {
                guard let id = item.itemID, let written = item.id.located else { continue }
                let name = id + (item.title.value.map { " " + $0 } ?? "")
                guard query.isEmpty || name.lowercased().contains(query) else { continue }
                symbols.append(
                    .object([
                        ("name", .string(name)), ("kind", .int(19)),
                        (
                            "location",
                            server.lspLocation(
                                item.path, written.location, length: id.unicodeScalars.count, in: session)
                        ),
                    ]))
                if symbols.count >= 1_000 { return .array(symbols) }
            }
        }
        return .array(symbols)
    }
}
