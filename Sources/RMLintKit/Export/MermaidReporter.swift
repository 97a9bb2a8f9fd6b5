import RMLintCore
import RMLintGit
import RMLintRules

/// A Mermaid flowchart that renders in GitHub Markdown: generated node ids (`n1`, `n2`, …, never a
/// reserved word, `/` or `.`), the readable id and title in quoted, escaped labels, kind, horizon
/// and status shown by class.
public struct MermaidReporter: Reporter {
    public static let identifier = "mermaid"

    /// Written into a Markdown file: the diagram goes in a fenced ```mermaid block.
    private let fenced: Bool

    public init(options: ReporterOptions = ReporterOptions()) {
        fenced = options.destination?.hasSuffix(".md") == true
    }

    /// Mermaid's default `maxTextSize`: a longer diagram is not drawn (GitHub shows an error instead).
    public static let maximumSize = 50_000

    /// A note when `text` is too long for Mermaid to draw, saying how to draw less.
    public static func sizeNote(_ text: String) -> String? {
        let size = text.utf8.count
        guard size > maximumSize else { return nil }
        return
            "the Mermaid diagram is \(size) characters, over Mermaid's default limit of \(maximumSize) (maxTextSize), so GitHub and most viewers will not draw it; draw a part with --focus ID or PATH arguments, or use --format dot"
    }

    public func report(_ diagram: RoadmapDiagram) -> String {
        let text = flowchart(diagram)
        return fenced ? "```mermaid\n" + text + "```\n" : text
    }

    private func flowchart(_ diagram: RoadmapDiagram) -> String {
        var text = "flowchart TD\n"
        var names: [String: String] = [:]
        for (index, node) in diagram.nodes.enumerated() {
            let name = "n\(index + 1)"
            names[node.id] = name
            text += "  \(name)[\"\(label(node))\"]\n"
        }
        for edge in diagram.edges {
            guard let from = names[edge.from], let to = names[edge.to] else { continue }
            text += edge.kind == "depends_on" ? "  \(from) -. depends on .-> \(to)\n" : "  \(from) --> \(to)\n"
        }
        text += """
              classDef theme fill:#e8f0fe,stroke:#1a73e8,color:#0b1f44
              classDef goal fill:#e6f4ea,stroke:#188038,color:#0d2b16
              classDef milestone fill:#fef7e0,stroke:#e37400,color:#3c2300
              classDef backlog fill:#f1f3f4,stroke:#5f6368,color:#202124
              classDef now stroke-width:3px
              classDef closed fill:#ffffff,stroke-dasharray:4 3,color:#5f6368

            """
        var classes: [String: [String]] = [:]
        for node in diagram.nodes {
            guard let name = names[node.id] else { continue }
            classes[node.kind.rawValue, default: []].append(name)
            if node.horizon == .now { classes["now", default: []].append(name) }
            if let status = node.status, status.isClosed || status == .archived {
                classes["closed", default: []].append(name)
            }
        }
        for group in ["theme", "goal", "milestone", "backlog", "now", "closed"] {
            guard let members = classes[group] else { continue }
            text += "  class \(members.joined(separator: ",")) \(group)\n"
        }
        return text
    }

    /// `M-101: Payment retries` and, for milestones, `(now, committed)`; Mermaid's entity codes for
    /// anything that would end the label or be read as markup.
    private func label(_ node: RoadmapDiagram.Node) -> String {
        var text = node.id + (node.title.map { ": " + $0 } ?? "")
        let state = [node.horizon?.rawValue, node.status?.rawValue].compactMap { $0 }
        if !state.isEmpty { text += " (" + state.joined(separator: ", ") + ")" }
        var escaped = ""
        for character in TextSanitizer.escapeControlCharacters(text) {
            switch character {
            case "\"": escaped += "#quot;"
            case "#": escaped += "#35;"
            case "<": escaped += "#lt;"
            case ">": escaped += "#gt;"
            case "&": escaped += "#amp;"
            case "`": escaped += "#96;"
            case "\n", "\r": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
