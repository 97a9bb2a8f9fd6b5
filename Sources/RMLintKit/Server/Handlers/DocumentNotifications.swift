import RMLintCore

/// `textDocument/didOpen`: the document's text overlays its file.
enum DidOpenHandler: LSPNotificationHandler {
    static let method = "textDocument/didOpen"

    static func handle(_ params: JSONValue?, in server: LanguageServer) {
        guard let uri = params?["textDocument", "uri"]?.string, let text = params?["textDocument", "text"]?.string
        else { return }
        server.versions[uri] = params?["textDocument", "version"]?.int
        server.edit(uri, text: text)
    }
}

/// `textDocument/didChange`: each change (a whole text, or a range replaced — incremental sync)
/// applied in order to the open document's text. A change for a document never opened is ignored.
enum DidChangeHandler: LSPNotificationHandler {
    static let method = "textDocument/didChange"

    static func handle(_ params: JSONValue?, in server: LanguageServer) {
        guard let uri = params?["textDocument", "uri"]?.string, let (session, path) = server.locate(uri),
            var text = session.open[path]
        else { return }
        for change in params?["contentChanges"]?.array ?? [] {
            guard let change = TextChange(change) else { continue }
            text = change.applied(to: text, encoding: server.encoding)
        }
        server.versions[uri] = params?["textDocument", "version"]?.int
        server.edit(uri, text: text)
    }
}

/// `textDocument/didClose`: the file on disk counts again.
enum DidCloseHandler: LSPNotificationHandler {
    static let method = "textDocument/didClose"

    static func handle(_ params: JSONValue?, in server: LanguageServer) {
        guard let uri = params?["textDocument", "uri"]?.string, let (session, path) = server.locate(uri) else { return }
        server.versions[uri] = nil
        session.close(path)
        server.diagnosticsChanged()
    }
}

/// `textDocument/didSave`: the saved text (or the file, when the client sends none).
enum DidSaveHandler: LSPNotificationHandler {
    static let method = "textDocument/didSave"

    static func handle(_ params: JSONValue?, in server: LanguageServer) {
        guard let uri = params?["textDocument", "uri"]?.string else { return }
        if let text = params?["text"]?.string {
            server.edit(uri, text: text)
        } else if let (session, path) = server.locate(uri) {
            session.diskChanged(path)
            server.diagnosticsChanged()
        }
    }
}

/// `workspace/didChangeWatchedFiles`: files changed on disk (a checkout, a script).
enum DidChangeWatchedFilesHandler: LSPNotificationHandler {
    static let method = "workspace/didChangeWatchedFiles"

    static func handle(_ params: JSONValue?, in server: LanguageServer) {
        for change in params?["changes"]?.array ?? [] {
            guard let uri = change["uri"]?.string, let (session, path) = server.locate(uri) else { continue }
            session.diskChanged(path)
        }
        server.diagnosticsChanged()
    }
}

extension LanguageServer {
    /// A document's new text, then the diagnostics that changed.
    func edit(_ uri: String, text: String) {
        guard let (session, path) = locate(uri) else { return }
        session.set(path, text: text)
        diagnosticsChanged()
    }
}
