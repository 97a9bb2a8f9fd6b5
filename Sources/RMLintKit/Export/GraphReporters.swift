import RMLintCore
import RMLintGit
import RMLintRules

/// `rmlint graph --format`: every diagram format.
public enum GraphReporters {
    public static let registry = ReporterRegistry<RoadmapDiagram>([
        MermaidReporter.self,
        DOTReporter.self,
        GraphJSONReporter.self,
    ])

    /// The format a file's extension calls for: `.dot` and `.gv` DOT, `.json` JSON, anything else Mermaid.
    public static func format(forPath path: String) -> String {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".dot") || lowered.hasSuffix(".gv") { return DOTReporter.identifier }
        if lowered.hasSuffix(".json") { return GraphJSONReporter.identifier }
        return MermaidReporter.identifier
    }
}
