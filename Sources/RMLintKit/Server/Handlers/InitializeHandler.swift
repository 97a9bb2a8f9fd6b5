import RMLintCore

/// `initialize`: one session per workspace folder (or the root URI), the position encoding, and
/// what the server offers.
enum InitializeHandler: LSPRequestHandler {
    static let method = "initialize"

    /// For clients that pull: diagnostics depend on other files, and the whole workspace can be pulled.
    static let pullOptions = JSONValue.object([
        ("identifier", .string("rmlint")), ("interFileDependencies", .bool(true)),
        ("workspaceDiagnostics", .bool(true)),
    ])

    static func respond(to params: JSONValue?, in server: LanguageServer) throws(ResponseError) -> JSONValue {
        let offered = params?["capabilities", "general", "positionEncodings"]?.array?.compactMap(\.string)
        server.encoding = PositionEncoding.negotiate(offered)
        server.client = ClientCapabilities(params?["capabilities"])
        var roots = (params?["workspaceFolders"]?.array ?? []).compactMap { $0["uri"]?.string }
        if roots.isEmpty, let root = params?["rootUri"]?.string { roots = [root] }
        if roots.isEmpty, let path = params?["rootPath"]?.string { roots = ["file://" + path] }
        // Read at `initialized` (with progress); without a workspace folder the server serves the
        // repositories of the files opened, and never walks / or $HOME.
        server.pendingRoots = roots.compactMap(LanguageServer.path(ofURI:))
        return .object([
            (
                "capabilities",
                .object(
                    [
                        ("positionEncoding", .string(server.encoding.rawValue)),
                        (
                            "textDocumentSync",
                            .object([
                                ("openClose", .bool(true)), ("change", .int(2)),
                                ("save", .object([("includeText", .bool(true))])),
                            ])
                        ),
                        ("definitionProvider", .bool(true)),
                        ("completionProvider", .object([("triggerCharacters", .array([]))])),
                        ("referencesProvider", .bool(true)),
                        ("renameProvider", .object([("prepareProvider", .bool(true))])),
                        ("hoverProvider", .bool(true)),
                        (
                            "codeActionProvider",
                            .object([
                                (
                                    "codeActionKinds",
                                    .array([.string("quickfix"), .string(CodeActionHandler.fixAll)])
                                )
                            ])
                        ),
                        ("documentSymbolProvider", .bool(true)),
                        ("workspaceSymbolProvider", .bool(true)),
                    ] + (server.client.pulls ? [("diagnosticProvider", pullOptions)] : []))
            ),
            ("serverInfo", .object([("name", .string("rmlint")), ("version", .string(RMLintVersion.current))])),
        ])
    }
}
