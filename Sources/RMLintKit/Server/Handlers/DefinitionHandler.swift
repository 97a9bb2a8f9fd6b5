import RMLintCore

/// `textDocument/definition` on an id in `theme:`, `goals:`, `milestone:` or `depends_on:` (inline
/// or block lists): the target item's `id:` value; every holder of a duplicated id.
enum DefinitionHandler: LSPRequestHandler {
    static let method = "textDocument/definition"

    static func respond(to params: JSONValue?, in server: LanguageServer) throws(ResponseError) -> JSONValue {
        let (uri, line, character) = try LanguageServer.position(params, method)
        guard let found = server.id(atURI: uri, line: line, character: character), found.link != nil else {
            return .null
        }
        let graph = found.session.roadmap.graph
        let targets =
            graph.duplicateIDs[found.id].map { $0.map { graph.items[$0] } } ?? graph.item(found.id).map { [$0] } ?? []
        return .array(
            targets.compactMap { target in
                guard let written = target.id.located else { return nil }
                return server.lspLocation(
                    target.path, written.location, length: found.id.unicodeScalars.count, in: found.session)
            })
    }
}
