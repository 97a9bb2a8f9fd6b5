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
            // Every file with diagnostics, and an empty report for each whose diagnostics went.
            let previous = session.reported
            _ = session.changedSinceReported()
            let paths = Set(session.reported.keys).union(previous.keys).sorted(by: PathOrder.precedes)
            for path in paths {
                let diagnostics = session.reported[path] ?? []
                let uri = session.uri(path)
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
