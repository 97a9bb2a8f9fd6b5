import Foundation
import RMLintCore

/// `initialized`: the watchers registered (when the client lets the server choose), then the
/// workspace read — with work-done progress when the client shows it — and every file's
/// diagnostics published.
enum InitializedHandler: LSPNotificationHandler {
    static let method = "initialized"

    /// What the server watches: roadmap files anywhere (the configuration may name any folder)
    /// and the configurations (rmlint's, and Backlog.md's that its convention reads).
    static let watchers = JSONValue.array([
        .object([("globPattern", .string("**/*.md"))]), .object([("globPattern", .string("**/.rmlint.yml"))]),
        .object([("globPattern", .string("**/{backlog,.backlog}/config.{yml,yaml}"))]),
    ])

    static func handle(_ params: JSONValue?, in server: LanguageServer) {
        if server.client.registersWatchers {
            server.request(
                "client/registerCapability",
                .object([
                    (
                        "registrations",
                        .array([
                            .object([
                                ("id", .string("rmlint-watched-files")),
                                ("method", .string("workspace/didChangeWatchedFiles")),
                                ("registerOptions", .object([("watchers", watchers)])),
                            ])
                        ])
                    )
                ]))
        }
        server.loadWorkspace()
        server.diagnosticsChanged()
    }
}

extension LanguageServer {
    /// Reads the workspace folders announced at `initialize`, reporting progress when the client
    /// shows it (the first load of a large roadmap is the server's one long job).
    func loadWorkspace() {
        let roots = pendingRoots
        pendingRoots = []
        guard !roots.isEmpty else { return }
        let token = JSONValue.string("rmlint-load")
        if client.showsProgress {
            request("window/workDoneProgress/create", .object([("token", token)]))
            progress(token, ("kind", "begin"), ("title", "rmlint"), ("message", "reading the roadmap"))
            flushOutbox()
        }
        for (index, root) in roots.enumerated() {
            loaded.append(makeSession(at: root))
            if client.showsProgress, roots.count > 1 {
                progress(token, ("kind", "report"), ("message", "read \(index + 1) of \(roots.count) folders"))
                flushOutbox()
            }
        }
        if client.showsProgress {
            let items = loaded.reduce(0) { $0 + $1.roadmap.items.count }
            progress(token, ("kind", "end"), ("message", "\(items) items read"))
        }
    }

    private func progress(_ token: JSONValue, _ fields: (String, String)...) {
        send(
            "$/progress",
            .object([("token", token), ("value", .object(fields.map { ($0.0, JSONValue.string($0.1)) }))]))
    }
}
