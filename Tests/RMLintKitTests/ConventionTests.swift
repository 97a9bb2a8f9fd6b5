import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintKit
@testable import RMLintRules

/// `convention:` — a roadmap written in a team's own vocabulary lints, mistake for mistake, as the
/// same roadmap written in rmlint's.
struct ConventionTests {
    static let convention = """
        convention:
          fields: {owner: assignee, due: target_date, depends_on: blocked_by}
          values:
            status: {Planned: proposed, Committed: committed, Doing: in-progress, Shipped: done}
          kinds: {"roadmap/milestones/**": milestone}

        """

    /// The sample roadmap in the team's words: keys renamed, statuses mapped, milestones' `kind:`
    /// left to the path (a comment keeps the lines where they were).
    static func translated(_ files: [String: String]) -> [String: String] {
        files.mapValues { text in
            var out = text.replacingOccurrences(of: "\nowner:", with: "\nassignee:")
                .replacingOccurrences(of: "\ndue:", with: "\ntarget_date:")
                .replacingOccurrences(of: "\ndepends_on:", with: "\nblocked_by:")
            if out.contains("\nkind: milestone\n") {
                out = out.replacingOccurrences(of: "\nkind: milestone\n", with: "\n# a milestone, by its folder\n")
                    .replacingOccurrences(of: "\nstatus: committed\n", with: "\nstatus: Committed\n")
                    .replacingOccurrences(of: "\nstatus: proposed\n", with: "\nstatus: Planned\n")
                    .replacingOccurrences(of: "\nstatus: in-progress\n", with: "\nstatus: Doing\n")
                    .replacingOccurrences(of: "\nstatus: done\n", with: "\nstatus: Shipped\n")
            }
            return out
        }
    }

    private func lint(_ files: [String: String], configuration text: String) throws -> [Diagnostic] {
        let configuration = try ConfigurationLoader.standard.load(Array(text.utf8), path: ".rmlint.yml")
        var all = files.mapValues { Array($0.utf8) }
        all[".rmlint.yml"] = Array(text.utf8)
        let roadmap = try RoadmapLoader(configuration: configuration).load(from: MemorySource(files: all))
        return LintEngine().lint(roadmap, today: CalendarDate(SampleRoadmap.today)!).diagnostics
    }

    @Test(arguments: [
        ("owner: frank\n", "owner: frank, erin\n"),  // single-owner
        ("theme: T-payments\n", "theme: T-paymnts\n"),  // dangling-link
        ("due: 2027-03-20\n", "due: 2027-02-30\n"),  // schema (no such date)
        ("status: committed\n", "status: started\n"),  // schema (no such status)
        ("", ""),  // clean
    ])
    func aMappedRoadmapGivesTheNativeDiagnostics(_ mistake: (String, String)) throws {
        var native = SampleRoadmap.files
        let path = ChangeGovernanceTests.sso
        if !mistake.0.isEmpty { native[path] = native[path]?.replacingOccurrences(of: mistake.0, with: mistake.1) }
        let theirs = try lint(Self.translated(native), configuration: SampleRoadmap.configuration + Self.convention)
        let ours = try lint(native, configuration: SampleRoadmap.configuration)
        #expect(theirs.map { "\($0.rule) \($0.path):\($0.line)" } == ours.map { "\($0.rule) \($0.path):\($0.line)" })
        #expect(!mistake.0.isEmpty || ours.isEmpty, "the sample is clean")
        // Messages name the team's keys.
        for diagnostic in theirs where diagnostic.rule == "schema" {
            #expect(
                !diagnostic.message.contains("'due'") && !diagnostic.message.contains("'owner'"),
                "\(diagnostic.message)")
        }
    }

    @Test func listsWrittenAsCommaSeparatedTextReadAsLists() throws {
        var native = SampleRoadmap.files
        let ledger = "roadmap/milestones/M-ledger.md"
        // A dependency that names nothing, beside one that exists.
        native[ledger] = native[ledger]?.replacingOccurrences(
            of: "depends_on: [M-retries]", with: "depends_on: [M-retries, M-none]")
        var theirs = Self.translated(native)
        theirs[ledger] = theirs[ledger]?.replacingOccurrences(
            of: "blocked_by: [M-retries, M-none]", with: "blocked_by: M-retries, M-none")
        let lists = Self.convention.replacingOccurrences(of: "  kinds:", with: "  lists: [depends_on]\n  kinds:")
        let mapped = try lint(theirs, configuration: SampleRoadmap.configuration + lists)
        let ours = try lint(native, configuration: SampleRoadmap.configuration)
        #expect(mapped.map { "\($0.rule) \($0.path):\($0.line)" } == ours.map { "\($0.rule) \($0.path):\($0.line)" })
        #expect(ours.map(\.rule) == ["dangling-link"])
        // The dangling id is pointed at where it is written in the team's text: `blocked_by: M-retries, M-none`.
        #expect(mapped.first?.column == 24)
        // Without `lists`, a string is not a list: a schema error that names the team's key.
        let plain = try lint(theirs, configuration: SampleRoadmap.configuration + Self.convention)
        #expect(plain.contains { $0.rule == "schema" && $0.message.contains("'blocked_by'") })
    }

    @Test func anInvalidConventionIsAConfigurationErrorWhereItIsWritten() {
        func error(_ text: String) -> String {
            switch ConfigurationLoader.standard.read(Array(text.utf8), path: ".rmlint.yml") {
            case .success: return "loaded"
            case .failure(let error): return "\(error.location.line):\(error.location.column) \(error.message)"
            }
        }
        #expect(
            error("convention:\n  fields: {ownr: assignee}\n").hasPrefix(
                "2:12 'ownr' is not a field rmlint reads; did you mean 'owner'?"))
        #expect(
            error("convention:\n  fields: {owner: who, due: who}\n")
                == "2:29 'who' is mapped from both 'owner' and 'due'; one key can hold one field")
        #expect(
            error("convention:\n  values:\n    status: {Doing: going}\n").hasPrefix(
                "3:21 'going' is not a valid status"))
        #expect(
            error("convention:\n  values:\n    status: {backlog: {Doing: committed}}\n").hasPrefix(
                "3:31 'committed' is not a valid status for a backlog"))
        #expect(
            error("convention:\n  kinds: {\"plans/**\": task}\n").hasPrefix(
                "2:23 the kind for 'plans/**' must be one of"))
        #expect(
            error("convention: jira\n").hasPrefix(
                "1:13 there is no built-in convention 'jira'; the built-in one is 'backlog.md'"))
        #expect(
            error("convention:\n  fields: {owner: assignee}\n  values: {status: {Doing: in-progress}}\n") == "loaded")
    }
}

/// A roadmap in another vocabulary is told so once, with the keys it uses.
struct ForeignVocabularyTests {
    @Test func mostFilesWithoutIdOrKindGiveOneNoteNamingTheirKeys() throws {
        let repo = try GitFixture()
        for number in 1...6 {
            try repo.write(
                "roadmap/eip-\(number).md",
                "---\neip: \(number)\ntitle: Proposal \(number)\nstatus: Draft\nauthor: someone\n"
                    + (number.isMultiple(of: 2) ? "requires: 1\n" : "") + "---\nText.\n")
        }
        try repo.write("roadmap/T-1.md", "---\nid: T-1\nkind: theme\ntitle: Core\nowner: alice\n---\n")
        let result = try LintRunner().run(
            LintRequest(workingDirectory: repo.root, today: CalendarDate("2026-11-24")!, revision: .workingTree))
        #expect(
            result.notes.filter { $0.contains("another convention") } == [
                "6 of 7 files in roadmap/ look like another convention: they have no id or kind and use author, eip, status, title, requires; map those keys with 'convention:' in .rmlint.yml (README: Configuration; rmlint init --detect guesses one)"
            ])
        // Every file still has its diagnostics.
        #expect(Set(result.diagnostics.filter { $0.rule == "schema" }.map(\.path)).count == 6)
        // A roadmap in rmlint's words: no such note.
        let sample = try ChangeGovernanceTests.repository()
        let clean = try LintRunner().run(
            LintRequest(workingDirectory: sample.root, today: CalendarDate("2026-11-24")!, revision: .workingTree))
        #expect(!clean.notes.contains { $0.contains("another convention") })
    }
}

/// A file that writes a field both in the team's words and in rmlint's.
struct ConventionBothKeysTests {
    @Test func theTeamsKeyIsReadAndRmlintsIsASchemaError() throws {
        let configuration = "convention:\n  fields: {owner: assignee}\n"
        let theme = "---\nid: T-1\nkind: theme\ntitle: Core\nassignee: alice\nowner: bob, carol\n---\n"
        let diagnostics = try lint(["roadmap/T-1.md": theme], configuration: configuration)
        #expect(diagnostics.map { "\($0.rule) \($0.path):\($0.line):\($0.column)" } == ["schema roadmap/T-1.md:6:1"])
        #expect(
            diagnostics.first?.message
                == "both 'assignee' and 'owner' are written; the convention in .rmlint.yml reads 'assignee' as rmlint's 'owner', so remove 'owner'"
        )
    }
}

/// `history` says which configuration it read and when the roadmap folders never held an item.
struct HistoryConfigurationNoteTests {
    @Test func anUncommittedConfigurationAndAnEmptyHistoryAreSaid() throws {
        let repo = try GitFixture()
        try repo.write("plans/T-1.md", "---\nid: T-1\nkind: theme\ntitle: Core\nowner: alice\n---\n")
        try repo.git("add", "-A")
        try repo.git("commit", "-qm", "plans")
        try repo.write(".rmlint.yml", "roadmap: [plans]\n")
        let report = try HistoryRunner().run(
            HistoryRequest(workingDirectory: repo.root, asOf: CalendarDate("2026-11-24")!, useCache: false))
        #expect(
            report.notes == [
                "the working tree's .rmlint.yml is not committed at HEAD: this history reads the defaults (roadmap/); commit .rmlint.yml to use it",
                "0 items: roadmap/ never held a roadmap item in this history",
            ])
        try repo.git("add", "-A")
        try repo.git("commit", "-qm", "configuration")
        let committed = try HistoryRunner().run(
            HistoryRequest(workingDirectory: repo.root, asOf: CalendarDate("2026-11-24")!, useCache: false))
        #expect(committed.notes.isEmpty, "\(committed.notes)")
        try repo.write(".rmlint.yml", "roadmap: [plans]\nstrict-fields: true\n")
        let edited = try HistoryRunner().run(
            HistoryRequest(workingDirectory: repo.root, asOf: CalendarDate("2026-11-24")!, useCache: false))
        #expect(
            edited.notes == [
                ".rmlint.yml is read as committed at HEAD; the working tree's differs (uncommitted changes are not used)"
            ])
    }
}

/// The language server speaks the team's vocabulary: completion offers its keys and values.
struct ConventionServerTests {
    private func message(_ id: Int?, _ method: String, _ params: JSONValue) -> [UInt8] {
        LSPMessage.body(id, method, params)
    }

    @Test func completionOffersTheTeamsKeysAndValues() throws {
        let repo = try GitFixture()
        try repo.write(".rmlint.yml", SampleRoadmap.configuration + ConventionTests.convention)
        for (path, text) in ConventionTests.translated(SampleRoadmap.files) { try repo.write(path, text) }
        try repo.git("add", "-A")
        try repo.git("commit", "-qm", "roadmap")
        let server = LanguageServer(today: { CalendarDate(SampleRoadmap.today)! })
        _ = server.receive(
            message(
                1, "initialize", .object([("rootUri", .string("file://" + repo.root)), ("capabilities", .object([]))])))
        let path = ChangeGovernanceTests.sso
        let uri = "file://" + repo.root + "/" + path
        let text = try String(contentsOfFile: repo.root + "/" + path, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let status = try #require(lines.firstIndex { $0.hasPrefix("status:") })
        // A new key typed on an empty line inside the front-matter, and the status value.
        let edited = lines.enumerated().map { $0.offset == status ? "status: \n" + "" : String($0.element) }
            .joined(separator: "\n").replacingOccurrences(of: "\ntheme:", with: "\n\ntheme:")
        _ = server.receive(LSPMessage.didOpen(uri, edited))
        func complete(_ row: Int, _ character: Int) -> [String] {
            let reply = server.receive(
                message(
                    9, "textDocument/completion",
                    .object([
                        ("textDocument", .object([("uri", .string(uri))])),
                        ("position", .object([("line", .int(row)), ("character", .int(character))])),
                    ])))
            return (reply.first?["result"]?.array ?? []).compactMap { $0["label"]?.string }
        }
        let editedLines = edited.split(separator: "\n", omittingEmptySubsequences: false)
        let blank = try #require(editedLines.firstIndex { $0.isEmpty })
        let keys = complete(blank, 0)
        #expect(keys.contains("assignee") && keys.contains("target_date") && keys.contains("blocked_by"))
        #expect(!keys.contains("owner") && !keys.contains("due"))
        let statusRow = try #require(editedLines.firstIndex { $0.hasPrefix("status:") })
        #expect(complete(statusRow, 8) == ["Committed", "Doing", "Planned", "Shipped"])
    }
}
