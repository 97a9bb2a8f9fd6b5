import Foundation
import RMLintCore

extension LanguageServer {
    /// The session serving a document URI, and the document's repository-relative path. A file
    /// outside every session (no workspace folder, or another repository) gets a session of its
    /// own repository's; outside any repository, of the folder above its roadmap folder, reading
    /// only open documents — never a walk of `/` or `$HOME`.
    func locate(_ uri: String) -> (session: RoadmapSession, path: String)? {
        guard let absolute = Self.path(ofURI: uri), absolute.hasPrefix("/") else { return nil }
        if let found = session(holding: absolute) { return found }
        guard absolute.hasSuffix(".md") || absolute.hasSuffix("/.rmlint.yml") else { return nil }
        let folder = (absolute as NSString).deletingLastPathComponent
        let repository = RepositoryLocator.root(from: folder)
        let home = ProcessInfo.processInfo.environment["HOME"].map(RepositoryLocator.canonical)
        let hasGit = FileManager.default.fileExists(atPath: repository + "/.git")
        if hasGit, repository != "/", repository != home {
            loaded.append(makeSession(at: repository))
            return session(holding: absolute)
        }
        let candidate = makeSession(at: Self.guessedRoot(of: absolute), openFilesOnly: true)
        let path = String(absolute.dropFirst(candidate.root.count + 1))
        guard candidate.serves(path) else { return nil }
        loaded.append(candidate)
        return (candidate, path)
    }

    private func session(holding absolute: String) -> (session: RoadmapSession, path: String)? {
        for session in sessions.sorted(by: { $0.root.count > $1.root.count }) {
            guard absolute.hasPrefix(session.root + "/") else { continue }
            let path = String(absolute.dropFirst(session.root.count + 1))
            guard !session.openFilesOnly || session.serves(path) else { continue }
            return (session, path)
        }
        return nil
    }

    /// Outside a repository: the folder holding the nearest `roadmap` folder above the file (the
    /// default roadmap folder), else the file's own folder.
    private static func guessedRoot(of absolute: String) -> String {
        let components = absolute.split(separator: "/", omittingEmptySubsequences: true).dropLast()
        if let index = components.lastIndex(of: "roadmap") {
            return "/" + components[..<index].joined(separator: "/")
        }
        return "/" + components.joined(separator: "/")
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
        if client.pulls && client.refreshes { request("workspace/diagnostic/refresh") }
        for session in sessions {
            showConfigurationError(of: session)
            for (path, diagnostics) in session.changedSinceReported() {
                let lines = diagnostics.isEmpty ? LineIndex("") : LineIndex(session.text(of: path) ?? "")
                send(
                    "textDocument/publishDiagnostics",
                    publication(session.uri(path), diagnostics, lines: lines, session: session))
            }
        }
    }

    /// An invalid `.rmlint.yml` is also said once in a message: its diagnostic may be in a file
    /// the user has not open, and rules run under the last valid configuration meanwhile.
    private func showConfigurationError(of session: RoadmapSession) {
        let error = session.configuration.error.map {
            "rmlint: \($0.path):\($0.location.line):\($0.location.column): \($0.message); the last valid configuration stays in force until it is fixed"
        }
        defer { session.shownConfigurationError = error }
        guard let error, error != session.shownConfigurationError else { return }
        send("window/showMessage", .object([("type", .int(1)), ("message", .string(error))]))
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
            ("codeDescription", .object([("href", .string(RMLintVersion.ruleURL(diagnostic.rule)))])),
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
