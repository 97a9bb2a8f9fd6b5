import RMLintCore

/// `textDocument/prepareRename`: the id under the cursor (an `id:` or a link), or an error saying why
/// nothing can be renamed there.
enum PrepareRenameHandler: LSPRequestHandler {
    static let method = "textDocument/prepareRename"

    static func respond(to params: JSONValue?, in server: LanguageServer) throws(ResponseError) -> JSONValue {
        let (uri, line, character) = try LanguageServer.position(params, method)
        guard let found = server.id(atURI: uri, line: line, character: character) else { return .null }
        guard
            found.session.roadmap.graph.item(found.id) != nil
                || found.session.roadmap.graph.duplicateIDs[found.id] != nil
        else { throw ResponseError(code: -32803, "no item has the id '\(found.id)'; there is nothing to rename") }
        let lines = LineIndex(found.session.text(of: found.path) ?? "")
        let start = found.location
        return .object([
            (
                "range",
                server.range(lines, start.line, start.column, start.line, start.column + found.id.unicodeScalars.count)
            ),
            ("placeholder", .string(found.id)),
        ])
    }
}

/// `textDocument/rename` of an id: one edit changing the `id:` and every link to it in every file;
/// refused with a message when the new id is invalid or already taken.
enum RenameHandler: LSPRequestHandler {
    static let method = "textDocument/rename"

    static func respond(to params: JSONValue?, in server: LanguageServer) throws(ResponseError) -> JSONValue {
        let (uri, line, character) = try LanguageServer.position(params, method)
        guard let newName = params?["newName"]?.string else { throw ResponseError("textDocument/rename needs newName") }
        guard let found = server.id(atURI: uri, line: line, character: character) else {
            throw ResponseError(code: -32803, "put the cursor on an id (an 'id:' value or a link) to rename it")
        }
        guard ItemDecoder.isValidID(newName) else {
            throw ResponseError(
                code: -32803,
                "'\(newName)' is not a valid id: it must start with a letter and use only letters, digits, '.', '_' and '-'"
            )
        }
        let graph = found.session.roadmap.graph
        guard newName == found.id || (graph.item(newName) == nil && graph.duplicateIDs[newName] == nil) else {
            throw ResponseError(code: -32803, "the id '\(newName)' is already taken; choose another")
        }
        var edits: [String: [LanguageServer.TextEdit]] = [:]
        var lines: [String: LineIndex] = [:]
        for place in server.occurrences(of: found.id, in: found.session) {
            let index = lines[place.path] ?? LineIndex(found.session.text(of: place.path) ?? "")
            lines[place.path] = index
            let start = place.location
            let range = server.range(
                index, start.line, start.column, start.line, start.column + found.id.unicodeScalars.count)
            edits[place.path, default: []].append(LanguageServer.TextEdit(range: range, text: newName))
        }
        return server.workspaceEdit(edits.map { ($0.key, $0.value) }, in: found.session)
    }
}
