import RMLintCore

/// A request the server answers.
protocol LSPRequestHandler: Sendable {
    static var method: String { get }
    static func respond(to params: JSONValue?, in server: LanguageServer) throws(ResponseError) -> JSONValue
}

/// A notification the server acts on.
protocol LSPNotificationHandler: Sendable {
    static var method: String { get }
    static func handle(_ params: JSONValue?, in server: LanguageServer)
}

/// Every method the server handles: adding one is its handler's file plus one line here.
enum LSPHandlers {
    static let requests: [any LSPRequestHandler.Type] = [
        InitializeHandler.self,
        DefinitionHandler.self,
        CompletionHandler.self,
        ReferencesHandler.self,
        PrepareRenameHandler.self,
        RenameHandler.self,
        HoverHandler.self,
        CodeActionHandler.self,
        DocumentSymbolHandler.self,
        WorkspaceSymbolHandler.self,
        DocumentDiagnosticHandler.self,
        WorkspaceDiagnosticHandler.self,
    ]

    static let notifications: [any LSPNotificationHandler.Type] = [
        InitializedHandler.self,
        DidOpenHandler.self,
        DidChangeHandler.self,
        DidCloseHandler.self,
        DidSaveHandler.self,
        DidChangeWatchedFilesHandler.self,
    ]

    static func request(_ method: String) -> (any LSPRequestHandler.Type)? { requests.first { $0.method == method } }

    static func notification(_ method: String) -> (any LSPNotificationHandler.Type)? {
        notifications.first { $0.method == method }
    }
}
