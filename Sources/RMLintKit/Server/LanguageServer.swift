import Foundation
import RMLintCore
import RMLintRules

/// `rmlint lsp`'s protocol core, free of any transport: JSON-RPC bodies in, the messages to send
/// out (responses and notifications), and the exit code once the client has said `exit`. The
/// lifecycle is LSP 3.17's; each method is answered by its own handler (``LSPHandlers``).
package final class LanguageServer {
    package enum State: Sendable {
        case uninitialized
        case running
        case shutDown
    }

    package private(set) var state = State.uninitialized
    /// Set once `exit` arrived: 0 after `shutdown`, 1 otherwise.
    package private(set) var exitCode: Int32?
    /// How positions count characters, as negotiated.
    package var encoding = PositionEncoding.utf16
    /// The roadmap of each workspace folder (read on first use: at `initialized`, with progress
    /// reported when the client takes it), and of each repository of a file opened outside them.
    package var sessions: [RoadmapSession] {
        if !pendingRoots.isEmpty { loadWorkspace() }
        return loaded
    }
    var loaded: [RoadmapSession] = []
    /// Workspace folders announced at `initialize`, not read yet.
    var pendingRoots: [String] = []
    /// What the client declared it can do, as far as the server acts on it.
    var client = ClientCapabilities()
    /// Writes messages out at once, mid-handling (progress of a long job); set by the transport.
    package var emit: (([JSONValue]) -> Void)?
    /// The version of each open document, by URI.
    var versions: [String: Int] = [:]
    private var nextRequest = 1
    /// Notifications produced while handling a message (diagnostics), sent after its response.
    var outbox: [JSONValue] = []
    private var needsPublishing = false
    /// How often the disk is looked at again (HEAD; files too when the client cannot watch them).
    package var diskLookInterval = Duration.seconds(1)
    private var lastDiskLook: ContinuousClock.Instant?
    private let today: () -> CalendarDate

    package init(today: @escaping () -> CalendarDate = CalendarDate.todayUTC) {
        self.today = today
    }

    /// Handles one message body; returns what to send, in order.
    package func receive(_ body: [UInt8]) -> [JSONValue] { receive(batch: [body]) }

    /// Handles the messages that arrived together (all the transport could read at once), in
    /// order, and returns what to send. This is the debounce: a burst of edits is applied edit by
    /// edit, but linted and published once, for the latest versions; a request the batch also
    /// cancels (`$/cancelRequest`) is answered `-32800` without being computed.
    package func receive(batch bodies: [[UInt8]]) -> [JSONValue] {
        var replies: [JSONValue] = []
        var messages: [JSONValue] = []
        for body in bodies {
            do {
                messages.append(try JSONValue.parse(body))
            } catch {
                replies.append(Self.error(id: .null, code: -32700, "parse error: \(error.message)"))
            }
        }
        let cancelled = Set(
            messages.filter { $0["method"]?.string == "$/cancelRequest" }.compactMap { $0["params", "id"] }
                .map { $0.rendered(pretty: false) })
        // Requests, opens and saves look at the disk; keystrokes alone never pay for it.
        if state == .running,
            messages.contains(where: {
                $0["id"] != nil
                    || ["textDocument/didSave", "textDocument/didOpen"].contains($0["method"]?.string ?? "")
            })
        {
            lookAtDisk()
        }
        for message in messages where exitCode == nil {
            replies += handle(message, cancelled: cancelled)
            replies += outbox
            outbox = []
        }
        if needsPublishing, exitCode == nil {
            needsPublishing = false
            publishChanges()
            replies += outbox
            outbox = []
        }
        return replies
    }

    private func handle(_ message: JSONValue, cancelled: Set<String>) -> [JSONValue] {
        guard case .object = message, let method = message["method"]?.string else {
            // A response to something the server asked, or nothing a server answers.
            if message["id"] != nil, message["result"] != nil || message["error"] != nil { return [] }
            return [Self.error(id: message["id"] ?? .null, code: -32600, "invalid request: no method")]
        }
        let params = message["params"]
        guard let id = message["id"] else {
            notify(method, params)
            return []
        }
        if state == .running, cancelled.contains(id.rendered(pretty: false)) {
            return [Self.error(id: id, code: -32800, "request cancelled")]
        }
        return [respond(id: id, method: method, params: params)]
    }

    /// At most once per ``diskLookInterval``, before a request, an open or a save: a moved HEAD re-reads
    /// the base, and without file watching every roadmap file is checked for changes.
    func lookAtDisk() {
        let now = ContinuousClock.now
        if let last = lastDiskLook, now - last < diskLookInterval { return }
        lastDiskLook = now
        for session in loaded where session.noticeDiskChanges(files: !client.watchesFiles) {
            diagnosticsChanged()
        }
    }

    /// Something changed that can change diagnostics: they are published once the messages that
    /// arrived together are handled.
    func diagnosticsChanged() { needsPublishing = true }

    private func notify(_ method: String, _ params: JSONValue?) {
        if method == "exit" {
            exitCode = state == .shutDown ? 0 : 1
            return
        }
        guard state == .running, let handler = LSPHandlers.notification(method) else { return }
        handler.handle(params, in: self)
    }

    private func respond(id: JSONValue, method: String, params: JSONValue?) -> JSONValue {
        switch (state, method) {
        case (.uninitialized, "initialize"):
            break
        case (.uninitialized, _):
            return Self.error(id: id, code: -32002, "the server is not initialized; send 'initialize' first")
        case (.running, "initialize"):
            return Self.error(id: id, code: -32600, "the server is already initialized")
        case (.shutDown, _):
            return Self.error(id: id, code: -32600, "the server is shut down; send 'exit'")
        default:
            break
        }
        if method == "shutdown" {
            state = .shutDown
            return Self.result(id: id, .null)
        }
        guard let handler = LSPHandlers.request(method) else {
            return Self.error(id: id, code: -32601, "method '\(method)' is not supported")
        }
        do {
            let result = try handler.respond(to: params, in: self)
            if method == "initialize" { state = .running }
            return Self.result(id: id, result)
        } catch {
            return Self.error(id: id, code: error.code, error.message)
        }
    }

    /// Queues a request to the client (its answer is not waited for).
    func request(_ method: String, _ params: JSONValue? = nil) {
        var members: [(String, JSONValue)] = [
            ("jsonrpc", .string("2.0")), ("id", .string("rmlint-\(nextRequest)")), ("method", .string(method)),
        ]
        if let params { members.append(("params", params)) }
        outbox.append(.object(members))
        nextRequest += 1
    }

    /// Sends what is queued now when the transport allows (else it goes with the reply).
    func flushOutbox() {
        guard let emit, !outbox.isEmpty else { return }
        emit(outbox)
        outbox = []
    }

    /// Queues a notification to the client.
    func send(_ method: String, _ params: JSONValue) {
        outbox.append(.object([("jsonrpc", .string("2.0")), ("method", .string(method)), ("params", params)]))
    }

    func makeSession(at directory: String, openFilesOnly: Bool = false) -> RoadmapSession {
        // A session reads the disk now; later looks compare with when and what it read.
        RoadmapSession(directory: directory, openFilesOnly: openFilesOnly, today: today)
    }

    static func result(id: JSONValue, _ result: JSONValue) -> JSONValue {
        .object([("jsonrpc", .string("2.0")), ("id", id), ("result", result)])
    }

    static func error(id: JSONValue, code: Int, _ message: String) -> JSONValue {
        .object([
            ("jsonrpc", .string("2.0")), ("id", id),
            ("error", .object([("code", .int(code)), ("message", .string(message))])),
        ])
    }
}

/// An error answered to a request.
package struct ResponseError: Error, Sendable {
    package var code: Int
    package var message: String

    package init(code: Int = -32602, _ message: String) {
        self.code = code
        self.message = message
    }
}
