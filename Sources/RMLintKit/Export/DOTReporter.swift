import RMLintCore
import RMLintGit
import RMLintRules

/// Graphviz DOT (`dot -Tsvg` renders it): one box per item, coloured by kind, dashed when closed,
/// bold when in `now`; hierarchy edges solid, `depends_on` dashed.
public struct DOTReporter: Reporter {
    public static let identifier = "dot"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ diagram: RoadmapDiagram) -> String {
        let fill: [ItemKind: String] = [
            .theme: "#e8f0fe", .goal: "#e6f4ea", .milestone: "#fef7e0", .backlog: "#f1f3f4",
        ]
        var text =
            "digraph roadmap {\n  rankdir=TB;\n  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n  edge [color=\"#5f6368\", fontname=\"Helvetica\", fontsize=10];\n"
        for node in diagram.nodes {
            var lines = [node.id]
            if let title = node.title { lines.append(title) }
            let state = [node.horizon?.rawValue, node.status?.rawValue].compactMap { $0 }
            if !state.isEmpty { lines.append(state.joined(separator: ", ")) }
            var style = "rounded,filled"
            if let status = node.status, status.isClosed || status == .archived { style += ",dashed" }
            if node.horizon == .now { style += ",bold" }
            text +=
                "  \(quote(node.id)) [label=\(quote(lines.joined(separator: "\n"))), fillcolor=\(quote(fill[node.kind] ?? "#ffffff")), style=\(quote(style))];\n"
        }
        for edge in diagram.edges {
            let attributes = edge.kind == "depends_on" ? " [style=dashed, label=\"depends on\"]" : ""
            text += "  \(quote(edge.from)) -> \(quote(edge.to))\(attributes);\n"
        }
        return text + "}\n"
    }

    /// A DOT double-quoted string: `"` and `\` escaped, `&` as `&amp;` (Graphviz reads entities in
    /// labels), line breaks as `\n`, control characters shown escaped.
    private func quote(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            TextSanitizer.escapeControlCharacters(String(line)).replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "&", with: "&amp;")
        }
        return "\"" + lines.joined(separator: "\\n") + "\""
    }
}
