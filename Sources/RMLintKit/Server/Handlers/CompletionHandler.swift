import RMLintCore

/// `textDocument/completion` in an item's front-matter, with no trigger character needed: the ids a
/// link field may name (live themes for `theme:`, goals for `goals:`, milestones for `milestone:` and
/// `depends_on:`, with title, status and owner as detail), the values of `kind`, `status` (per kind),
/// `horizon` and `track` (the configured tracks), and the field keys the item's kind may have.
enum CompletionHandler: LSPRequestHandler {
    static let method = "textDocument/completion"

    static func respond(to params: JSONValue?, in server: LanguageServer) throws(ResponseError) -> JSONValue {
        let (uri, row, character) = try LanguageServer.position(params, method)
        guard let (session, path) = server.locate(uri), let text = session.text(of: path) else { return .array([]) }
        let lines = LineIndex(text)
        if path == ".rmlint.yml", row < lines.lines.count {
            let at = lines.location(line: row, character: character, encoding: server.encoding)
            let before = String(String.UnicodeScalarView(lines.lines[row].unicodeScalars.prefix(at.column - 1)))
            return .array(
                ConfigurationCompletion.items(lines, row: row, before: before).map {
                    entry($0.insert, label: $0.label, kind: $0.kind)
                })
        }
        guard path.hasSuffix(".md") else { return .array([]) }
        guard row < lines.lines.count, Self.inFrontMatter(lines, row: row) else { return .array([]) }
        let at = lines.location(line: row, character: character, encoding: server.encoding)
        let before = String(String.UnicodeScalarView(lines.lines[row].unicodeScalars.prefix(at.column - 1)))
        let item = session.roadmap.items.first { $0.path == path }
        let kind = item?.kind ?? Self.writtenKind(lines)
        // In a team's vocabulary the keys and values offered are the team's.
        let convention = session.configuration.current.convention
        let key = Self.key(for: row, before: before, lines: lines)
        guard let key else {
            return .array(
                keys(for: kind, convention: convention).map { convention?.key(for: $0) ?? $0 }.map {
                    entry($0 + ": ", label: $0, kind: 10)
                })
        }
        let field = convention?.field(forKey: key) ?? key
        if let team = convention?.teamValues(for: field, kind: kind) {
            return .array(team.map { entry($0.team, label: $0.team, kind: 20, detail: $0.value) })
        }
        return .array(values(for: field, kind: kind, session: session, excluding: item))
    }

    private static func values(for key: String, kind: ItemKind?, session: RoadmapSession, excluding item: RoadmapItem?)
        -> [JSONValue]
    {
        let graph = session.roadmap.graph
        func ids(_ wanted: ItemKind, live: Bool) -> [JSONValue] {
            graph.items.filter { candidate in
                guard candidate.kind == wanted, candidate !== item, let id = candidate.itemID, graph.item(id) != nil
                else { return false }
                return !live || candidate.effectiveStatus == .active
            }.compactMap { candidate in
                guard let id = candidate.itemID else { return nil }
                let detail = [
                    candidate.title.value, candidate.effectiveStatus?.rawValue, candidate.owner?.name,
                ].compactMap { $0 }.joined(separator: " · ")
                return entry(id, label: id, kind: 18, detail: detail)
            }
        }
        switch key {
        case "theme": return ids(.theme, live: true)
        case "goals": return ids(.goal, live: false)
        case "milestone", "depends_on": return ids(.milestone, live: false)
        case "kind": return ItemKind.allCases.map { entry($0.rawValue, label: $0.rawValue, kind: 20) }
        case "status": return (kind?.statuses ?? []).map { entry($0.rawValue, label: $0.rawValue, kind: 20) }
        case "horizon": return Horizon.allCases.map { entry($0.rawValue, label: $0.rawValue, kind: 20) }
        case "track": return session.configuration.current.tracks.map { entry($0, label: $0, kind: 20) }
        default: return []
        }
    }

    /// The keys of a kind, less those the convention does not have.
    private static func keys(for kind: ItemKind?, convention: Convention?) -> [String] {
        let fields = kind?.fields(underConvention: convention != nil) ?? []
        let absent = kind.flatMap { convention?.absentFields[$0] } ?? []
        return ItemKind.commonFields + fields.filter { !absent.contains($0) }
    }

    private static func entry(_ text: String, label: String, kind: Int, detail: String? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [("label", .string(label)), ("kind", .int(kind))]
        if let detail, !detail.isEmpty { members.append(("detail", .string(detail))) }
        members.append(("insertText", .string(text)))
        return .object(members)
    }

    /// The key whose value is being written at `row`: `theme: T-p|`, `goals: [G-1, |`, or a `- ` entry
    /// of a block list under `depends_on:`; `nil` while a key itself is being typed.
    private static func key(for row: Int, before: String, lines: LineIndex) -> String? {
        let trimmed = before.drop { $0 == " " }
        if trimmed.hasPrefix("- ") || trimmed == "-" {
            for above in stride(from: row - 1, through: 0, by: -1) {
                let line = String(lines.lines[above])
                guard line.hasPrefix(" ") || line.hasPrefix("-") else {
                    return line.split(separator: ":", maxSplits: 1).first.map(String.init)
                }
            }
            return nil
        }
        guard let colon = before.firstIndex(of: ":"), !before.hasPrefix(" ") else { return nil }
        return String(before[..<colon])
    }

    /// Whether `row` lies between the opening `---` and the closing one.
    private static func inFrontMatter(_ lines: LineIndex, row: Int) -> Bool {
        guard lines.lines.first?.trimmingSuffix == "---", row > 0 else { return false }
        for index in 1..<row where lines.lines[index].trimmingSuffix == "---" { return false }
        return true
    }

    /// `kind:` as written, for an item that does not decode yet.
    private static func writtenKind(_ lines: LineIndex) -> ItemKind? {
        for line in lines.lines where line.hasPrefix("kind:") {
            return ItemKind(rawValue: String(line.dropFirst(5)).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }
}

extension Substring {
    fileprivate var trimmingSuffix: String { String(reversed().drop { $0 == " " || $0 == "\r" }.reversed()) }
}
