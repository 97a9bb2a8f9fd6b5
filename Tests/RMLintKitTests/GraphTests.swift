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
        let written = try runProcess(rmlintBinary(), ["graph", "--output", "docs/roadmap.md"], in: repo.root)
        #expect(written.exitCode == 2, "the folder does not exist yet: \(written.error)")
        try FileManager.default.createDirectory(atPath: repo.root + "/docs", withIntermediateDirectories: true)
        #expect(try runProcess(rmlintBinary(), ["graph", "--output", "docs/roadmap.md"], in: repo.root).exitCode == 0)
        let markdown = try String(contentsOfFile: repo.root + "/docs/roadmap.md", encoding: .utf8)
        #expect(markdown.hasPrefix("```mermaid\nflowchart TD\n") && markdown.hasSuffix("```\n"))
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
}
