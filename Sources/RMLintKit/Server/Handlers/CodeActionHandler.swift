import RMLintCore
import RMLintRules

/// `textDocument/codeAction`: a quick fix for each diagnostic in range whose fix is mechanical
/// (``QuickFixes``), and `source.fixAll.rmlint`, which applies at once every fix of the document
/// that needs no words from a person (today: dangling ids with a clear nearest match).
enum CodeActionHandler: LSPRequestHandler {
    static let method = "textDocument/codeAction"
    static let fixAll = "source.fixAll.rmlint"

    static func respond(to params: JSONValue?, in server: LanguageServer) throws(ResponseError) -> JSONValue {
        guard let uri = params?["textDocument", "uri"]?.string else {
            throw ResponseError("textDocument/codeAction needs textDocument.uri")
        }
        guard let (session, path) = server.locate(uri) else { return .array([]) }
        let only = params?["context", "only"]?.array?.compactMap(\.string)
        func wanted(_ kind: String) -> Bool {
            only.map { $0.contains { kind == $0 || kind.hasPrefix($0 + ".") } } ?? true
        }
        let fixes = QuickFixes(server: server, session: session, path: path)
        var actions: [JSONValue] = []
        if wanted("quickfix") {
            for diagnostic in params?["context", "diagnostics"]?.array ?? [] {
                guard diagnostic["source"]?.string ?? "rmlint" == "rmlint" else { continue }
                for fix in fixes.fixes(for: diagnostic) {
                    actions.append(action(fix, kind: "quickfix", diagnostics: [diagnostic], session: session, server))
                }
            }
        }
        // Offered only when asked for (on save, or from a menu), not on every cursor move.
        if only != nil, wanted(fixAll) {
            let mechanical = fixes.documentFixes().filter { !$0.needsWords }
            if !mechanical.isEmpty {
                let merged = QuickFixes.Fix(
                    title: "Fix all rmlint problems that need no words (\(mechanical.count))",
                    edits: [(path, mechanical.flatMap { $0.edits.flatMap(\.edits) })], needsWords: false)
                actions.append(action(merged, kind: fixAll, diagnostics: [], session: session, server))
            }
        }
        return .array(actions)
    }

    private static func action(
        _ fix: QuickFixes.Fix, kind: String, diagnostics: [JSONValue], session: RoadmapSession,
        _ server: LanguageServer
    ) -> JSONValue {
        var members: [(String, JSONValue)] = [("title", .string(fix.title)), ("kind", .string(kind))]
        if !diagnostics.isEmpty { members.append(("diagnostics", .array(diagnostics))) }
        if let created = fix.creates {
            members.append(("edit", server.creatingEdit(created.path, text: created.text, in: session)))
        } else {
            members.append(("edit", server.workspaceEdit(fix.edits, in: session)))
        }
        if kind == "quickfix", diagnostics.count == 1, !fix.needsWords { members.append(("isPreferred", .bool(true))) }
        return .object(members)
    }
}
