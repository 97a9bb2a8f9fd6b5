import RMLintCore
import RMLintGit
import RMLintRules

/// `rmlint graph --format json`: `{"version": 1, "nodes": [...], "edges": [...]}`.
public struct GraphJSONReporter: Reporter {
    public static let identifier = "json"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ diagram: RoadmapDiagram) -> String {
        JSONValue.object([
            ("version", .int(1)),
            (
                "nodes",
                .array(
                    diagram.nodes.map { node in
                        .object([
                            ("id", .string(node.id)),
                            ("kind", .string(node.kind.rawValue)),
                            ("title", .optional(node.title)),
                            ("status", .optional(node.status?.rawValue)),
                            ("horizon", .optional(node.horizon?.rawValue)),
                            ("path", .string(TextSanitizer.escapeControlCharacters(node.path))),
                        ])
                    })
            ),
            (
                "edges",
                .array(
                    diagram.edges.map { edge in
                        .object([("from", .string(edge.from)), ("to", .string(edge.to)), ("kind", .string(edge.kind))])
                    })
            ),
        ]).rendered() + "\n"
    }
}
