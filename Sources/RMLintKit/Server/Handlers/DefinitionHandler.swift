import RMLintCore

/// `textDocument/definition` on an id in `theme:`, `goals:`, `milestone:` or `depends_on:` (inline
/// or block lists): the target item's `id:` value; every holder of a duplicated id.
enum DefinitionHandler: LSPRequestHandler {
    static let method = "textDocument/definition"

    static func respond(to params: JSONValue?, in server: LanguageServer) throws(ResponseError) -> JSONValue {
        guard let uri = params?["textDocument", "uri"]?.string, let line = params?["position", "line"]?.int,
            let character = params?["position", "character"]?.int
        else { throw ResponseError("textDocument/definition needs textDocument.uri and position") }
        guard let (session, path) = server.locate(uri), let text = session.text(of: path) else { return .null }
        let at = LineIndex(text).location(line: line, character: character, encoding: server.encoding)
        let graph = session.roadmap.graph
        guard let item = graph.items.first(where: { $0.path == path }),
            let link = graph.links(of: item).first(where: { link in
                let start = link.target.location
                return start.line == at.line && at.column >= start.column
                    && at.column <= start.column + link.target.value.unicodeScalars.count
            })
        else { return .null }
        let id = link.target.value
        let targets = graph.duplicateIDs[id].map { $0.map { graph.items[$0] } } ?? graph.item(id).map { [$0] } ?? []
        return .array(
            targets.compactMap { target in
                guard let written = target.id.located else { return nil }
                let lines = LineIndex(session.text(of: target.path) ?? "")
                let start = written.location
                return .object([
                    ("uri", .string(LanguageServer.uri(target.path, in: session))),
                    (
                        "range",
                        server.range(
                            lines, start.line, start.column, start.line, start.column + id.unicodeScalars.count)
                    ),
                ])
            })
    }
}
