import RMLintCore

/// `textDocument/references` on an item's `id:` or on any link to it: every link to it, across
/// files (its own `id:` too when the client asks for the declaration).
enum ReferencesHandler: LSPRequestHandler {
    static let method = "textDocument/references"

    static func respond(to params: JSONValue?, in server: LanguageServer) throws(ResponseError) -> JSONValue {
        let (uri, line, character) = try LanguageServer.position(params, method)
        guard let found = server.id(atURI: uri, line: line, character: character) else { return .null }
        let declarations = params?["context", "includeDeclaration"]?.bool ?? true
        let graph = found.session.roadmap.graph
        let places = server.occurrences(of: found.id, in: found.session).filter { place in
            declarations || !graph.items.contains { $0.path == place.path && $0.id.located?.location == place.location }
        }
        return .array(
            places.map {
                server.lspLocation($0.path, $0.location, length: found.id.unicodeScalars.count, in: found.session)
            })
    }
}
