import RMLintCore

/// `textDocument/diagnostic`: one document's diagnostics, for clients that pull.
enum DocumentDiagnosticHandler: LSPRequestHandler {
    static let method = "textDocument/diagnostic"

    static func respond(to params: JSONValue?, in server: LanguageServer) throws(ResponseError) -> JSONValue {
        guard let uri = params?["textDocument", "uri"]?.string else {
            throw ResponseError("textDocument/diagnostic needs textDocument.uri")
        }
        guard let (session, path) = server.locate(uri) else {
            return .object([("kind", .string("full")), ("items", .array([]))])
        }
        let diagnostics = session.lint()[path] ?? []
        server.published[uri] = diagnostics
        let lines = LineIndex(session.text(of: path) ?? "")
        return .object([
            ("kind", .string("full")),
            ("items", .array(diagnostics.map { server.lspDiagnostic($0, lines: lines, session: session) })),
        ])
    }
}

/// `workspace/diagnostic`: every file's diagnostics (an empty report for a file whose diagnostics went).
enum WorkspaceDiagnosticHandler: LSPRequestHandler {
    static let method = "workspace/diagnostic"

    static func respond(to params: JSONValue?, in server: LanguageServer) throws(ResponseError) -> JSONValue {
        var reports: [JSONValue] = []
        for session in server.sessions {
            let current = session.lint()
            var uris: [String: String] = [:]
            for path in current.keys { uris[LanguageServer.uri(path, in: session)] = path }
            for uri in server.published.keys where uris[uri] == nil && server.locate(uri)?.session === session {
                uris[uri] = server.locate(uri)?.path
            }
            for (uri, path) in uris.sorted(by: { $0.key < $1.key }) {
                let diagnostics = current[path] ?? []
                server.published[uri] = diagnostics.isEmpty ? nil : diagnostics
                let lines = LineIndex(session.text(of: path) ?? "")
                var report: [(String, JSONValue)] = [("uri", .string(uri))]
                report.append(("version", server.versions[uri].map(JSONValue.int) ?? .null))
                report += [
                    ("kind", .string("full")),
                    ("items", .array(diagnostics.map { server.lspDiagnostic($0, lines: lines, session: session) })),
                ]
                reports.append(.object(report))
            }
        }
        return .object([("items", .array(reports))])
    }
}
