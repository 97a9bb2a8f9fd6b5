import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// `rmlint graph`: the diagram's nodes and edges, Mermaid that cannot break, DOT that Graphviz
/// renders, `--focus`, PATHs, `--output` and `--check`.
struct GraphTests {
    static func diagram(
        _ files: [String: String] = SampleRoadmap.files, focus: String? = nil,
        include: @escaping (String) -> Bool = { _ in true }
    ) throws -> RoadmapDiagram {
        let roadmap = try RoadmapLoader(configuration: Configuration()).load(from: MemorySource(files))
        return try RoadmapDiagram(roadmap, include: include, focus: focus)
    }

    static func repository() throws -> GitFixture {
        let repo = try GitFixture()
        for (path, content) in SampleRoadmap.files { try repo.write(path, content) }
        try repo.write(".rmlint.yml", SampleRoadmap.configuration)
        return repo
    }

    @Test func nodesAndEdgesFollowTheLinks() throws {
        let diagram = try Self.diagram()
        #expect(
            diagram.nodes.map(\.id) == [
                "T-enterprise", "T-legacy", "T-payments", "G-enterprise", "G-retention",
                "M-audit", "M-ledger", "M-retries", "M-sso",
                "B-dunning", "B-fees", "B-ledger-schema", "B-retry-queue", "B-saml", "B-scim",
            ])
        #expect(
            diagram.edges.map { "\($0.from)>\($0.to):\($0.kind)" } == [
                "G-enterprise>M-sso:goal", "G-retention>M-retries:goal",
                "M-ledger>B-ledger-schema:milestone", "M-ledger>M-retries:depends_on",
                "M-retries>B-dunning:milestone", "M-retries>B-retry-queue:milestone",
                "M-sso>B-saml:milestone", "M-sso>B-scim:milestone",
                "T-enterprise>G-enterprise:theme", "T-enterprise>M-audit:theme", "T-enterprise>M-sso:theme",
                "T-payments>B-fees:theme", "T-payments>G-retention:theme", "T-payments>M-ledger:theme",
                "T-payments>M-retries:theme",
            ])
        let focused = try Self.diagram(focus: "M-retries")
        #expect(
            focused.nodes.map(\.id) == [
                "T-payments", "G-retention", "M-ledger", "M-retries", "B-dunning", "B-retry-queue",
            ],
            "what it serves, what serves it, and the milestone depending on it")
        #expect(throws: UsageError.self) { try Self.diagram(focus: "M-nope") }
        var duplicated = SampleRoadmap.files
        duplicated["roadmap/milestones/M-sso-copy.md"] = duplicated["roadmap/milestones/M-sso.md"]
        let drawn = try Self.diagram(duplicated)
        #expect(drawn.omitted == ["roadmap/milestones/M-sso-copy.md", "roadmap/milestones/M-sso.md"])
        #expect(
            !drawn.nodes.contains { $0.id == "M-sso" }
                && !drawn.edges.contains { $0.from == "M-sso" || $0.to == "M-sso" })
    }

    @Test func mermaidNodeIdsAreGeneratedAndLabelsEscaped() throws {
        var files = SampleRoadmap.files
        files["roadmap/milestones/M-sso.md"] = files["roadmap/milestones/M-sso.md"]?
            .replacingOccurrences(of: "title: Milestone M-sso", with: "title: 'end \"SSO\" <b>x</b> #1 `graph` & a]b'")
        let text = MermaidReporter().report(try Self.diagram(files))
        #expect(text.hasPrefix("flowchart TD\n"))
        let declarations = text.split(separator: "\n").filter { $0.contains("[\"") }
        #expect(declarations.count == 15)
        for line in declarations {
            let name = line.trimmingCharacters(in: .whitespaces).prefix { $0 != "[" }
            #expect(name.wholeMatch(of: /n[0-9]+/) != nil, "\(line)")
            let label = line.split(separator: "[\"", maxSplits: 1)[1].dropLast(2)
            #expect(!label.contains("\"") && !label.contains("<") && !label.contains("`"), "\(line)")
        }
        #expect(
            text.contains(
                "M-sso: end #quot;SSO#quot; #lt;b#gt;x#lt;/b#gt; #35;1 #96;graph#96; #amp; a]b (now, committed)"))
        #expect(text.contains(" -. depends on .-> ") && text.contains("class ") && text.contains("classDef now"))
    }

    @Test func dotRendersWithGraphviz() throws {
        var files = SampleRoadmap.files
        files["roadmap/milestones/M-sso.md"] = files["roadmap/milestones/M-sso.md"]?
            .replacingOccurrences(of: "title: Milestone M-sso", with: "title: 'a \"quoted\" back\\\\slash & <b>'")
        let dot = DOTReporter().report(try Self.diagram(files))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rmlint-dot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try dot.write(to: folder.appendingPathComponent("g.dot"), atomically: true, encoding: .utf8)
        let rendered = try runProcess("/usr/bin/env", ["dot", "-Tsvg", "g.dot", "-o", "g.svg"], in: folder.path)
        #expect(
            rendered.exitCode == 0, "graphviz (installed by scripts/bootstrap.sh) rejects the DOT: \(rendered.error)")
        let svg = try String(contentsOf: folder.appendingPathComponent("g.svg"), encoding: .utf8)
        #expect(svg.contains("a &quot;quoted&quot; back\\\\slash &amp; &lt;b&gt;"), "\(svg.prefix(2000))")
        #expect(
            svg.components(separatedBy: "class=\"node\"").count - 1 == 15
                && svg.components(separatedBy: "class=\"edge\"").count - 1 == 15)
    }

    @Test func jsonListsNodesAndEdges() throws {
        let json = GraphJSONReporter().report(try Self.diagram(focus: "M-ledger"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let nodes = try #require(document["nodes"] as? [[String: Any]])
        #expect(nodes.map { $0["id"] as? String } == ["T-payments", "M-ledger", "M-retries", "B-ledger-schema"])
        #expect(
            nodes[1]["status"] as? String == "committed" && nodes[1]["horizon"] as? String == "now"
                && nodes[1]["path"] as? String == "roadmap/milestones/M-ledger.md")
        #expect(
            (document["edges"] as? [[String: String]])?.contains([
                "from": "M-ledger", "to": "M-retries", "kind": "depends_on",
            ]) == true)
    }

    @Test func outputAndCheckKeepACommittedDiagramHonest() throws {
        let repo = try Self.repository()
        // The folder does not exist yet: it is created.
        #expect(try runProcess(rmlintBinary(), ["graph", "--output", "docs/roadmap.md"], in: repo.root).exitCode == 0)
        let markdown = try String(contentsOfFile: repo.root + "/docs/roadmap.md", encoding: .utf8)
        #expect(
            markdown.hasPrefix(MarkdownDiagramBlock.begin + "\n```mermaid\nflowchart TD\n")
                && markdown.hasSuffix("```\n" + MarkdownDiagramBlock.end + "\n"))
        #expect(try runProcess(rmlintBinary(), ["graph", "--check", "docs/roadmap.md"], in: repo.root).exitCode == 0)
        try repo.write("roadmap/backlog/B-new.md", SampleRoadmap.backlog("B-new", link: "milestone: M-sso"))
        let stale = try runProcess(rmlintBinary(), ["graph", "--check", "docs/roadmap.md"], in: repo.root)
        #expect(
            stale.exitCode == 1 && stale.error.contains("out of date")
                && stale.error.contains("--output docs/roadmap.md"), "\(stale.error)")
        let missing = try runProcess(
            rmlintBinary(), ["graph", "--format", "dot", "--check", "docs/none.dot"], in: repo.root)
        #expect(missing.exitCode == 2)
        let narrowed = try runProcess(rmlintBinary(), ["graph", "--format", "json", "roadmap/themes"], in: repo.root)
        let nodes =
            (try JSONSerialization.jsonObject(with: Data(narrowed.output.utf8)) as? [String: Any])?["nodes"]
            as? [[String: Any]]
        #expect(nodes?.map { $0["kind"] as? String } == ["theme", "theme", "theme"])
    }

    static let introduction =
        Array("# Roadmap\r\n\nWhere we are going, and why. Caf\u{E9}: \u{1F680}\n\n".utf8) + [0xFF, 0x0A]
    static let appendix = Array("\n## Appendix\n\nKeep this text   \nas it is.".utf8)

    @Test func theBlockIsAppendedThenReplacedAndNothingElseChanges() throws {
        let first = "```mermaid\nflowchart TD\n  n1[\"A\"]\n```\n"
        let second = "```mermaid\nflowchart TD\n  n1[\"B\"]\n```\n"
        // No block yet: appended after a blank line, every byte before it kept.
        let appended = try #require(MarkdownDiagramBlock.update(Self.introduction, with: first))
        #expect(appended == Self.introduction + [0x0A] + Array(MarkdownDiagramBlock.block(first).utf8))
        #expect(MarkdownDiagramBlock.holds(appended, first))
        // Text the user adds after the block, then a new diagram: only the block changes.
        let edited = appended + Self.appendix
        let replaced = try #require(MarkdownDiagramBlock.update(edited, with: second))
        #expect(replaced == Self.introduction + [0x0A] + Array(MarkdownDiagramBlock.block(second).utf8) + Self.appendix)
        #expect(!MarkdownDiagramBlock.holds(replaced, first) && MarkdownDiagramBlock.holds(replaced, second))
        #expect(MarkdownDiagramBlock.update(replaced, with: second) == replaced)
        // A file that is nothing but a fence (what earlier versions wrote) is the block.
        #expect(
            MarkdownDiagramBlock.update(Array(first.utf8), with: second)
                == Array(MarkdownDiagramBlock.block(second).utf8))
        #expect(MarkdownDiagramBlock.holds(Array(first.utf8), first))
        // A fence among other text is the user's: left alone, ours appended.
        let theirs = Array("Intro\n\n".utf8) + Array(first.utf8)
        #expect(MarkdownDiagramBlock.find(in: theirs) == .none)
        // A begin marker without its end: nothing is written.
        let broken = Self.introduction + Array((MarkdownDiagramBlock.begin + "\n" + first).utf8)
        #expect(MarkdownDiagramBlock.find(in: broken) == .unclosed(line: 6))
        #expect(MarkdownDiagramBlock.update(broken, with: second) == nil)
        #expect(MarkdownDiagramBlock.update([], with: first) == Array(MarkdownDiagramBlock.block(first).utf8))
    }

    @Test func outputIntoAMarkdownFileKeepsTheUsersText() throws {
        let repo = try Self.repository()
        let path = repo.root + "/docs/roadmap.md"
        try FileManager.default.createDirectory(atPath: repo.root + "/docs", withIntermediateDirectories: true)
        try Data(Self.introduction).write(to: URL(fileURLWithPath: path))
        // A document without a diagram is no diagram to check against.
        let none = try runProcess(rmlintBinary(), ["graph", "--check", "docs/roadmap.md"], in: repo.root)
        #expect(
            none.exitCode == 1 && none.error.contains("docs/roadmap.md holds no rmlint graph diagram"), "\(none.error)")
        #expect(try runProcess(rmlintBinary(), ["graph", "--output", "docs/roadmap.md"], in: repo.root).exitCode == 0)
        try Data(try Data(contentsOf: URL(fileURLWithPath: path)) + Self.appendix).write(to: URL(fileURLWithPath: path))
        let check = try runProcess(rmlintBinary(), ["graph", "--check", "docs/roadmap.md"], in: repo.root)
        #expect(check.exitCode == 0, "other text does not make the diagram out of date: \(check.error)")
        try repo.write("roadmap/backlog/B-new.md", SampleRoadmap.backlog("B-new", link: "milestone: M-sso"))
        #expect(try runProcess(rmlintBinary(), ["graph", "--check", "docs/roadmap.md"], in: repo.root).exitCode == 1)
        #expect(try runProcess(rmlintBinary(), ["graph", "--output", "docs/roadmap.md"], in: repo.root).exitCode == 0)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes.starts(with: Self.introduction + [0x0A] + Array(MarkdownDiagramBlock.begin.utf8)))
        #expect(bytes.suffix(Self.appendix.count).elementsEqual(Self.appendix))
        #expect(String(decoding: bytes, as: UTF8.self).contains("B-new"))
        #expect(try runProcess(rmlintBinary(), ["graph", "--check", "docs/roadmap.md"], in: repo.root).exitCode == 0)
        // An end marker deleted by hand: a plain error at the begin marker, the file untouched.
        let withoutEnd = String(decoding: bytes, as: UTF8.self).replacingOccurrences(
            of: MarkdownDiagramBlock.end, with: "")
        try withoutEnd.write(toFile: path, atomically: true, encoding: .utf8)
        let broken = try runProcess(rmlintBinary(), ["graph", "--output", "docs/roadmap.md"], in: repo.root)
        #expect(
            broken.exitCode == 2
                && broken.error.contains("docs/roadmap.md:7: the rmlint graph block opened here has no closing"),
            "\(broken.error)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == withoutEnd)
    }

    @Test func destinationsChooseTheFormatAndSayWhatWentWrong() throws {
        let repo = try Self.repository()
        #expect(
            try runProcess(rmlintBinary(), ["graph", "--output", "out/deep/roadmap.dot"], in: repo.root).exitCode == 0)
        let dot = try String(contentsOfFile: repo.root + "/out/deep/roadmap.dot", encoding: .utf8)
        #expect(dot.hasPrefix("digraph roadmap {"), "\(dot.prefix(40))")
        let inferred = try runProcess(rmlintBinary(), ["graph", "--check", "out/deep/roadmap.dot"], in: repo.root)
        #expect(inferred.exitCode == 0, "the extension says DOT: \(inferred.error)")
        let missing = try runProcess(rmlintBinary(), ["graph", "--check", "nowhere/roadmap.md"], in: repo.root)
        #expect(
            missing.exitCode == 2
                && missing.error.contains(
                    "nowhere/roadmap.md does not exist; write it with rmlint graph --output nowhere/roadmap.md"),
            "\(missing.error)")
        try repo.write("notes", "a file, not a folder")
        let blocked = try runProcess(rmlintBinary(), ["graph", "--output", "notes/roadmap.md"], in: repo.root)
        #expect(
            blocked.exitCode == 2 && blocked.error.contains("cannot write notes/roadmap.md: notes is not a folder"),
            "\(blocked.error)")
        #expect(!blocked.error.contains("could not be completed"))
        try repo.git("add", "-A")
        try repo.git("commit", "-qm", "Roadmap")
        let history = try runProcess(
            rmlintBinary(), ["history", "--format", "html", "--output", "reports/q4/history.html"], in: repo.root)
        #expect(history.exitCode == 0, "\(history.error)")
        #expect(FileManager.default.fileExists(atPath: repo.root + "/reports/q4/history.html"))
    }

    @Test func aDiagramTooLongForMermaidSaysHowToDrawLess() throws {
        #expect(MermaidReporter.sizeNote(String(repeating: "x", count: MermaidReporter.maximumSize)) == nil)
        let note = try #require(
            MermaidReporter.sizeNote(String(repeating: "x", count: MermaidReporter.maximumSize + 1)))
        #expect(note.contains("50001 characters") && note.contains("--focus") && note.contains("--format dot"))
    }
}
