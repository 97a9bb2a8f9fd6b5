import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintKit

/// `rmlint lsp` driven through its protocol core, as an editor would: lifecycle, live diagnostics
/// equal to `rmlint lint`'s, cross-file updates, positions in the negotiated encoding, definition.
struct LanguageServerTests {
    private static let today = CalendarDate(year: 2026, month: 6, day: 1)!

    /// A server initialized on a committed copy of the sample roadmap.
    private func start(encodings: [String]? = nil, capabilities extra: [(String, JSONValue)] = []) throws -> (
        LanguageServer, GitFixture
    ) {
        let repo = try ChangeGovernanceTests.repository()
        let server = LanguageServer(today: { Self.today })
        var capabilities: [(String, JSONValue)] = extra
        if let encodings {
            capabilities += [("general", .object([("positionEncodings", .array(encodings.map(JSONValue.string)))]))]
        }
        let replies = send(
            server, id: 1, "initialize",
            .object([("rootUri", .string("file://" + repo.root)), ("capabilities", .object(capabilities))]))
        #expect(replies.first?["result", "capabilities", "definitionProvider"]?.bool == true)
        _ = notify(server, "initialized", .object([]))
        return (server, repo)
    }

    private func send(_ server: LanguageServer, id: Int, _ method: String, _ params: JSONValue) -> [JSONValue] {
        server.receive(
            Array(
                JSONValue.object([
                    ("jsonrpc", .string("2.0")), ("id", .int(id)), ("method", .string(method)), ("params", params),
                ]).rendered(pretty: false).utf8))
    }

    private func notify(_ server: LanguageServer, _ method: String, _ params: JSONValue) -> [JSONValue] {
        server.receive(
            Array(
                JSONValue.object([("jsonrpc", .string("2.0")), ("method", .string(method)), ("params", params)])
                    .rendered(pretty: false).utf8))
    }

    private func open(_ server: LanguageServer, _ repo: GitFixture, _ path: String, _ text: String, version: Int = 1)
        -> [JSONValue]
    {
        notify(
            server, "textDocument/didOpen",
            .object([
                (
                    "textDocument",
                    .object([
                        ("uri", .string("file://" + repo.root + "/" + path)), ("languageId", .string("markdown")),
                        ("version", .int(version)), ("text", .string(text)),
                    ])
                )
            ]))
    }

    private func change(_ server: LanguageServer, _ repo: GitFixture, _ path: String, _ text: String, version: Int)
        -> [JSONValue]
    {
        notify(
            server, "textDocument/didChange",
            .object([
                (
                    "textDocument",
                    .object([("uri", .string("file://" + repo.root + "/" + path)), ("version", .int(version))])
                ),
                ("contentChanges", .array([.object([("text", .string(text))])])),
            ]))
    }

    /// Published diagnostics as `file rule line:character` (0-based, as LSP counts).
    private func published(_ messages: [JSONValue], root: String) -> [String] {
        messages.filter { $0["method"]?.string == "textDocument/publishDiagnostics" }.flatMap { message in
            let uri = message["params", "uri"]?.string ?? ""
            let file = String(uri.dropFirst(("file://" + root + "/").count))
            let diagnostics = message["params", "diagnostics"]?.array ?? []
            guard !diagnostics.isEmpty else { return ["\(file) clean"] }
            return diagnostics.map { diagnostic in
                let start = diagnostic["range", "start"]
                return
                    "\(file) \(diagnostic["code"]?.string ?? "") \(start?["line"]?.int ?? -1):\(start?["character"]?.int ?? -1)"
            }
        }
    }

    @Test func lifecycleIsTheSpecifications() {
        let server = LanguageServer(today: { Self.today })
        let early = send(server, id: 1, "textDocument/definition", .object([]))
        #expect(early.first?["error", "code"]?.int == -32002)
        #expect(server.receive(Array("{not json".utf8)).first?["error", "code"]?.int == -32700)
        _ = send(server, id: 2, "initialize", .object([("capabilities", .object([]))]))
        #expect(send(server, id: 3, "no/such", .object([])).first?["error", "code"]?.int == -32601)
        #expect(notify(server, "$/something", .object([])).isEmpty, "unknown notifications are ignored")
        #expect(send(server, id: 4, "shutdown", .null).first?["result"]?.isNull == true)
        #expect(send(server, id: 5, "initialize", .object([])).first?["error", "code"]?.int == -32600)
        _ = notify(server, "exit", .null)
        #expect(server.exitCode == 0)
        let abrupt = LanguageServer(today: { Self.today })
        _ = notify(abrupt, "exit", .null)
        #expect(abrupt.exitCode == 1, "exit without shutdown")
    }

    @Test func diagnosticsFollowTheEditsAcrossFiles() throws {
        let (server, repo) = try start()
        let sso = ChangeGovernanceTests.sso
        let text = try String(contentsOfFile: repo.root + "/" + sso, encoding: .utf8)
        // A second owner typed: single-owner on the owner value (line 5, character 7).
        let typed = open(server, repo, sso, text.replacingOccurrences(of: "owner: frank", with: "owner: frank, erin"))
        #expect(published(typed, root: repo.root) == ["\(sso) single-owner 4:7"])
        #expect(typed.last?["params", "version"]?.int == 1)
        // Fixed: an empty list for that file, nothing for the others.
        let fixed = change(server, repo, sso, text, version: 2)
        #expect(published(fixed, root: repo.root) == ["\(sso) clean"])
        // The theme it links renamed in another buffer: every item that links it is told, open or not.
        let theme = "roadmap/themes/T-enterprise.md"
        let themeText = try String(contentsOfFile: repo.root + "/" + theme, encoding: .utf8)
        let renamed = open(
            server, repo, theme, themeText.replacingOccurrences(of: "id: T-enterprise", with: "id: T-enterprises"))
        #expect(
            Set(published(renamed, root: repo.root)) == [
                "roadmap/goals/G-enterprise.md dangling-link 5:7", "roadmap/milestones/M-audit.md dangling-link 5:7",
                "roadmap/milestones/M-sso.md dangling-link 5:7",
            ])
        // A committed milestone re-dated without a replans entry: the change rule, as lint --base HEAD says it.
        let redated = change(
            server, repo, sso, text.replacingOccurrences(of: "due: 2027-03-20", with: "due: 2027-03-27"), version: 3)
        #expect(
            published(redated, root: repo.root) == ["\(sso) dangling-link 5:7", "\(sso) replan-without-reason 11:5"])
    }

    @Test func positionsAreCountedInTheNegotiatedEncoding() throws {
        // The value "🚀é, erin" from character 7: 9 scalars, 10 UTF-16 units, 13 UTF-8 bytes.
        for (encodings, character) in [(nil, 17), (["utf-8"], 20), (["utf-32", "utf-16"], 16)] as [([String]?, Int)] {
            let (server, repo) = try start(encodings: encodings)
            let sso = ChangeGovernanceTests.sso
            let text = try String(contentsOfFile: repo.root + "/" + sso, encoding: .utf8)
            // An emoji (two UTF-16 units, four UTF-8 bytes) and a combining accent before the second owner.
            let typed = open(
                server, repo, sso, text.replacingOccurrences(of: "owner: frank", with: "owner: 🚀e\u{301}, erin"))
            let diagnostic = typed.last?["params", "diagnostics"]?.array?.first
            #expect(diagnostic?["range", "start", "character"]?.int == 7)
            #expect(
                diagnostic?["range", "end", "character"]?.int == character,
                "\(encodings ?? ["utf-16 by default"]): \(String(describing: diagnostic))")
        }
    }

    @Test func completionOffersTheIdsAndValuesAFieldMayHold() throws {
        let (server, repo) = try start()
        let sso = ChangeGovernanceTests.sso
        let text = try String(contentsOfFile: repo.root + "/" + sso, encoding: .utf8)
        // The theme being typed, a status, and a new key at the end of the front-matter.
        let edited = text.replacingOccurrences(of: "theme: T-enterprise", with: "theme: T-")
            .replacingOccurrences(of: "status: committed", with: "status: ")
            .replacingOccurrences(of: "\n---\n", with: "\n\n---\n")
        _ = open(server, repo, sso, edited)
        let lines = edited.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func complete(_ row: Int, _ character: Int) -> [String] {
            send(
                server, id: 9, "textDocument/completion",
                .object([
                    ("textDocument", .object([("uri", .string("file://" + repo.root + "/" + sso))])),
                    ("position", .object([("line", .int(row)), ("character", .int(character))])),
                ])
            ).first?["result"]?.array?.compactMap { $0["label"]?.string } ?? []
        }
        let theme = try #require(lines.firstIndex { $0.hasPrefix("theme:") })
        #expect(complete(theme, 9) == ["T-enterprise", "T-payments"], "live themes only, not the archived T-legacy")
        let status = try #require(lines.firstIndex { $0.hasPrefix("status:") })
        #expect(complete(status, 8) == ["proposed", "committed", "in-progress", "done", "dropped"])
        let closing = try #require(lines.indices.dropFirst().first { lines[$0] == "---" })
        let keys = complete(closing - 1, 0)  // the blank line added before the closing fence
        #expect(keys.contains("depends_on") && keys.contains("replans") && !keys.contains("milestone"), "\(keys)")
        #expect(complete(0, 0).isEmpty, "nothing on the opening fence")
    }

    private func at(
        _ server: LanguageServer, _ repo: GitFixture, _ method: String, _ path: String, _ line: Int,
        _ character: Int, _ extra: [(String, JSONValue)] = []
    ) -> JSONValue? {
        send(
            server, id: 11, method,
            .object(
                [
                    ("textDocument", .object([("uri", .string("file://" + repo.root + "/" + path))])),
                    ("position", .object([("line", .int(line)), ("character", .int(character))])),
                ] + extra)
        ).first
    }

    @Test func referencesAndRenameCoverEveryLinkToAnID() throws {
        let (server, repo) = try start()
        let retries = ChangeGovernanceTests.retries
        // On M-retries' own `id:` (line 2): its id, M-ledger's depends_on and the two backlog items' milestone.
        let references = at(server, repo, "textDocument/references", retries, 1, 5)?["result"]?.array ?? []
        let files = references.compactMap { $0["uri"]?.string?.components(separatedBy: "/roadmap/").last }
        #expect(
            files.sorted() == [
                "backlog/B-dunning.md", "backlog/B-retry-queue.md", "milestones/M-ledger.md", "milestones/M-retries.md",
            ])
        let prepared = at(server, repo, "textDocument/prepareRename", retries, 1, 5)?["result"]
        #expect(prepared?["placeholder"]?.string == "M-retries")
        let renamed = at(
            server, repo, "textDocument/rename", retries, 1, 5, [("newName", .string("M-retry"))])?["result"]
        var edited = 0
        if case .object(let changes)? = renamed?["changes"] {
            for (_, edits) in changes { edited += edits.array?.count ?? 0 }
        }
        #expect(edited == 4, "\(String(describing: renamed))")
        let taken = at(server, repo, "textDocument/rename", retries, 1, 5, [("newName", .string("M-sso"))])
        #expect(taken?["error", "message"]?.string?.contains("already taken") == true)
        let invalid = at(server, repo, "textDocument/rename", retries, 1, 5, [("newName", .string("9 bad"))])
        #expect(invalid?["error", "message"]?.string?.contains("is not a valid id") == true)
    }

    @Test func hoverOnALinkShowsTheLinkedItem() throws {
        let (server, repo) = try start()
        let sso = ChangeGovernanceTests.sso
        _ = open(server, repo, sso, try String(contentsOfFile: repo.root + "/" + sso, encoding: .utf8))
        // `theme: T-enterprise` is line 6 (0-based 5).
        let hover = at(server, repo, "textDocument/hover", sso, 5, 10)?["result", "contents", "value"]?.string
        #expect(
            hover?.hasPrefix("**T-enterprise** Enterprise readiness\n\ntheme · active · owner dana") == true,
            "\(hover ?? "")")
    }

    /// `text` with one LSP edit applied (ASCII lines: characters are scalars).
    private func apply(_ edit: JSONValue, to text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let (startLine, startCharacter) = (
            edit["range", "start", "line"]?.int ?? 0, edit["range", "start", "character"]?.int ?? 0
        )
        let (endLine, endCharacter) = (
            edit["range", "end", "line"]?.int ?? 0, edit["range", "end", "character"]?.int ?? 0
        )
        let head = String(lines[startLine].prefix(startCharacter))
        let tail = String(lines[endLine].dropFirst(endCharacter))
        let replaced = (head + (edit["newText"]?.string ?? "") + tail).split(
            separator: "\n", omittingEmptySubsequences: false)
        lines.replaceSubrange(startLine...endLine, with: replaced.map(String.init))
        return lines.joined(separator: "\n")
    }

    @Test func codeActionsFixWhatIsMechanical() throws {
        let (server, repo) = try start()
        let sso = ChangeGovernanceTests.sso
        let uri = "file://" + repo.root + "/" + sso
        let original = try String(contentsOfFile: repo.root + "/" + sso, encoding: .utf8)
        // Re-dated without a reason, and a theme mistyped: two diagnostics, two fixes.
        let broken = original.replacingOccurrences(of: "due: 2027-03-20", with: "due: 2027-03-27")
            .replacingOccurrences(of: "theme: T-enterprise", with: "theme: T-enterprize")
        let diagnostics = open(server, repo, sso, broken).last?["params", "diagnostics"]?.array ?? []
        #expect(diagnostics.compactMap { $0["code"]?.string } == ["dangling-link", "replan-without-reason"])
        var text = broken
        for diagnostic in diagnostics {
            let actions =
                send(
                    server, id: 12, "textDocument/codeAction",
                    .object([
                        ("textDocument", .object([("uri", .string(uri))])), ("range", diagnostic["range"] ?? .null),
                        ("context", .object([("diagnostics", .array([diagnostic]))])),
                    ])
                ).first?["result"]?.array ?? []
            let quickfix = try #require(actions.first, "a fix for \(diagnostic["code"]?.string ?? "")")
            let edit = try #require(quickfix["edit", "changes"]?[uri]?.array?.first)
            text = apply(edit, to: text)
        }
        #expect(text.contains("theme: T-enterprise\n"))
        #expect(
            text.contains(
                "replans:\n  - {date: 2026-06-01, from: 2027-03-20, to: 2027-03-27, reason: \"why it moved\"}\n---"))
        let fixed = change(server, repo, sso, text, version: 2)
        #expect(published(fixed, root: repo.root) == ["\(sso) clean"], "the fixes leave nothing to report")
    }

    /// What a client that takes versioned edits, snippets and file creation is given.
    private static let editingClient: [(String, JSONValue)] = [
        (
            "workspace",
            .object([
                (
                    "workspaceEdit",
                    .object([
                        ("documentChanges", .bool(true)), ("snippetEditSupport", .bool(true)),
                        ("resourceOperations", .array([.string("create")])),
                    ])
                )
            ])
        )
    ]

    private func actions(_ server: LanguageServer, _ uri: String, _ diagnostics: [JSONValue], only: [String]? = nil)
        -> [JSONValue]
    {
        var context: [(String, JSONValue)] = [("diagnostics", .array(diagnostics))]
        if let only { context.append(("only", .array(only.map(JSONValue.string)))) }
        let range =
            diagnostics.first?["range"]
            ?? .object([
                ("start", .object([("line", .int(0)), ("character", .int(0))])),
                ("end", .object([("line", .int(0)), ("character", .int(0))])),
            ])
        return send(
            server, id: 13, "textDocument/codeAction",
            .object([
                ("textDocument", .object([("uri", .string(uri))])), ("range", range),
                ("context", .object(context)),
            ])
        ).first?["result"]?.array ?? []
    }

    @Test func codeActionsAddMissingFieldsFixAllAndKeepDeletedCommitmentsAsDropped() throws {
        let (server, repo) = try start(capabilities: Self.editingClient)
        let sso = ChangeGovernanceTests.sso
        let uri = "file://" + repo.root + "/" + sso
        let original = try String(contentsOfFile: repo.root + "/" + sso, encoding: .utf8)
        // No title, and a theme mistyped.
        let broken = original.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("title:") }.joined(separator: "\n")
            .replacingOccurrences(of: "theme: T-enterprise", with: "theme: T-enterprize")
        let diagnostics = open(server, repo, sso, broken, version: 4).last?["params", "diagnostics"]?.array ?? []
        #expect(diagnostics.compactMap { $0["code"]?.string } == ["schema", "dangling-link"])
        let schema = try #require(diagnostics.first)
        let added = try #require(actions(server, uri, [schema]).first)
        #expect(added["title"]?.string == "Add 'title:'")
        let document = try #require(added["edit", "documentChanges"]?.array?.first)
        #expect(document["textDocument", "version"]?.int == 4)
        #expect(document["edits"]?.array?.first?["snippet", "value"]?.string == "title: ${1:\"A one-line title\"}\n")
        // Fix all: only the id, which needs no words.
        let all = actions(server, uri, [], only: ["source.fixAll"])
        #expect(all.count == 1 && all.first?["kind"]?.string == "source.fixAll.rmlint")
        let edits = all.first?["edit", "documentChanges"]?.array?.first?["edits"]?.array ?? []
        #expect(edits.compactMap { $0["newText"]?.string } == ["T-enterprise"])
        // Quick fixes are not offered when only "fix all" is asked for, and the reverse.
        #expect(actions(server, uri, [schema], only: ["source.fixAll"]).count == 1)
        #expect(!actions(server, uri, diagnostics, only: ["quickfix"]).contains { $0["kind"]?.string != "quickfix" })
        // A committed milestone deleted: brought back as dropped, with a reason to write.
        let audit = "roadmap/milestones/M-retries.md"
        let auditText = try String(contentsOfFile: repo.root + "/" + audit, encoding: .utf8)
        try FileManager.default.removeItem(atPath: repo.root + "/" + audit)
        let deleted = notify(
            server, "workspace/didChangeWatchedFiles",
            .object([
                (
                    "changes",
                    .array([.object([("uri", .string("file://" + repo.root + "/" + audit)), ("type", .int(3))])])
                )
            ]))
        let gone = try #require(
            deleted.first { $0["params", "uri"]?.string?.hasSuffix(audit) == true }?["params", "diagnostics"]?.array?
                .first { $0["code"]?.string == "committed-deleted" })
        let restore = try #require(actions(server, "file://" + repo.root + "/" + audit, [gone]).first)
        let operations = restore["edit", "documentChanges"]?.array ?? []
        #expect(operations.first?["kind"]?.string == "create")
        let restored = try #require(operations.last?["edits"]?.array?.first?["newText"]?.string)
        #expect(
            restored.contains("status: dropped\n") && restored.contains("dropped-reason: \"why it was dropped\"\n---"))
        #expect(
            restored.replacingOccurrences(of: "status: dropped\n", with: "").replacingOccurrences(
                of: "dropped-reason: \"why it was dropped\"\n", with: ""
            ).count < auditText.count)
        try restored.write(toFile: repo.root + "/" + audit, atomically: true, encoding: .utf8)
        let back = notify(
            server, "workspace/didChangeWatchedFiles",
            .object([
                (
                    "changes",
                    .array([.object([("uri", .string("file://" + repo.root + "/" + audit)), ("type", .int(1))])])
                )
            ]))
        #expect(published(back, root: repo.root).contains("\(audit) clean"))
    }

    @Test func renameIsVersionedForAClientThatTakesDocumentChanges() throws {
        let (server, repo) = try start(capabilities: Self.editingClient)
        let theme = "roadmap/themes/T-enterprise.md"
        let themeText = try String(contentsOfFile: repo.root + "/" + theme, encoding: .utf8)
        _ = open(server, repo, theme, themeText, version: 7)
        let row = try #require(
            themeText.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("id:") })
        let edit =
            send(
                server, id: 14, "textDocument/rename",
                .object([
                    ("textDocument", .object([("uri", .string("file://" + repo.root + "/" + theme))])),
                    ("position", .object([("line", .int(row)), ("character", .int(5))])),
                    ("newName", .string("T-business")),
                ])
            ).first?["result", "documentChanges"]?.array ?? []
        let versions = Dictionary(
            uniqueKeysWithValues: edit.map {
                (
                    String(($0["textDocument", "uri"]?.string ?? "").dropFirst(("file://" + repo.root + "/").count)),
                    $0["textDocument", "version"]?.int ?? -1
                )
            })
        #expect(versions[theme] == 7)
        #expect(versions["roadmap/milestones/M-sso.md"] == -1, "a file not open has a null version")
        #expect(versions.count == 4)
    }

    @Test func theFirstLoadReportsProgressRegistersWatchersAndPublishesEveryFile() throws {
        let repo = try ChangeGovernanceTests.repository()
        try repo.write(
            "roadmap/milestones/M-sso.md",
            SampleRoadmap.files[ChangeGovernanceTests.sso, default: ""].replacingOccurrences(
                of: "owner: frank", with: "owner: frank, erin"))
        let server = LanguageServer(today: { Self.today })
        _ = send(
            server, id: 1, "initialize",
            .object([
                ("rootUri", .string("file://" + repo.root)),
                (
                    "capabilities",
                    .object([
                        ("window", .object([("workDoneProgress", .bool(true))])),
                        (
                            "workspace",
                            .object([("didChangeWatchedFiles", .object([("dynamicRegistration", .bool(true))]))])
                        ),
                    ])
                ),
            ]))
        let started = notify(server, "initialized", .object([]))
        let methods = started.compactMap { $0["method"]?.string }
        #expect(
            Array(methods.prefix(5)) == [
                "client/registerCapability", "window/workDoneProgress/create", "$/progress", "$/progress",
                "textDocument/publishDiagnostics",
            ])
        #expect(
            started[2]["params", "value", "kind"]?.string == "begin"
                && started[3]["params", "value", "kind"]?.string == "end")
        let watchers =
            started.first?["params", "registrations"]?.array?.first?["registerOptions", "watchers"]?.array ?? []
        #expect(
            watchers.compactMap { $0["globPattern"]?.string } == [
                "**/*.md", "**/.rmlint.yml", "**/{backlog,.backlog}/config.{yml,yaml}",
            ])
        // Every file with diagnostics, published at once, each with a link to its rule's documentation.
        #expect(published(started, root: repo.root) == ["roadmap/milestones/M-sso.md single-owner 4:7"])
        let diagnostic = started.last?["params", "diagnostics"]?.array?.first
        #expect(diagnostic?["codeDescription", "href"]?.string == RMLintVersion.ruleURL("single-owner"))
        // An invalid configuration: a diagnostic and one message, not one per keystroke.
        let config = "file://" + repo.root + "/.rmlint.yml"
        var shown = 0
        var flagged: [String] = []
        for version in 1...3 {
            let text = "capacity: {period: year}\n" + String(repeating: "#", count: version)
            let replies =
                version == 1
                ? open(server, repo, ".rmlint.yml", text)
                : change(server, repo, ".rmlint.yml", text, version: version)
            shown += replies.filter { $0["method"]?.string == "window/showMessage" }.count
            flagged += replies.filter { $0["params", "uri"]?.string == config }.flatMap {
                ($0["params", "diagnostics"]?.array ?? []).compactMap { $0["code"]?.string }
            }
        }
        #expect(shown == 1)
        #expect(flagged == ["configuration"], "published once: it did not change")
    }

    @Test func withoutAWorkspaceFolderOpenFilesAreServed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rmlint-loose-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/roadmap", withIntermediateDirectories: true)
        // A file on disk next to it is not read: only open documents count outside a repository.
        try "---\nid: T-x\n---\n".write(toFile: folder + "/roadmap/T-x.md", atomically: true, encoding: .utf8)
        let server = LanguageServer(today: { Self.today })
        _ = send(server, id: 1, "initialize", .object([("rootUri", .null), ("capabilities", .object([]))]))
        _ = notify(server, "initialized", .object([]))
        let uri = "file://" + folder + "/roadmap/M-1.md"
        let replies = notify(
            server, "textDocument/didOpen",
            .object([
                (
                    "textDocument",
                    .object([
                        ("uri", .string(uri)), ("languageId", .string("markdown")), ("version", .int(1)),
                        ("text", .string("---\nid: M-1\nkind: milestone\ntitle: One\nowner: a, b\n---\n")),
                    ])
                )
            ]))
        let publications = replies.filter { $0["method"]?.string == "textDocument/publishDiagnostics" }
        #expect(publications.compactMap { $0["params", "uri"]?.string }.allSatisfy { $0 == uri })
        let codes = publications.first?["params", "diagnostics"]?.array?.compactMap { $0["code"]?.string } ?? []
        #expect(codes.contains("single-owner") && !codes.contains("dangling-link"))
        #expect(server.sessions.count == 1 && server.sessions.first?.openFilesOnly == true)
    }

    @Test func symbolsNameTheItemAndItsFields() throws {
        let (server, repo) = try start()
        let sso = ChangeGovernanceTests.sso
        let document = send(
            server, id: 13, "textDocument/documentSymbol",
            .object([("textDocument", .object([("uri", .string("file://" + repo.root + "/" + sso))]))])
        ).first?["result"]?.array?.first
        #expect(document?["name"]?.string == "M-sso" && document?["detail"]?.string == "Milestone M-sso")
        #expect(document?["children"]?.array?.compactMap { $0["name"]?.string }.prefix(3) == ["id", "kind", "title"])
        let found = send(server, id: 14, "workspace/symbol", .object([("query", .string("enterprise"))])).first?[
            "result"]
        #expect(
            found?.array?.compactMap { $0["name"]?.string }.sorted() == [
                "G-enterprise Goal G-enterprise", "T-enterprise Enterprise readiness",
            ])
    }

    @Test func aClientThatPullsIsAskedToPullAndGetsTheSameDiagnostics() throws {
        let repo = try ChangeGovernanceTests.repository()
        let server = LanguageServer(today: { Self.today })
        let initialized = send(
            server, id: 1, "initialize",
            .object([
                ("rootUri", .string("file://" + repo.root)),
                (
                    "capabilities",
                    .object([
                        ("textDocument", .object([("diagnostic", .object([]))])),
                        ("workspace", .object([("diagnostics", .object([("refreshSupport", .bool(true))]))])),
                    ])
                ),
            ]))
        #expect(
            initialized.first?["result", "capabilities", "diagnosticProvider", "interFileDependencies"]?.bool == true)
        let sso = ChangeGovernanceTests.sso
        let text = try String(contentsOfFile: repo.root + "/" + sso, encoding: .utf8)
        let typed = open(server, repo, sso, text.replacingOccurrences(of: "owner: frank", with: "owner: frank, erin"))
        #expect(
            typed.map { $0["method"]?.string } == ["workspace/diagnostic/refresh", "textDocument/publishDiagnostics"],
            "pushed as to every client, and asked to pull")
        let pulled = send(
            server, id: 2, "textDocument/diagnostic",
            .object([("textDocument", .object([("uri", .string("file://" + repo.root + "/" + sso))]))]))
        #expect(pulled.first?["result", "items"]?.array?.compactMap { $0["code"]?.string } == ["single-owner"])
        let workspace = send(server, id: 3, "workspace/diagnostic", .object([("previousResultIds", .array([]))]))
        #expect(workspace.first?["result", "items"]?.array?.count == 1)
    }

    @Test func completionInTheConfigurationOffersItsKeysRulesAndLevels() throws {
        let (server, repo) = try start()
        let text = "capacity:\n  per\nrules:\n  single-owner: \n  \n"
        _ = notify(
            server, "textDocument/didOpen",
            .object([
                (
                    "textDocument",
                    .object([
                        ("uri", .string("file://" + repo.root + "/.rmlint.yml")), ("languageId", .string("yaml")),
                        ("version", .int(1)), ("text", .string(text)),
                    ])
                )
            ]))
        func complete(_ row: Int, _ character: Int) -> [String] {
            at(server, repo, "textDocument/completion", ".rmlint.yml", row, character)?["result"]?.array?.compactMap {
                $0["label"]?.string
            } ?? []
        }
        #expect(complete(0, 0) == ConfigurationCompletion.topLevel)
        #expect(complete(1, 5) == ["unit", "period", "split", "total"])
        #expect(complete(3, 16) == ["error", "warning", "off"])
        #expect(complete(4, 2).contains("dangling-link") && complete(4, 2).contains("capacity-split"))
    }

    @Test func definitionJumpsFromALinkToTheItem() throws {
        let (server, repo) = try start()
        let ledger = "roadmap/milestones/M-ledger.md"
        let text = try String(contentsOfFile: repo.root + "/" + ledger, encoding: .utf8)
        _ = open(server, repo, ledger, text)
        // `depends_on: [M-retries]` is line 14 (0-based 13); the id starts at character 13.
        let reply = send(
            server, id: 7, "textDocument/definition",
            .object([
                ("textDocument", .object([("uri", .string("file://" + repo.root + "/" + ledger))])),
                ("position", .object([("line", .int(13)), ("character", .int(15))])),
            ]))
        let target = reply.first?["result"]?.array?.first
        #expect(target?["uri"]?.string == "file://" + repo.root + "/roadmap/milestones/M-retries.md")
        #expect(target?["range", "start", "line"]?.int == 1 && target?["range", "start", "character"]?.int == 4)
        let nowhere = send(
            server, id: 8, "textDocument/definition",
            .object([
                ("textDocument", .object([("uri", .string("file://" + repo.root + "/" + ledger))])),
                ("position", .object([("line", .int(0)), ("character", .int(0))])),
            ]))
        #expect(nowhere.first?["result"]?.isNull == true)
    }
}

/// The base protocol's framing, and the built binary over a real pipe.
struct LSPTransportTests {
    private func frame(_ text: String) -> [UInt8] { MessageFramer.frame(Array(text.utf8)) }

    @Test func moreMessagesInOneReadThanABatchHoldsAreAllHandled() throws {
        let repo = try ChangeGovernanceTests.repository()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rmlint-transport-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func message(_ id: Int?, _ method: String, _ params: JSONValue) -> [UInt8] {
            MessageFramer.frame(LSPMessage.body(id, method, params))
        }
        var input = message(
            1, "initialize", .object([("rootUri", .string("file://" + repo.root)), ("capabilities", .object([]))]))
        input += message(nil, "initialized", .object([]))
        // 600 notifications the server ignores, then a request, shutdown and exit — all in one read.
        for _ in 0..<600 { input += message(nil, "$/setTrace", .object([("value", .string("off"))])) }
        input += message(7, "workspace/symbol", .object([("query", .string("M-sso"))]))
        input += message(8, "shutdown", .null)
        input += message(nil, "exit", .null)
        let inputPath = folder.appendingPathComponent("in").path
        let outputPath = folder.appendingPathComponent("out").path
        try Data(input).write(to: URL(fileURLWithPath: inputPath))
        FileManager.default.createFile(atPath: outputPath, contents: nil)
        let inputFile = try FileHandle(forReadingFrom: URL(fileURLWithPath: inputPath))
        let outputFile = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        let code = LSPTransport.run(
            LanguageServer(), input: inputFile.fileDescriptor, output: outputFile.fileDescriptor)
        try outputFile.close()
        #expect(code == 0, "shutdown then exit")
        var framer = MessageFramer()
        framer.append(Array(try Data(contentsOf: URL(fileURLWithPath: outputPath))))
        var ids: [Int] = []
        while case .body(let body)? = framer.next() {
            if let id = try JSONValue.parse(body)["id"]?.int { ids.append(id) }
        }
        #expect(ids == [1, 7, 8])
    }

    @Test func framesAreFoundInAnySplitOfTheBytes() {
        let first = #"{"jsonrpc":"2.0","id":1,"method":"a"}"#
        let second = #"{"jsonrpc":"2.0","method":"b","params":{"text":"é 🚀"}}"#
        let bytes =
            frame(first) + Array("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n".utf8)
            + frame(second)
        for split in [1, 7, bytes.count] {
            var framer = MessageFramer()
            var bodies: [String] = []
            var start = 0
            while start < bytes.count {
                framer.append(bytes[start..<min(bytes.count, start + split)])
                start += split
                while let next = framer.next() {
                    if case .body(let body) = next { bodies.append(String(decoding: body, as: UTF8.self)) }
                }
            }
            #expect(bodies == [first, second], "read in pieces of \(split)")
        }
    }

    @Test func aBadHeaderOrAHugeLengthIsReportedAndReadingGoesOn() {
        var framer = MessageFramer(maximumLength: 1_000)
        framer.append(Array("Content-Length: nope\r\n\r\n".utf8))
        #expect(framer.next() == .badHeader("Content-Length: nope"))
        framer.append(Array("Content-Length: 1001\r\n\r\nxyz".utf8))
        #expect(framer.next() == .tooLarge(1_001))
        framer.append([UInt8](repeating: 65, count: 998))  // the rest of the refused body, skipped
        framer.append(frame("{}"))
        #expect(framer.next() == .body(Array("{}".utf8)))
    }

    @Test func theBinaryAnswersOverAPipeAndExitsAsTheSpecificationSays() throws {
        let repo = try ChangeGovernanceTests.repository()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: rmlintBinary())
        process.arguments = ["lsp"]
        process.currentDirectoryURL = URL(fileURLWithPath: repo.root)
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let messages = [
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"file://\#(repo.root)","capabilities":{}}}"#,
            "{not json}",
            #"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#,
            #"{"jsonrpc":"2.0","method":"exit"}"#,
        ]
        // Two messages in one write, one split across two.
        let bytes = messages.flatMap(frame)
        input.fileHandleForWriting.write(Data(bytes[..<(bytes.count / 2)]))
        input.fileHandleForWriting.write(Data(bytes[(bytes.count / 2)...]))
        process.waitUntilExit()
        let answered = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(answered)")
        #expect(answered.contains(#""id":1,"result":{"capabilities""#), "\(answered)")
        #expect(answered.contains(#""code":-32700"#) && answered.contains(#""id":2,"result":null"#), "\(answered)")
    }
}

/// rmlint's scalar columns against LSP's code units.
struct PositionEncodingTests {
    @Test func offsetsAreExactAndOutOfRangePositionsClamp() {
        let lines = LineIndex("\u{FEFF}---\r\nowner: 🚀 e\u{301} 中\r\n---\r\n")
        #expect(lines.lines.count == 4)
        // "owner: " then 🚀 (2 UTF-16 units, 4 UTF-8 bytes), space, e + combining accent, space, 中 (3 bytes).
        #expect(lines.position(line: 2, column: 14, encoding: .utf16) == (1, 14))
        #expect(lines.position(line: 2, column: 14, encoding: .utf8) == (1, 19))
        #expect(lines.position(line: 2, column: 14, encoding: .utf32) == (1, 13))
        #expect(lines.location(line: 1, character: 14, encoding: .utf16) == SourceLocation(line: 2, column: 14))
        // Inside the surrogate pair of 🚀: the column of 🚀 itself; past the end: the end (the \r is not counted).
        #expect(lines.location(line: 1, character: 8, encoding: .utf16) == SourceLocation(line: 2, column: 8))
        #expect(lines.location(line: 1, character: 999, encoding: .utf16) == SourceLocation(line: 2, column: 14))
        #expect(lines.location(line: 40, character: 0, encoding: .utf16).line == 41)
        #expect(PositionEncoding.negotiate(["utf-32", "utf-8"]) == .utf32 && PositionEncoding.negotiate(nil) == .utf16)
    }
}

/// Hostile messages: each gets its documented outcome, and the server still answers afterwards.
struct HostileProtocolTests {
    private func message(_ id: Int?, _ method: String, _ params: JSONValue) -> [UInt8] {
        LSPMessage.body(id, method, params)
    }

    private func stillAnswers(_ server: LanguageServer, _ repo: GitFixture) -> Bool {
        let reply = server.receive(
            message(
                99, "textDocument/definition",
                .object([
                    ("textDocument", .object([("uri", .string("file://" + repo.root + "/roadmap/none.md"))])),
                    ("position", .object([("line", .int(0)), ("character", .int(0))])),
                ])))
        return reply.first?["id"]?.int == 99
    }

    @Test func hostileDocumentsAndBurstsLeaveTheServerAnswering() throws {
        let repo = try ChangeGovernanceTests.repository()
        let server = LanguageServer(today: { CalendarDate(year: 2026, month: 6, day: 1)! })
        _ = server.receive(
            message(
                1, "initialize", .object([("rootUri", .string("file://" + repo.root)), ("capabilities", .object([]))])))
        let uri = "file://" + repo.root + "/" + ChangeGovernanceTests.sso
        // A change for a document never opened: ignored.
        #expect(
            server.receive(
                message(
                    nil, "textDocument/didChange",
                    .object([
                        ("textDocument", .object([("uri", .string("file://" + repo.root + "/roadmap/ghost.md"))])),
                        ("contentChanges", .array([.object([("text", .string("---\nid: X\n---\n"))])])),
                    ]))
            ).isEmpty)
        func open(_ text: String, version: Int) -> [JSONValue] {
            server.receive(
                message(
                    nil, "textDocument/didOpen",
                    .object([
                        (
                            "textDocument",
                            .object([
                                ("uri", .string(uri)), ("languageId", .string("markdown")), ("version", .int(version)),
                                ("text", .string(text)),
                            ])
                        )
                    ])))
        }
        // A 50 MiB buffer and a binary one: one parse-error each, no crash.
        let huge = open("---\nid: M-sso\nkind: milestone\n---\n" + String(repeating: "a", count: 50 << 20), version: 1)
        #expect(huge.last?["params", "diagnostics"]?.array?.first?["code"]?.string == "parse-error")
        let binary = open(String(decoding: (0..<4096).map { UInt8($0 % 256) }, as: UTF8.self), version: 2)
        #expect(binary.allSatisfy { $0["method"]?.string == "textDocument/publishDiagnostics" })
        #expect(stillAnswers(server, repo))
        // A burst of 1,000 edits: the last text is what is published last.
        let original = try String(contentsOfFile: repo.root + "/" + ChangeGovernanceTests.sso, encoding: .utf8)
        var last: [JSONValue] = []
        for version in 3..<1_003 {
            let text =
                version == 1_002 ? original : original.replacingOccurrences(of: "owner: frank", with: "owner: a, b")
            let sent = server.receive(
                message(
                    nil, "textDocument/didChange",
                    .object([
                        ("textDocument", .object([("uri", .string(uri)), ("version", .int(version))])),
                        ("contentChanges", .array([.object([("text", .string(text))])])),
                    ])))
            if !sent.isEmpty { last = sent }
        }
        #expect(last.last?["params", "version"]?.int == 1_002)
        #expect(last.last?["params", "diagnostics"]?.array?.isEmpty == true)
        // .rmlint.yml made invalid, then valid again.
        let config = "file://" + repo.root + "/.rmlint.yml"
        let invalid = server.receive(
            message(
                nil, "textDocument/didOpen",
                .object([
                    (
                        "textDocument",
                        .object([
                            ("uri", .string(config)), ("languageId", .string("yaml")), ("version", .int(1)),
                            ("text", .string("capacity: {period: year}\n")),
                        ])
                    )
                ])))
        #expect(
            invalid.contains {
                $0["params", "uri"]?.string == config
                    && $0["params", "diagnostics"]?.array?.first?["code"]?.string == "configuration"
            })
        let valid = server.receive(
            message(
                nil, "textDocument/didChange",
                .object([
                    ("textDocument", .object([("uri", .string(config)), ("version", .int(2))])),
                    ("contentChanges", .array([.object([("text", .string(SampleRoadmap.configuration))])])),
                ])))
        #expect(
            valid.contains {
                $0["params", "uri"]?.string == config && $0["params", "diagnostics"]?.array?.isEmpty == true
            })
        #expect(stillAnswers(server, repo))
    }
}

extension HostileProtocolTests {
    private func started() throws -> (LanguageServer, GitFixture) {
        let repo = try ChangeGovernanceTests.repository()
        let server = LanguageServer(today: { CalendarDate(year: 2026, month: 6, day: 1)! })
        _ = server.receive(
            message(
                1, "initialize", .object([("rootUri", .string("file://" + repo.root)), ("capabilities", .object([]))])))
        return (server, repo)
    }

    private func opened(_ uri: String, _ text: String) -> [UInt8] {
        message(
            nil, "textDocument/didOpen",
            .object([
                (
                    "textDocument",
                    .object([
                        ("uri", .string(uri)), ("languageId", .string("markdown")), ("version", .int(1)),
                        ("text", .string(text)),
                    ])
                )
            ]))
    }

    private func edited(_ uri: String, version: Int, _ changes: [JSONValue]) -> [UInt8] {
        message(
            nil, "textDocument/didChange",
            .object([
                ("textDocument", .object([("uri", .string(uri)), ("version", .int(version))])),
                ("contentChanges", .array(changes)),
            ]))
    }

    private func range(_ line: Int, _ character: Int, _ endLine: Int, _ endCharacter: Int, _ text: String)
        -> JSONValue
    {
        func position(_ line: Int, _ character: Int) -> JSONValue {
            .object([("line", .int(line)), ("character", .int(character))])
        }
        return .object([
            ("range", .object([("start", position(line, character)), ("end", position(endLine, endCharacter))])),
            ("text", .string(text)),
        ])
    }

    private func codes(_ replies: [JSONValue], _ uri: String) -> [[String]] {
        replies.filter {
            $0["method"]?.string == "textDocument/publishDiagnostics" && $0["params", "uri"]?.string == uri
        }
        .map { ($0["params", "diagnostics"]?.array ?? []).compactMap { $0["code"]?.string } }
    }

    @Test func aBurstIsLintedOnceAndACancelledRequestIsNotComputed() throws {
        let (server, repo) = try started()
        let uri = "file://" + repo.root + "/" + ChangeGovernanceTests.sso
        let text = try String(contentsOfFile: repo.root + "/" + ChangeGovernanceTests.sso, encoding: .utf8)
        let owner = try #require(
            text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "owner: frank" })
        // Open, then type ", erin" after the owner one character at a time, in one read.
        var batch = [opened(uri, text)]
        for (offset, character) in ", erin".enumerated() {
            batch.append(
                edited(uri, version: 2 + offset, [range(owner, 12 + offset, owner, 12 + offset, String(character))]))
        }
        batch.append(
            message(
                7, "textDocument/hover",
                .object([
                    ("textDocument", .object([("uri", .string(uri))])),
                    ("position", .object([("line", .int(owner)), ("character", .int(8))])),
                ])))
        batch.append(message(nil, "$/cancelRequest", .object([("id", .int(7))])))
        let replies = server.receive(batch: batch)
        #expect(replies.first?["id"]?.int == 7 && replies.first?["error", "code"]?.int == -32800)
        let publications = replies.filter { $0["method"]?.string == "textDocument/publishDiagnostics" }
        #expect(publications.count == 1 && publications.first?["params", "version"]?.int == 7)
        #expect(codes(replies, uri) == [["single-owner"]])
        // Ranges past the end of a line and of the document, and inside a surrogate pair, are clamped.
        let clamped = server.receive(batch: [
            edited(uri, version: 8, [range(owner, 7, owner, 99, "frank")]),
            edited(uri, version: 9, [range(900, 5, 901, 0, "\n🚀")]),
            edited(uri, version: 10, [range(900, 1, 900, 1, "x")]),
        ])
        #expect(codes(clamped, uri) == [[]])
        #expect(server.sessions.first?.open[ChangeGovernanceTests.sso] == text + "\n🚀x")
        #expect(stillAnswers(server, repo))
    }

    @Test func filesOnDiskThatChangeUnderneathAreReadAsLintReadsThem() throws {
        let (server, repo) = try started()
        let sso = ChangeGovernanceTests.sso
        let uri = "file://" + repo.root + "/" + sso
        let text = try String(contentsOfFile: repo.root + "/" + sso, encoding: .utf8)
        func watched(_ path: String, type: Int) -> [UInt8] {
            message(
                nil, "workspace/didChangeWatchedFiles",
                .object([
                    (
                        "changes",
                        .array([.object([("uri", .string("file://" + repo.root + "/" + path)), ("type", .int(type))])])
                    )
                ]))
        }
        // Open, then deleted on disk: the buffer still counts; closed: the item is gone.
        _ = server.receive(opened(uri, text))
        try FileManager.default.removeItem(atPath: repo.root + "/" + sso)
        #expect(codes(server.receive(watched(sso, type: 3)), uri).isEmpty)
        let closed = server.receive(
            message(nil, "textDocument/didClose", .object([("textDocument", .object([("uri", .string(uri))]))])))
        let root = "file://" + repo.root + "/"
        #expect(codes(closed, root + "roadmap/backlog/B-saml.md") == [["dangling-link"]])
        #expect(codes(closed, uri) == [["committed-deleted"]])
        // Invalid UTF-8 written on disk: the one diagnostic lint gives for it.
        let broken = "roadmap/milestones/M-broken.md"
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0x69, 0x64, 0x3A, 0x20, 0xFF, 0xFE, 0x0A, 0x2D, 0x2D, 0x2D, 0x0A])
            .write(to: URL(fileURLWithPath: repo.root + "/" + broken))
        func lint(_ path: String) throws -> [String] {
            try LintRunner().run(
                LintRequest(workingDirectory: repo.root, today: CalendarDate("2026-06-01")!, revision: .workingTree)
            ).diagnostics.filter { $0.path == path }.map(\.rule)
        }
        let expected = try lint(broken)
        #expect(!expected.isEmpty)
        #expect(codes(server.receive(watched(broken, type: 1)), "file://" + repo.root + "/" + broken) == [expected])
        // A roadmap folder that appears after start: the configuration names `plans` before it exists.
        try (SampleRoadmap.configuration + "roadmap: [roadmap, plans]\n").write(
            toFile: repo.root + "/.rmlint.yml", atomically: true, encoding: .utf8)
        _ = server.receive(watched(".rmlint.yml", type: 2))
        let planned = "plans/M-later.md"
        try FileManager.default.createDirectory(atPath: repo.root + "/plans", withIntermediateDirectories: true)
        try "---\nid: M-later\nkind: milestone\ntitle: Later\nhorizon: later\ntheme: T-nothing\n---\n".write(
            toFile: repo.root + "/" + planned, atomically: true, encoding: .utf8)
        let appeared = server.receive(watched(planned, type: 1))
        let wanted = try lint(planned)
        #expect(wanted.contains("single-owner"))
        #expect(codes(appeared, "file://" + repo.root + "/" + planned) == [wanted])
        #expect(stillAnswers(server, repo))
    }
}

extension HostileProtocolTests {
    @Test func withoutFileWatchingTheDiskAndHEADAreNoticedOnTheNextMessage() throws {
        let (server, repo) = try started()
        server.diskLookInterval = .zero
        let sso = ChangeGovernanceTests.sso
        let uri = "file://" + repo.root + "/" + sso
        let text = try String(contentsOfFile: repo.root + "/" + sso, encoding: .utf8)
        _ = server.receive(message(nil, "initialized", .object([])))
        // Re-dated in the buffer: the change rule fires against HEAD.
        let redated = text.replacingOccurrences(of: "due: 2027-03-20", with: "due: 2027-03-27")
        #expect(codes(server.receive(opened(uri, redated)), uri) == [["replan-without-reason"]])
        // Committed from a terminal: HEAD moved, so the base did, and the rule is quiet.
        try repo.write(sso, redated)
        try repo.git("commit", "-qam", "re-date")
        #expect(codes(server.receive(message(5, "workspace/symbol", .object([("query", .string("x"))]))), uri) == [[]])
        // A file changed on disk with no notification: read on the next message.
        try repo.write("roadmap/milestones/M-audit.md", "---\nid: M-audit\nkind: milestone\nowner: a, b\n---\n")
        let next = server.receive(message(6, "workspace/symbol", .object([("query", .string("x"))])))
        #expect(
            codes(next, "file://" + repo.root + "/roadmap/milestones/M-audit.md").first?.contains("single-owner")
                == true)
    }
}

/// Incremental sync: ranges applied in the negotiated encoding, clamped as LSP says.
struct TextChangeTests {
    private func change(_ line: Int, _ character: Int, _ endLine: Int, _ endCharacter: Int, _ text: String)
        -> TextChange
    {
        TextChange(
            range: (
                TextChange.Position(line: line, character: character),
                TextChange.Position(line: endLine, character: endCharacter)
            ), text: text)
    }

    @Test func rangesCountTheNegotiatedUnitsAndClamp() {
        let text = "a😀b\r\n日本é\u{301}x\nlast"
        // After the emoji: 3 UTF-16 units, 5 UTF-8 bytes, 2 scalars.
        #expect(change(0, 3, 0, 3, "_").applied(to: text, encoding: .utf16) == "a😀_b\r\n日本é\u{301}x\nlast")
        #expect(change(0, 5, 0, 5, "_").applied(to: text, encoding: .utf8) == "a😀_b\r\n日本é\u{301}x\nlast")
        #expect(change(0, 2, 0, 2, "_").applied(to: text, encoding: .utf32) == "a😀_b\r\n日本é\u{301}x\nlast")
        // Inside the surrogate pair: the emoji's start.
        #expect(change(0, 2, 0, 2, "_").applied(to: text, encoding: .utf16) == "a_😀b\r\n日本é\u{301}x\nlast")
        // Past the line's end: before its CRLF; replacing the combining mark alone.
        #expect(change(0, 99, 0, 99, "!").applied(to: text, encoding: .utf16) == "a😀b!\r\n日本é\u{301}x\nlast")
        #expect(change(1, 3, 1, 4, "").applied(to: text, encoding: .utf16) == "a😀b\r\n日本éx\nlast")
        // Past the document's end: appended; an end before the start: an insertion at the start.
        #expect(change(9, 0, 12, 4, "+").applied(to: text, encoding: .utf16) == text + "+")
        #expect(change(2, 2, 0, 0, "+").applied(to: text, encoding: .utf16) == "a😀b\r\n日本é\u{301}x\nla+st")
        // Across lines, and the whole text when there is no range.
        #expect(change(0, 1, 2, 1, "").applied(to: text, encoding: .utf16) == "aast")
        #expect(TextChange(range: nil, text: "new").applied(to: text, encoding: .utf16) == "new")
        // A BOM is not a character of the first line.
        #expect(change(0, 0, 0, 1, "X").applied(to: "\u{FEFF}abc", encoding: .utf16) == "\u{FEFF}Xbc")
    }
}
