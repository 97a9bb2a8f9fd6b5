import RMLintCore
import RMLintGit
import RMLintRules

/// The mechanical fixes of one document's diagnostics: the `replans` entry a re-dated committed
/// milestone needs (date, from and to filled; the reason left to write), the closest existing id
/// for a dangling link, a missing required field with a placeholder, an `rmlint-disable` entry
/// with a reason to write, and — for a committed milestone deleted — its file brought back as
/// `dropped` with a `dropped-reason` to write.
struct QuickFixes {
    struct Fix {
        var title: String
        var edits: [(path: String, edits: [LanguageServer.TextEdit])]
        /// The fix leaves words for a person to write (a reason, a title): not part of "fix all".
        var needsWords: Bool
        /// A file to create with this text (instead of `edits`).
        var creates: (path: String, text: String)?
    }

    let server: LanguageServer
    let session: RoadmapSession
    let path: String

    /// The fixes for one diagnostic as the client sent it back. The diagnostic is found again by
    /// its `data` among the document's current ones (clients may send back only part of it: Neovim
    /// 0.7 keeps `code` and `data`); its range and message as sent count only when it is not found.
    func fixes(for diagnostic: JSONValue) -> [Fix] {
        guard let rule = diagnostic["code"]?.string else { return [] }
        if rule == "committed-deleted" { return restoreAsDropped().map { [$0] } ?? [] }
        guard let text = session.text(of: path), let item = session.roadmap.items.first(where: { $0.path == path })
        else { return [] }
        let lines = LineIndex(text)
        let fingerprint = diagnostic["data", "fingerprint"]?.string
        let current = (session.lint()[path] ?? []).first {
            $0.rule == rule && $0.fingerprint.description == fingerprint
        }
        let message = current?.message ?? diagnostic["message"]?.string ?? ""
        guard
            let range = current.map({
                server.range(lines, $0.line, $0.column, $0.endLine, $0.endColumn)
            }) ?? diagnostic["range"]
        else { return [] }
        var found: [Fix] = []
        switch rule {
        case "replan-without-reason":
            if let fix = replans(item, lines) { found.append(fix) }
        case "dangling-link":
            if let fix = nearestID(item, lines, at: range) { found.append(fix) }
        case "schema":
            if let fix = missingField(item, lines, message: message) { found.append(fix) }
        default:
            break
        }
        if let fix = disable(rule, item, lines) { found.append(fix) }
        return found
    }

    /// Every fix for the document's current diagnostics (for "fix all").
    func documentFixes() -> [Fix] {
        guard let text = session.text(of: path), let item = session.roadmap.items.first(where: { $0.path == path })
        else { return [] }
        let lines = LineIndex(text)
        return (session.lint()[path] ?? []).compactMap { diagnostic in
            guard diagnostic.rule == "dangling-link" else { return nil }
            let range = server.range(
                lines, diagnostic.line, diagnostic.column, diagnostic.endLine, diagnostic.endColumn)
            return nearestID(item, lines, at: range)
        }
    }

    private func replans(_ item: RoadmapItem, _ lines: LineIndex) -> Fix? {
        // An item that already lists replans is left to its author: where the entry goes depends on its layout.
        guard item.keyLocations["replans"] == nil, let id = item.itemID,
            let old = session.base?.graph.item(id)?.due.value, let new = item.due.value,
            let at = beforeClosingFence(lines)
        else { return nil }
        let entry = "{date: \(session.today()), from: \(old), to: \(new), reason: "
        return Fix(
            title: "Add the replans entry for this re-date",
            edits: [
                (
                    path,
                    [
                        .init(
                            range: at, text: "replans:\n  - \(entry)\"why it moved\"}\n",
                            snippet: "replans:\n  - \(entry)\"${1:why it moved}\"}\n")
                    ]
                )
            ], needsWords: true)
    }

    private func nearestID(_ item: RoadmapItem, _ lines: LineIndex, at range: JSONValue) -> Fix? {
        let start = lines.location(
            line: range["start", "line"]?.int ?? 0, character: range["start", "character"]?.int ?? 0,
            encoding: server.encoding)
        guard let link = session.roadmap.graph.links(of: item).first(where: { $0.target.location == start }),
            let meant = session.roadmap.graph.nearestID(to: link.target.value, as: link.kind)
        else { return nil }
        let location = link.target.location
        let written = server.range(
            lines, location.line, location.column, location.line,
            location.column + link.target.value.unicodeScalars.count)
        return Fix(
            title: "Change '\(link.target.value)' to '\(meant)'", edits: [(path, [.init(range: written, text: meant)])],
            needsWords: false)
    }

    /// `key: placeholder` for a required field the item lacks (the schema problem says which).
    private func missingField(_ item: RoadmapItem, _ lines: LineIndex, message: String) -> Fix? {
        guard let problem = item.schemaProblems.first(where: { $0.message == message }), let field = problem.field,
            item.keyLocations[field] == nil, let at = beforeClosingFence(lines),
            let placeholder = placeholder(for: field, item)
        else { return nil }
        return Fix(
            title: "Add '\(field):'",
            edits: [
                (
                    path,
                    [.init(range: at, text: "\(field): \(placeholder)\n", snippet: "\(field): ${1:\(placeholder)}\n")]
                )
            ], needsWords: true)
    }

    /// A value that reads as what to write: the file's name for an id, a valid first choice for
    /// an enumeration, a note for free text.
    private func placeholder(for field: String, _ item: RoadmapItem) -> String? {
        let kind = item.kind
        switch field {
        case "id":
            let name = path.split(separator: "/").last.map { String($0.dropLast(3)) } ?? ""
            return ItemDecoder.isValidID(name) ? name : "ID-1"
        case "kind":
            return path.contains("/themes/")
                ? "theme" : path.contains("/goals/") ? "goal" : path.contains("/backlog/") ? "backlog" : "milestone"
        case "status": return kind?.statuses.first?.rawValue
        case "horizon": return Horizon.allCases.last?.rawValue
        case "track": return session.configuration.current.tracks.first
        case "owner": return "who-is-accountable"
        case "title": return "\"A one-line title\""
        default: return nil
        }
    }

    private func disable(_ rule: String, _ item: RoadmapItem, _ lines: LineIndex) -> Fix? {
        guard let description = RuleRegistry.description(of: rule), description.canBeDisabledPerItem,
            item.keyLocations["rmlint-disable"] == nil, let at = beforeClosingFence(lines)
        else { return nil }
        return Fix(
            title: "Turn \(rule) off for this item (rmlint-disable, with a reason)",
            edits: [
                (
                    path,
                    [
                        .init(
                            range: at, text: "rmlint-disable: {\(rule): \"why this item is an exception\"}\n",
                            snippet: "rmlint-disable: {\(rule): \"${1:why this item is an exception}\"}\n")
                    ]
                )
            ], needsWords: true)
    }

    /// A committed milestone deleted: its file as HEAD has it, with `status: dropped` and a
    /// `dropped-reason` to write — a commitment is dropped on the record, not made to vanish.
    private func restoreAsDropped() -> Fix? {
        guard session.text(of: path) == nil, server.client.createsFiles,
            let repository = try? GitRepository.open(at: session.root, purpose: "reading a deleted milestone"),
            let commit = try? repository.commit("HEAD"),
            let bytes = try? GitTreeSource(repository: repository, commit: commit).file(at: path),
            let restored = Self.dropped(String(decoding: bytes, as: UTF8.self))
        else { return nil }
        return Fix(
            title: "Keep the milestone as dropped (with a reason) instead of deleting it", edits: [], needsWords: true,
            creates: (path, restored))
    }

    /// The text with its `status:` set to `dropped` and a `dropped-reason:` before the closing fence.
    static func dropped(_ text: String) -> String? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first?.hasPrefix("---") == true,
            let closing = lines.indices.dropFirst().first(where: { lines[$0].hasPrefix("---") })
        else { return nil }
        if let status = lines[1..<closing].firstIndex(where: { $0.hasPrefix("status:") }) {
            lines[status] = "status: dropped"
        } else {
            lines.insert("status: dropped", at: closing)
        }
        let end = lines.indices.dropFirst().first(where: { lines[$0].hasPrefix("---") }) ?? closing
        if !lines[1..<end].contains(where: { $0.hasPrefix("dropped-reason:") }) {
            lines.insert("dropped-reason: \"why it was dropped\"", at: end)
        }
        return lines.joined(separator: "\n")
    }

    /// An empty range at the start of the closing `---` line.
    private func beforeClosingFence(_ lines: LineIndex) -> JSONValue? {
        guard let closing = lines.lines.indices.dropFirst().first(where: { lines.lines[$0].hasPrefix("---") }) else {
            return nil
        }
        let position = JSONValue.object([("line", .int(closing)), ("character", .int(0))])
        return .object([("start", position), ("end", position)])
    }
}
