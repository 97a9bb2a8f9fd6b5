import Foundation
import RMLintCore

extension LanguageServer {
    /// The session serving a document URI, and the document's repository-relative path.
    func locate(_ uri: String) -> (session: RoadmapSession, path: String)? {
        guard let absolute = Self.path(ofURI: uri) else { return nil }
        for session in sessions.sorted(by: { $0.root.count > $1.root.count }) {
            guard absolute.hasPrefix(session.root + "/") else { continue }
            return (session, String(absolute.dropFirst(session.root.count + 1)))
        }
        return nil
    }

    /// `file:///a%20b/c.md` → `/a b/c.md`; `nil` for other schemes.
    static func path(ofURI uri: String) -> String? {
        guard uri.hasPrefix("file://") else { return nil }
        let rest = String(uri.dropFirst("file://".count))
        return rest.removingPercentEncoding ?? rest
    }

    /// The URI of a repository-relative path in a session.
    static func uri(_ path: String, in session: RoadmapSession) -> String { session.uri(path) }

    /// An LSP range from rmlint's 1-based line and scalar columns, in the negotiated encoding.
    func range(_ lines: LineIndex, _ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int) -> JSONValue {
        func position(_ line: Int, _ column: Int) -> JSONValue {
            let converted = lines.position(line: line, column: column, encoding: encoding)
            return .object([("line", .int(converted.line)), ("character", .int(converted.character))])
        }
        return .object([("start", position(line, column)), ("end", position(endLine, endColumn))])
    }

    /// Lints every session and publishes the diagnostics of each document whose diagnostics
    /// changed (an empty list for one whose diagnostics are gone) — to every client, since many show
    /// only pushed ones; a client that also pulls is asked to pull again.
    func publishChanges() {
        if pulls && refreshes { request("workspace/diagnostic/refresh") }
        for session in sessions {
            for (path, diagnostics) in session.changedSinceReported() {
                let lines = diagnostics.isEmpty ? LineIndex("") : LineIndex(session.text(of: path) ?? "")
                send(
                    "textDocument/publishDiagnostics",
                    publication(session.uri(path), diagnostics, lines: lines, session: session))
            }
        }
    }

    func publication(_ uri: String, _ diagnostics: [Diagnostic], lines: LineIndex, session: RoadmapSession)
        -> JSONValue
    {
        var members: [(String, JSONValue)] = [("uri", .string(uri))]
        if let version = versions[uri] { members.append(("version", .int(version))) }
        members.append(
            ("diagnostics", .array(diagnostics.map { lspDiagnostic($0, lines: lines, session: session) })))
        return .object(members)
    }

    /// One diagnostic as LSP writes it: source, rule id as code, severity, range, related places.
    func lspDiagnostic(_ diagnostic: Diagnostic, lines: LineIndex, session: RoadmapSession) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("range", range(lines, diagnostic.line, diagnostic.column, diagnostic.endLine, diagnostic.endColumn)),
            ("severity", .int(diagnostic.severity == .error ? 1 : 2)),
            ("code", .string(diagnostic.rule)),
            ("source", .string("rmlint")),
            ("message", .string(diagnostic.message)),
        ]
        if !diagnostic.related.isEmpty {
            members.append(
                (
                    "relatedInformation",
                    .array(
                        diagnostic.related.map { related in
                            let other = LineIndex(session.text(of: related.path) ?? "")
                            return .object([
                                (
                                    "location",
                                    .object([
                                        ("uri", .string(Self.uri(related.path, in: session))),
                                        (
                                            "range",
                                            range(other, related.line, related.column, related.line, related.column)
                                        ),
                                    ])
                                ),
                                ("message", .string(related.message)),
                            ])
                        })
                ))
        }
        members.append(
            ("data", .object([("fingerprint", .string(diagnostic.fingerprint.description))])))
        return .object(members)
    }
}
