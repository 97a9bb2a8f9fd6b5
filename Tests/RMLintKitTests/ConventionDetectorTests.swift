import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintKit
@testable import RMLintRules

/// `rmlint init` meets a repository that already keeps its plans in another vocabulary.
struct ConventionDetectorTests {
    static func proposal(_ number: Int, status: String, requires: String? = nil) -> String {
        "---\nkey: PROP-\(number)\nname: Proposal \(number)\nauthor: alice\nstatus: \(status)\n"
            + (requires.map { "requires: \($0)\n" } ?? "") + "labels: payments, api\n---\n\nWhat it proposes.\n"
    }

    @Test func aFolderInAnotherVocabularyGetsAConventionThatLintsItsRealFindingsOnly() throws {
        let repo = try GitFixture()
        try repo.write("proposals/prop-1.md", Self.proposal(1, status: "Final"))
        try repo.write("proposals/prop-2.md", Self.proposal(2, status: "Draft", requires: "PROP-1"))
        try repo.write("proposals/prop-3.md", Self.proposal(3, status: "Last Call", requires: "PROP-1, PROP-2"))
        try repo.write("proposals/prop-4.md", Self.proposal(4, status: "Withdrawn"))
        try repo.write("proposals/prop-5.md", Self.proposal(5, status: "Final", requires: "PROP-3"))
        // The one real finding: a proposal that requires one that does not exist.
        try repo.write("proposals/prop-6.md", Self.proposal(6, status: "Review", requires: "PROP-9"))
        let lines = try ProjectInitializer(root: repo.root, today: CalendarDate("2026-06-01")!)
            .run(installHooks: false, repository: nil, detectOnly: true)
        #expect(lines.first == "wrote .rmlint.yml")
        #expect(
            lines.dropFirst().first
                == "6 files in proposals/ use another vocabulary; wrote a convention reading them as backlog items: key as id, name as title, author as owner, requires as depends_on, labels as tags (check it, then run rmlint)"
        )
        let result = try LintRunner().run(
            LintRequest(workingDirectory: repo.root, today: CalendarDate("2026-06-01")!, revision: .workingTree))
        #expect(
            result.diagnostics.map { "\($0.rule) \($0.path):\($0.line):\($0.column)" } == [
                "done-depends-on-open proposals/prop-5.md:6:11",
                "dangling-link proposals/prop-6.md:6:11",
            ], "\(result.diagnostics.map(\.message))")
        // Never overwritten.
        let again = try ProjectInitializer(root: repo.root, today: CalendarDate("2026-06-01")!)
            .run(installHooks: false, repository: nil, detectOnly: true)
        #expect(again == ["kept .rmlint.yml (it exists); nothing was detected or written"])
    }

    @Test func numbersThatAreNotIdsAreSaidAndNothingIsWritten() throws {
        let repo = try GitFixture()
        for number in 1...5 {
            try repo.write("eips/eip-\(number).md", "---\neip: \(number)\ntitle: EIP \(number)\nstatus: Final\n---\n")
        }
        let lines = try ProjectInitializer(root: repo.root, today: CalendarDate("2026-06-01")!)
            .run(installHooks: false, repository: nil)
        #expect(
            lines == [
                "5 files in eips/ have front-matter in another vocabulary, but the values of 'eip' are not ids rmlint reads (an id starts with a letter); map them yourself with 'convention:' in .rmlint.yml (README: Configuration); nothing was written"
            ])
        #expect(!FileManager.default.fileExists(atPath: repo.root + "/.rmlint.yml"))
    }

    @Test func aBacklogFolderGetsTheBuiltInConvention() throws {
        let repo = try BacklogRepositoryTests.repository()
        try FileManager.default.removeItem(atPath: repo.root + "/.rmlint.yml")
        let lines = try ProjectInitializer(root: repo.root, today: CalendarDate("2026-06-01")!)
            .run(installHooks: false, repository: nil)
        #expect(
            lines == [
                "wrote .rmlint.yml",
                "found a Backlog.md folder in backlog/ (task prefix 'back', statuses To Do, In Progress, Done); wrote convention: backlog.md",
            ])
        let result = try LintRunner().run(
            LintRequest(workingDirectory: repo.root, today: CalendarDate("2026-06-01")!, revision: .workingTree))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    }
}

/// `rmlint schema`: the front-matter's JSON Schema in the team's words.
struct ConventionSchemaTests {
    private func properties(_ configuration: Configuration) -> [String] {
        guard case .object(let root) = ConventionSchema.document(for: configuration),
            case .object(let properties)? = root.first(where: { $0.0 == "properties" })?.1
        else { return [] }
        return properties.map(\.0)
    }

    @Test func theSchemaNamesTheTeamsKeysAndValues() throws {
        let mapped = try ConfigurationLoader.standard.load(
            Array(
                "convention:\n  fields: {owner: assignee, due: target_date}\n  values: {status: {Doing: in-progress}}\n"
                    .utf8),
            path: ".rmlint.yml")
        let keys = properties(mapped)
        #expect(keys.contains("assignee") && keys.contains("target_date"))
        #expect(!keys.contains("owner") && !keys.contains("due"))
        #expect(ConventionSchema.document(for: mapped).rendered().contains("\"Doing\""))
        let backlog = try ConfigurationLoader.standard.load(Array("convention: backlog.md\n".utf8), path: ".rmlint.yml")
            .completed(from: MemorySource(["backlog/config.yml": "statuses: [Open, Shipped]\n"]))
        #expect(
            properties(backlog) == [
                "id", "kind", "title", "labels", "rmlint-disable", "assignee", "status", "due_date", "dependencies",
                "milestone", "parent_task_id",
            ])
        #expect(
            ConventionSchema.document(for: backlog).rendered(pretty: false).contains("\"enum\":[\"Open\",\"Shipped\"]"))
        #expect(properties(Configuration()).contains("owner"))
    }
}

/// A site's pages are not a roadmap: `rmlint init` writes its example, not a guessed convention.
struct ConventionDetectorPagesTests {
    @Test func pagesWithoutStatusesAreNoRoadmap() throws {
        let repo = try GitFixture()
        for number in 1...6 {
            try repo.write(
                "content/post-\(number).md",
                "---\nslug: post-\(number)\ntitle: Post \(number)\ndate: 2026-01-0\(number)\n---\n")
        }
        let lines = try ProjectInitializer(root: repo.root, today: CalendarDate("2026-06-01")!)
            .run(installHooks: false, repository: nil)
        #expect(lines.first == "wrote .rmlint.yml")
        #expect(lines.contains("wrote roadmap/themes/T-core.md") || lines.contains { $0.hasPrefix("wrote roadmap/") })
        let written = try String(contentsOfFile: repo.root + "/.rmlint.yml", encoding: .utf8)
        #expect(!written.contains("convention"))
    }
}
