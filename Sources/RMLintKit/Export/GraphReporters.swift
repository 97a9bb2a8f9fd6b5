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
}
