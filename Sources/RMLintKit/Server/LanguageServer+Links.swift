import RMLintCore

/// What the navigation handlers share: the id under the cursor, and every place an id is written.
extension LanguageServer {
    /// An id written at a position: an item's own `id:` value or a link naming it.
    struct IDAtPosition {
        let session: RoadmapSession
        let id: String
        /// Where it is written (1-based line, scalar column), in `path`.
        let path: String
        let location: SourceLocation
        /// The link it is part of; `nil` on the item's own `id:`.
        let link: Link?
    }

    /// The id at an LSP position of a document, if the cursor is on one.
    func id(atURI uri: String, line: Int, character: Int) -> IDAtPosition? {
        guard let (session, path) = locate(uri), let text = session.text(of: path) else { return nil }
        let at = LineIndex(text).location(line: line, character: character, encoding: encoding)
        let graph = session.roadmap.graph
        guard let item = graph.items.first(where: { $0.path == path }) else { return nil }
        func covers(_ written: Located<String>) -> Bool {
            written.location.line == at.line && at.column >= written.location.column
                && at.column <= written.location.column + written.value.unicodeScalars.count
        }
        if let link = graph.links(of: item).first(where: { covers($0.target) }) {
            return IDAtPosition(
                session: session, id: link.target.value, path: path, location: link.target.location, link: link)
        }
        if let own = item.id.located, covers(own) {
            return IDAtPosition(session: session, id: own.value, path: path, location: own.location, link: nil)
        }
        return nil
    }

    /// Every place `id` is written in a session: the `id:` of each item holding it, then every link
    /// naming it, in path order.
    func occurrences(of id: String, in session: RoadmapSession) -> [(path: String, location: SourceLocation)] {
        let graph = session.roadmap.graph
        var places: [(path: String, location: SourceLocation)] = []
        for item in graph.items {
            if let own = item.id.located, own.value == id { places.append((item.path, own.location)) }
            for link in graph.links(of: item) where link.target.value == id {
                places.append((item.path, link.target.location))
            }
        }
        return places
    }

    /// An LSP location for an id written at `location` in `path`.
    func lspLocation(_ path: String, _ location: SourceLocation, length: Int, in session: RoadmapSession)
        -> JSONValue
    {
        let lines = LineIndex(session.text(of: path) ?? "")
        return .object([
            ("uri", .string(Self.uri(path, in: session))),
            ("range", range(lines, location.line, location.column, location.line, location.column + length)),
        ])
    }

    /// The position of a request (`textDocument.uri` and `position`), or an invalid-params error.
    static func position(_ params: JSONValue?, _ method: String) throws(ResponseError) -> (
        uri: String, line: Int, character: Int
    ) {
        guard let uri = params?["textDocument", "uri"]?.string, let line = params?["position", "line"]?.int,
            let character = params?["position", "character"]?.int
        else { throw ResponseError("\(method) needs textDocument.uri and position") }
        return (uri, line, character)
    }
}
