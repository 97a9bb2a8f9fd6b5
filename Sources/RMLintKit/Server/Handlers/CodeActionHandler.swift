import RMLintCore
import RMLintRules

/// `textDocument/codeAction` for the diagnostics in range whose fix is mechanical: the `replans`
/// entry a re-dated committed milestone needs (date, from and to filled, the reason left to write),
/// the closest existing id for a dangling link, and an `rmlint-disable` entry for rules that can be
/// turned off per item. Each is one edit of the document.
enum CodeActionHandler: LSPRequestHandler {
    static let method = "textDocument/codeAction"

    static func respond(to params: JSONValue?, in server: LanguageServer) throws(ResponseError) -> JSONValue {
        guard let uri = params?["textDocument", "uri"]?.string else {
            throw ResponseError("textDocument/codeAction needs textDocument.uri")
        }
        guard let (session, path) = server.locate(uri), let text = session.text(of: path),
            let item = session.roadmap.items.first(where: { $0.path == path })
        else { return .array([]) }
        let lines = LineIndex(text)
        var actions: [JSONValue] = []
        for diagnostic in params?["context", "diagnostics"]?.array ?? [] {
            guard let rule = diagnostic["code"]?.string, let range = diagnostic["range"] else { continue }
            let title: String
            let edit: (range: JSONValue, text: String)
            switch rule {
            case "replan-without-reason":
                guard let entry = replans(item, session: session), let at = beforeClosingFence(lines) else { continue }
                title = "Add the replans entry for this re-date"
                edit = (at, entry)
            case "dangling-link":
                let start = lines.location(
                    line: range["start", "line"]?.int ?? 0, character: range["start", "character"]?.int ?? 0,
                    encoding: server.encoding)
                guard
                    let link = session.roadmap.graph.links(of: item).first(where: { $0.target.location == start }),
                    let meant = session.roadmap.graph.nearestID(to: link.target.value, as: link.kind)
                else { continue }
                title = "Change '\(link.target.value)' to '\(meant)'"
                edit = (range, meant)
            default:
                guard let description = RuleRegistry.description(of: rule), description.canBeDisabledPerItem,
                    item.keyLocations["rmlint-disable"] == nil, let at = beforeClosingFence(lines)
                else { continue }
                title = "Turn \(rule) off for this item (rmlint-disable, with a reason)"
                edit = (at, "rmlint-disable: {\(rule): \"why this item is an exception\"}\n")
            }
            actions.append(
                .object([
                    ("title", .string(title)), ("kind", .string("quickfix")), ("diagnostics", .array([diagnostic])),
                    (
                        "edit",
                        .object([
                            (
                                "changes",
                                .object([
                                    (uri, .array([.object([("range", edit.range), ("newText", .string(edit.text))])]))
                                ])
                            )
                        ])
                    ),
                ]))
        }
        return .array(actions)
    }

    /// `replans:` with the entry for the move from the base's due to this one, as a new key (an item
    /// that already lists replans is left to its author: where the entry goes depends on its layout).
    private static func replans(_ item: RoadmapItem, session: RoadmapSession) -> String? {
        guard let id = item.itemID, let old = session.base?.graph.item(id)?.due.value, let new = item.due.value else {
            return nil
        }
        let entry = "{date: \(session.today()), from: \(old), to: \(new), reason: \"why it moved\"}"
        return item.keyLocations["replans"] == nil ? "replans:\n  - \(entry)\n" : nil
    }

    /// An empty range at the start of the closing `---` line.
    private static func beforeClosingFence(_ lines: LineIndex) -> JSONValue? {
        guard let closing = lines.lines.indices.dropFirst().first(where: { lines.lines[$0].hasPrefix("---") }) else {
            return nil
        }
        let position = JSONValue.object([("line", .int(closing)), ("character", .int(0))])
        return .object([("start", position), ("end", position)])
    }
}
