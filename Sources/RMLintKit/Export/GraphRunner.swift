import Foundation

/// What `rmlint graph` was asked to draw.
public struct GraphRequest: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case mermaid, dot, json
    }

    public var workingDirectory: String
    public var paths: [String]
    public var focus: String?
    public var format: Format
    /// The file it is written to or checked against: a `.md` file gets Mermaid in a fenced block.
    public var file: String?

    public init(workingDirectory: String, paths: [String] = [], focus: String? = nil, format: Format = .mermaid, file: String? = nil) {
        self.workingDirectory = workingDirectory
        self.paths = paths
        self.focus = focus
        self.format = format
        self.file = file
    }
}

/// Runs `rmlint graph`: reads the working tree's roadmap and renders the diagram.
public struct GraphRunner: Sendable {
    public init() {}

    public func render(_ request: GraphRequest) throws -> String {
        let workspace = try Workspace.open(at: request.workingDirectory, revision: .workingTree)
        let roadmap = try workspace.loadRoadmap()
        let filter = try PathFilter(paths: request.paths, workingDirectory: request.workingDirectory, root: workspace.root,
                                    folders: workspace.configuration.roadmap, configurationPath: nil)
        let diagram = try RoadmapDiagram(roadmap, include: filter.includes(path:), focus: request.focus)
        switch request.format {
        case .json: return DiagramJSON.render(diagram)
        case .dot: return DOTDiagram.render(diagram)
        case .mermaid:
            let text = MermaidDiagram.render(diagram)
            return request.file?.hasSuffix(".md") == true ? "```mermaid\n" + text + "```\n" : text
        }
    }
}
