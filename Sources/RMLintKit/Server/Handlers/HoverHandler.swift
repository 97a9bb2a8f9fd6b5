import RMLintCore
import RMLintRules

/// `textDocument/hover`: on a link, the linked item — kind, title, status, owner, due and the first
/// lines of its narrative; on a diagnostic's range, what its rule checks and why.
enum HoverHandler: LSPRequestHandler {
    static let method = "textDocument/hover"

    static func respond(to params: JSONValue?, in server: LanguageServer) throws(ResponseError) -> JSONValue {
        let (uri, line, character) = try LanguageServer.position(params, method)
        if let found = server.id(atURI: uri, line: line, character: character), found.link != nil {
            let graph = found.session.roadmap.graph
            // A Backlog.md milestone may be named by its title.
            let target =
                graph.item(found.id)
                ?? graph.linked(graph.milestoneTitles == nil ? nil : found.id, as: .milestone)
            if let target {
                return markdown(
                    describe(
                        target, text: found.session.text(of: target.path) ?? "",
                        convention: found.session.roadmap.configuration.convention))
            }
        }
        guard let (session, path) = server.locate(uri), let text = session.text(of: path) else { return .null }
        let at = LineIndex(text).location(line: line, character: character, encoding: server.encoding)
        let here = session.reported[path]?.first { diagnostic in
            diagnostic.path == path && (diagnostic.line, diagnostic.column) <= (at.line, at.column)
                && (at.line, at.column) <= (diagnostic.endLine, diagnostic.endColumn)
        }
        guard let here, let rule = RuleRegistry.description(of: here.rule) else { return .null }
        return markdown("**\(rule.id)** (\(here.severity.rawValue)): \(rule.summary)\n\n\(rule.rationale)")
    }

    private static func markdown(_ text: String) -> JSONValue {
        .object([("contents", .object([("kind", .string("markdown")), ("value", .string(text))]))])
    }

    /// "**T-payments** — theme · active · owner dana", then the narrative's first lines.
    /// In the team's words under a convention: "**BACK-3** Refunds — task · In Progress · assignee bob".
    private static func describe(_ item: RoadmapItem, text: String, convention: Convention?) -> String {
        let kind = item.kind.map { $0 == .backlog && convention?.backlog != nil ? "task" : $0.rawValue }
        let status = item.effectiveStatus.map { status in
            item.kind.map { convention?.word(for: status, kind: $0) ?? status.rawValue } ?? status.rawValue
        }
        let owner = convention?.key(for: "owner") ?? "owner"
        let due = convention?.key(for: "due") ?? "due"
        let facts = [
            kind, status, item.owner?.name.map { "\(owner) \($0)" }, item.due.value.map { "\(due) \($0)" },
        ].compactMap { $0 }.joined(separator: " · ")
        var out = "**\(item.itemID ?? item.path)**" + (item.title.value.map { " \($0)" } ?? "") + "\n\n" + facts
        let narrative = Narrative.firstLines(of: text, 3)
        if !narrative.isEmpty { out += "\n\n" + narrative.joined(separator: "\n") }
        return out
    }
}
