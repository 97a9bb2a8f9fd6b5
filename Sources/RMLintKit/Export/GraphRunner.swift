import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// What `rmlint graph` was asked to draw.
public struct GraphRequest: Sendable {
    public var workingDirectory: String
    public var paths: [String]
    public var focus: String?

    public init(workingDirectory: String, paths: [String] = [], focus: String? = nil) {
        self.workingDirectory = workingDirectory
        self.paths = paths
        self.focus = focus
    }
}

/// Runs `rmlint graph`: reads the working tree's roadmap and renders the diagram.
public struct GraphRunner: Sendable {
    public init() {}

    /// The diagram (a ``GraphReporters`` format writes it), and a note for stderr when some files could not be drawn.
    public func run(_ request: GraphRequest) throws -> (diagram: RoadmapDiagram, note: String?) {
        let workspace = try Workspace.open(at: request.workingDirectory, revision: .workingTree)
        let roadmap = try workspace.loadRoadmap()
        let filter = try PathFilter(
            paths: request.paths, workingDirectory: request.workingDirectory, root: workspace.root,
            folders: workspace.configuration.roadmap, configurationPath: nil)
        let diagram = try RoadmapDiagram(roadmap, include: filter.includes(path:), focus: request.focus)
        let omitted = diagram.omitted
        let note =
            omitted.isEmpty
            ? nil
            : "\(omitted.count) file\(omitted.count == 1 ? " is" : "s are") not drawn (no readable id or kind, or a duplicated id): "
                + omitted.prefix(5).map(TextSanitizer.escapeControlCharacters).joined(separator: ", ")
                + (omitted.count > 5 ? " and \(omitted.count - 5) more" : "") + "; run rmlint lint to see why"
        return (diagram, note)
    }
}
