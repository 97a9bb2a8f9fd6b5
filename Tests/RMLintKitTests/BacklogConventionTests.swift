import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintKit
@testable import RMLintRules

/// `convention: backlog.md` on a Backlog.md folder written here, covering each point of how
/// Backlog.md reads it: the complete set of diagnostics, and nothing on what Backlog.md resolves.
struct BacklogConventionTests {
    static let description = """

        ## Description

        Finance teams reconcile invoices by hand every month; this milestone removes most of that work for them.
        """

    static func task(_ front: String, body: String = "Some words about the task.") -> String {
        "---\n\(front)---\n\n\(body)\n"
    }

    static func criteria(_ items: String) -> String {
        "## Acceptance Criteria\n<!-- AC:BEGIN -->\n\(items)<!-- AC:END -->\n"
    }

    /// A Backlog.md folder with prefix `back`, four statuses, sub-tasks, zero-padded ids, a title
    /// reference, bare `@` assignees, an archived milestone and every silent-drop case; its
    /// config.yml is not valid YAML (Backlog.md reads it line by line, and so does rmlint then).
    static let files: [String: String] = [
        ".rmlint.yml": "convention: backlog.md\n",
        "backlog/config.yml": """
        project_name: "Billing"
        default_status: "To Do"
        statuses: ["To Do", "In Progress", "Review", "Done"]
        labels: []
        task_prefix: "back"
        """,
        "backlog/milestones/m-1 - Launch.md": "---\nid: m-1\ntitle: Launch\ndue_date: 2026-09-30\n---\n" + description,
        "backlog/archive/milestones/m-2 - Beta.md": "---\nid: m-2\ntitle: Beta\n---\n",
        "backlog/tasks/back-1 - Export invoices.md": task(
            "id: BACK-1\ntitle: Export invoices\nstatus: Done\nassignee: @alice\nmilestone: m-1\nlabels: [billing]\n",
            body: criteria("- [x] #1 CSV export\n")),
        "backlog/tasks/back-2 - Send invoices.md": task(
            "id: BACK-0002\ntitle: Send invoices\nstatus: in progress\nassignee: [@bob, carol]\ndependencies: [back-1]\nmilestone: \"launch\"\n"
        ),
        "backlog/tasks/back-2.1 - Template.md": task(
            "id: BACK-2.01\ntitle: Template\nstatus: Review\nparent_task_id: back-2\nmilestone: 1\n"),
        // Done on top of unfinished work, with an unchecked criterion.
        "backlog/tasks/back-3 - Reminders.md": task(
            "id: BACK-3\ntitle: Reminders\nstatus: Done\ndependencies: [BACK-2]\n",
            body: criteria("- [x] #1 Email\n- [ ] #2 Letter\n")),
        // Prefix-strict ids; a title naming only an archived milestone.
        "backlog/tasks/back-4 - Dunning.md": task(
            "id: BACK-4\ntitle: Dunning\nstatus: To Do\ndependencies: [task-4]\nmilestone: Beta\n"),
        // A milestone that does not exist, labels as a scalar, a status not configured.
        "backlog/tasks/back-5 - Refunds.md": task(
            "id: BACK-5\ntitle: Refunds\nstatus: Blocked\nmilestone: m-9\nlabels: refunds\n"),
        // What Backlog.md cannot load at all.
        "backlog/tasks/back-6 - Credit notes.md": task(
            "id: BACK-6\ntitle: Credit notes\nstatus: To Do\ndue_date: 2027-01-15\n"),
        "backlog/tasks/back-7 - Currency.md": "# Currency\n\nNo front-matter here.\n",
        "backlog/tasks/task-8 - Old prefix.md": task("id: task-8\ntitle: Old prefix\nstatus: To Do\n"),
        "backlog/tasks/back-13 - Broken.md": task("id: BACK-13\ntitle: [unclosed\nstatus: To Do\n"),
        // The id disagrees with the file name.
        "backlog/tasks/back-9 - Mismatch.md": task("id: BACK-10\ntitle: Mismatch\nstatus: To Do\n"),
        // A cycle.
        "backlog/tasks/back-11 - Cycle A.md": task(
            "id: BACK-11\ntitle: Cycle A\nstatus: To Do\ndependencies: [back-12]\n"),
        "backlog/tasks/back-12 - Cycle B.md": task(
            "id: BACK-12\ntitle: Cycle B\nstatus: To Do\ndependencies: [BACK-011]\n"),
        // One id, two files (zeros and case aside).
        "backlog/tasks/back-14 - Dup.md": task("id: BACK-14\ntitle: Dup\nstatus: To Do\n"),
        "backlog/completed/back-014 - Dup copy.md": task("id: back-014\ntitle: Dup copy\nstatus: Done\n"),
        // In completed/, done whatever it says; an archived task is no link target.
        "backlog/completed/back-15 - Done thing.md": task("id: BACK-15\ntitle: Done thing\nstatus: To Do\n"),
        "backlog/tasks/back-16 - After.md": task(
            "id: BACK-16\ntitle: After\nstatus: Done\ndependencies: [back-15, back-20]\n"),
        "backlog/archive/tasks/back-20 - Gone.md": task("id: BACK-20\ntitle: Gone\nstatus: To Do\n"),
        // Drafts, documents and decisions are not linted as tasks.
        "backlog/drafts/draft-1 - Idea.md": task("id: DRAFT-1\ntitle: Idea\nstatus: To Do\ndependencies: [back-99]\n"),
        "backlog/docs/doc-1 - Notes.md": "---\nid: doc-1\ntitle: Notes\ntype: other\n---\n\nNotes.\n",
        "backlog/decisions/decision-1 - Use CSV.md": "---\nid: decision-1\ntitle: Use CSV\nstatus: accepted\n---\n",
        "backlog/tasks/notes/back-30 - Nested.md": task("id: BACK-30\ntitle: Nested\nstatus: Nope\n"),
        "backlog/tasks/README.md": "# Tasks\n\nOne file per task.\n",
        // A parent that does not exist.
        "backlog/tasks/back-17 - Orphan.md": task(
            "id: BACK-17\ntitle: Orphan\nstatus: To Do\nparent_task_id: BACK-0099\n"),
    ]

    static func lint(_ files: [String: String]) throws -> [Diagnostic] {
        let source = MemorySource(files)
        let configuration = try ConfigurationLoader.standard.load(
            Array((files[".rmlint.yml"] ?? "").utf8), path: ".rmlint.yml"
        )
        .completed(from: source)
        let roadmap = try RoadmapLoader(configuration: configuration).load(from: source)
        return LintEngine().lint(roadmap, today: CalendarDate(year: 2026, month: 6, day: 1)!).diagnostics
    }

    @Test func theFolderGivesExactlyItsFindings() throws {
        let diagnostics = try Self.lint(Self.files)
        let found = diagnostics.map { "\($0.rule) \($0.path):\($0.line):\($0.column)" }
        let tasks = "backlog/tasks/"
        #expect(
            found.sorted()
                == [
                    "acceptance-criteria-status \(tasks)back-3 - Reminders.md:11:1",
                    "archived-milestone-link \(tasks)back-4 - Dunning.md:6:12",
                    "backlog-md-hidden \(tasks)back-5 - Refunds.md:6:9",
                    "backlog-md-hidden \(tasks)back-9 - Mismatch.md:2:5",
                    "dangling-link \(tasks)back-16 - After.md:5:25",
                    "dangling-link \(tasks)back-17 - Orphan.md:5:17",
                    "dangling-link \(tasks)back-4 - Dunning.md:5:16",
                    "dangling-link \(tasks)back-5 - Refunds.md:5:12",
                    "dependency-cycle \(tasks)back-11 - Cycle A.md:5:16",
                    "done-depends-on-open \(tasks)back-3 - Reminders.md:5:16",
                    "duplicate-id backlog/completed/back-014 - Dup copy.md:2:5",
                    "duplicate-id \(tasks)back-14 - Dup.md:2:5",
                    "parse-error \(tasks)back-13 - Broken.md:3:8",
                    "parse-error \(tasks)back-6 - Credit notes.md:5:11",
                    "parse-error \(tasks)back-7 - Currency.md:1:1",
                    "parse-error \(tasks)task-8 - Old prefix.md:1:1",
                    "schema \(tasks)back-5 - Refunds.md:4:9",
                ].sorted(), "\(diagnostics.map { "\($0.rule) \($0.path):\($0.line):\($0.column) \($0.message)" })")
    }
}

/// Backlog.md through git: ids minted on two branches, history over a task folder.
struct BacklogRepositoryTests {
    static func repository() throws -> GitFixture {
        let repo = try GitFixture()
        try repo.write(".rmlint.yml", "convention: backlog.md\n")
        try repo.write("backlog/config.yml", "task_prefix: \"back\"\n")
        try repo.write(
            "backlog/tasks/back-1 - Export.md",
            BacklogConventionTests.task("id: BACK-1\ntitle: Export\nstatus: To Do\n"))
        try repo.git("add", "-A")
        try repo.git("commit", "-qm", "backlog")
        return repo
    }

    @Test func anIDMintedOnBothBranchesIsAnErrorBeforeTheMerge() throws {
        let repo = try Self.repository()
        try repo.git("checkout", "-qb", "feature")
        try repo.write(
            "backlog/tasks/back-2 - Refunds.md",
            BacklogConventionTests.task("id: BACK-2\ntitle: Refunds\nstatus: To Do\n"))
        try repo.git("add", "-A")
        try repo.git("commit", "-qm", "refunds")
        try repo.git("checkout", "-q", "main")
        try repo.write(
            "backlog/tasks/back-2 - Dunning.md",
            BacklogConventionTests.task("id: BACK-2\ntitle: Dunning\nstatus: To Do\n"))
        try repo.git("add", "-A")
        try repo.git("commit", "-qm", "dunning")
        try repo.git("checkout", "-q", "feature")
        let today = CalendarDate("2026-06-01")!
        let lint = try LintRunner().run(
            LintRequest(workingDirectory: repo.root, today: today, revision: .workingTree, base: "main"))
        #expect(
            lint.diagnostics.filter { $0.rule != "committed-deleted" }.map { "\($0.rule) \($0.path):\($0.line)" } == [
                "id-minted-twice backlog/tasks/back-2 - Refunds.md:2"
            ])
        #expect(
            lint.diagnostics.first?.message
                == "id 'BACK-2' was also given on main, since this branch split from it, to backlog/tasks/back-2 - Dunning.md ('Dunning'); after the merge both would hold it: give this item a new id (BACK-3 is free on both)"
        )
        let diff = try DiffRunner().run(DiffRequest(workingDirectory: repo.root, base: "main...feature", today: today))
        #expect(
            diff.introduced.map { "\($0.rule) \($0.path):\($0.line)" } == [
                "id-minted-twice backlog/tasks/back-2 - Refunds.md:2"
            ])
        // Against the merge base itself (`main..feature` is the tip) or once renumbered: nothing.
        try repo.git("mv", "backlog/tasks/back-2 - Refunds.md", "backlog/tasks/back-3 - Refunds.md")
        try repo.write(
            "backlog/tasks/back-3 - Refunds.md",
            BacklogConventionTests.task("id: BACK-3\ntitle: Refunds\nstatus: To Do\n"))
        let renumbered = try LintRunner().run(
            LintRequest(workingDirectory: repo.root, today: today, revision: .workingTree, base: "main"))
        #expect(renumbered.diagnostics.filter { $0.rule == "id-minted-twice" }.isEmpty)
    }

    @Test func historyReadsTheTasksByTheirFolders() throws {
        let repo = try Self.repository()
        try repo.write(
            "backlog/milestones/m-1 - Launch.md",
            "---\nid: m-1\ntitle: Launch\ndue_date: 2026-09-30\n---\n"
                + BacklogConventionTests.description)
        try repo.write(
            "backlog/drafts/draft-1 - Idea.md", BacklogConventionTests.task("id: DRAFT-1\ntitle: Idea\nstatus: To Do\n")
        )
        try repo.write("backlog/docs/doc-1 - Notes.md", "---\nid: doc-1\ntitle: Notes\n---\n")
        try repo.git("add", "-A")
        try repo.git("commit", "-qm", "milestone")
        let report = try HistoryRunner().run(
            HistoryRequest(workingDirectory: repo.root, asOf: CalendarDate("2026-06-01")!, useCache: false))
        // The milestone is followed; the draft and the document are no items; nothing is skipped.
        #expect(report.entries.map(\.timeline.id) == ["m-1"])
        #expect(report.skipped == 0)
        #expect(report.notes.isEmpty, "\(report.notes)")
    }
}

/// `rmlint lsp` on a Backlog.md folder: the diagnostics of lint, and Backlog.md's config.yml followed.
struct BacklogServerTests {
    private func published(_ messages: [JSONValue], root: String) -> [String] {
        messages.filter { $0["method"]?.string == "textDocument/publishDiagnostics" }.flatMap { message in
            let uri = (message["params", "uri"]?.string ?? "").removingPercentEncoding ?? ""
            let file = String(uri.dropFirst(("file://" + root + "/").count))
            let diagnostics = message["params", "diagnostics"]?.array ?? []
            guard !diagnostics.isEmpty else { return ["\(file) clean"] }
            return diagnostics.map { "\(file) \($0["code"]?.string ?? "") \($0["range", "start", "line"]?.int ?? -1)" }
        }.sorted()
    }

    @Test func theServerLintsTheFolderAndFollowsItsConfiguration() throws {
        let repo = try BacklogRepositoryTests.repository()
        let task = "backlog/tasks/back-2 - Refunds.md"
        try repo.write(
            task, BacklogConventionTests.task("id: BACK-2\ntitle: Refunds\nstatus: To Do\ndependencies: [back-9]\n"))
        try repo.git("add", "-A")
        try repo.git("commit", "-qm", "refunds")
        let server = LanguageServer(today: { CalendarDate(year: 2026, month: 6, day: 1)! })
        _ = server.receive(
            LSPMessage.body(
                1, "initialize", .object([("rootUri", .string("file://" + repo.root)), ("capabilities", .object([]))])))
        let loaded = server.receive(LSPMessage.body(nil, "initialized", .object([])))
        #expect(published(loaded, root: repo.root) == ["\(task) dangling-link 4"])
        // Completion offers the configured statuses, in their order.
        let export = "file://" + repo.root + "/backlog/tasks/back-1 - Export.md"
        let text = BacklogConventionTests.task("id: BACK-1\ntitle: Export\nstatus: \ndependencies: [BACK-2]\n")
        _ = server.receive(LSPMessage.didOpen(export, text))
        let completion = server.receive(
            LSPMessage.body(
                2, "textDocument/completion",
                .object([
                    ("textDocument", .object([("uri", .string(export))])),
                    ("position", .object([("line", .int(3)), ("character", .int(8))])),
                ])))
        #expect(
            (completion.first?["result"]?.array ?? []).compactMap { $0["label"]?.string } == [
                "To Do", "In Progress", "Done",
            ])
        // Hover on a dependency: the task, in Backlog.md's words.
        let hover = server.receive(
            LSPMessage.body(
                3, "textDocument/hover",
                .object([
                    ("textDocument", .object([("uri", .string(export))])),
                    ("position", .object([("line", .int(4)), ("character", .int(17))])),
                ])))
        #expect(
            hover.first?["result", "contents", "value"]?.string?.hasPrefix("**BACK-2** Refunds\n\ntask · To Do")
                == true,
            "\(hover)")
        _ = server.receive(
            LSPMessage.body(
                nil, "textDocument/didClose", .object([("textDocument", .object([("uri", .string(export))]))])))
        // Another prefix in config.yml: Backlog.md no longer reads either file.
        try repo.write("backlog/config.yml", "task_prefix: \"task\"\n")
        let changed = server.receive(
            LSPMessage.body(
                nil, "workspace/didChangeWatchedFiles",
                .object([
                    (
                        "changes",
                        .array([
                            .object([
                                ("uri", .string("file://" + repo.root + "/backlog/config.yml")), ("type", .int(2)),
                            ])
                        ])
                    )
                ])))
        #expect(
            published(changed, root: repo.root) == [
                "backlog/tasks/back-1 - Export.md parse-error 0", "\(task) parse-error 0",
            ])
    }
}

/// Backlog.md's id comparison and its quoting of bare `@handles`, one case at a time.
struct BacklogIDTests {
    @Test(arguments: [
        ("BACK-0100.01", "BACK-100.1"), ("back-100.1", "BACK-100.1"), ("7", "TASK-7"), ("task-0", "TASK-0"),
        ("TASK-12", "TASK-12"), (" task-007 ", "TASK-7"), ("Launch plan", "Launch plan"), ("back-1.x", "back-1.x"),
    ])
    func idsCompareAsBacklogMdComparesThem(_ pair: (String, String)) {
        #expect(BacklogLayout.canonicalID(pair.0) == pair.1)
    }

    @Test func milestoneReferencesAndFileNames() {
        #expect(BacklogLayout.milestoneID("M-03") == "m-3")
        #expect(BacklogLayout.milestoneID("3") == "m-3")
        #expect(BacklogLayout.milestoneID("Release 3") == nil)
        let layout = BacklogLayout(prefix: "BACK")
        #expect(layout.fileID(of: "backlog/tasks/back-012.1 - Title - with dashes.md") == "BACK-12.1")
        #expect(layout.fileID(of: "backlog/tasks/back-12.md") == "BACK-12")
        #expect(layout.fileID(of: "backlog/tasks/notes.md") == nil)
        #expect(layout.role(of: "backlog/tasks/back-1 - A.md") == .task(completed: false))
        #expect(layout.role(of: "backlog/completed/back-1 - A.md") == .task(completed: true))
        #expect(layout.role(of: "backlog/tasks/task-1 - A.md") == .unreadTask)
        #expect(layout.role(of: "backlog/tasks/README.md") == nil)
        #expect(layout.role(of: "backlog/archive/milestones/m-1 - A.md") == .archivedMilestone)
        #expect(layout.role(of: "backlog/docs/doc-1 - A.md") == nil)
        #expect(layout.role(of: "roadmap/tasks/back-1 - A.md") == nil)
    }

    @Test func bareHandlesAreReadInTheirColumns() throws {
        let text =
            "---\nid: TASK-1\ntitle: A\nstatus: To Do\nassignee: [@alice, '@bob']\nreporter: @carol\n---\nmail @dan\n"
        let marked = try #require(BacklogLayout.markingHandles(Array(text.utf8)))
        #expect(String(decoding: marked.bytes, as: UTF8.self).hasSuffix("---\nmail @dan\n"), "the body is untouched")
        #expect(marked.marks == [SourceLocation(line: 5, column: 12), SourceLocation(line: 6, column: 11)])
        let diagnostics = try lint(
            [
                "backlog/tasks/task-1 - A.md": text.replacingOccurrences(
                    of: "reporter: @carol", with: "reporter: @carol\ndependencies: [@carol, task-9]")
            ], configuration: "convention: backlog.md\n")
        // Each dependency is reported where it is written: columns after a handle are right.
        #expect(
            diagnostics.map { "\($0.rule) \($0.line):\($0.column)" } == ["dangling-link 7:16", "dangling-link 7:24"])
        #expect(BacklogLayout.markingHandles(Array("---\nid: TASK-1\n---\nmail @dan\n".utf8)) == nil)
        // The handles read as written, a value that starts with `~` by itself untouched.
        var configuration = Configuration()
        configuration.convention = Convention.backlogMD(BacklogLayout())
        let decoder = ItemDecoder(settings: ItemDecoder.Settings(configuration))
        let reading = decoder.read(
            Array(text.replacingOccurrences(of: "title: A", with: "title: ~approx").utf8),
            path: "backlog/tasks/task-1 - A.md")
        guard case .item(let item) = reading else {
            Issue.record("not an item: \(reading)")
            return
        }
        #expect(item.owner?.reading == .several(["@alice", "@bob"], written: "@alice, @bob"))
        #expect(item.title.value == "~approx")
    }
}

/// Without a convention, SPEC §1's backlog item has no `depends_on` or `parent`: they stay
/// unknown fields (silent, and `schema` errors only under strict-fields).
struct NativeBacklogDependencyTests {
    @Test func nativeBacklogItemsKeepTheSpecsFields() throws {
        let theme = "---\nid: T-1\nkind: theme\ntitle: Core\nowner: alice\n---\n"
        let item = "---\nid: B-1\nkind: backlog\ntitle: Tidy\ntheme: T-1\ndepends_on: [M-9]\nparent: B-7\n---\n"
        #expect(try lint(["roadmap/T-1.md": theme, "roadmap/B-1.md": item]).isEmpty)
        let strict = try lint(
            ["roadmap/T-1.md": theme, "roadmap/B-1.md": item], configuration: "strict-fields: true\n")
        #expect(strict.map { "\($0.rule) \($0.line)" } == ["schema 6", "schema 7"])
    }
}
