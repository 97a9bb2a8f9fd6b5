import RMLintCore

/// The parts of a client's `initialize` capabilities the server adapts to.
struct ClientCapabilities: Sendable {
    /// Pulls diagnostics (`textDocument/diagnostic`), and takes `workspace/diagnostic/refresh`.
    var pulls = false
    var refreshes = false
    /// Takes `window/workDoneProgress/create` and `$/progress`.
    var showsProgress = false
    /// Sends `workspace/didChangeWatchedFiles`, and lets the server register what to watch.
    var watchesFiles = false
    var registersWatchers = false
    /// Applies `documentChanges` (versioned edits) in a `WorkspaceEdit`.
    var takesDocumentChanges = false
    /// Expands snippets (`${1:placeholder}`) in the edits of `documentChanges` (LSP 3.18's
    /// `workspace.workspaceEdit.snippetEditSupport`).
    var takesSnippets = false

    /// Takes a `CreateFile` resource operation in `documentChanges`.
    var createsFiles = false

    init() {}

    init(_ capabilities: JSONValue?) {
        pulls = capabilities?["textDocument", "diagnostic"] != nil
        refreshes = capabilities?["workspace", "diagnostics", "refreshSupport"]?.bool == true
        showsProgress = capabilities?["window", "workDoneProgress"]?.bool == true
        let watching = capabilities?["workspace", "didChangeWatchedFiles"]
        registersWatchers = watching?["dynamicRegistration"]?.bool == true
        // Without dynamic registration a client watches only what its user set up: count on it
        // only when it says it can register (else the server looks at the disk itself).
        watchesFiles = registersWatchers
        takesDocumentChanges = capabilities?["workspace", "workspaceEdit", "documentChanges"]?.bool == true
        createsFiles =
            takesDocumentChanges
            && (capabilities?["workspace", "workspaceEdit", "resourceOperations"]?.array ?? []).contains {
                $0.string == "create"
            }
        takesSnippets =
            takesDocumentChanges && capabilities?["workspace", "workspaceEdit", "snippetEditSupport"]?.bool == true
    }
}
