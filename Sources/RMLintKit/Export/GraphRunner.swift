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

    /// The diagram's text, and a note for stderr when some files could not be drawn.
    public func render(_ request: GraphRequest) throws -> (text: String, note: String?) {
        let workspace = try Workspace.open(at: request.workingDirectory, revision: .workingTree)
        let roadmap = try workspace.loadRoadmap()
        let filter = try PathFilter(paths: request.paths, workingDirectory: request.workingDirectory, root: workspace.root,
                                    folders: workspace.configuration.roadmap, configurationPath: nil)
        let diagram = try RoadmapDiagram(roadmap, include: filter.includes(path:), focus: request.focus)
        let omitted = diagram.omitted
        let note = omitted.isEmpty ? nil
            : "\(omitted.count) file\(omitted.count == 1 ? " is" : "s are") not drawn (no readable id or kind, or a duplicated id): "
              + omitted.prefix(5).map(TextSanitizer.escapeControlCharacters).joined(separator: ", ")
              + (omitted.count > 5 ? " and \(omitted.count - 5) more" : "") + "; run rmlint lint to see why"
        switch request.format {
        case .json: return (DiagramJSON.render(diagram), note)
        case .dot: return (DOTDiagram.render(diagram), note)
        case .mermaid:
            let text = MermaidDiagram.render(diagram)
            return (request.file?.hasSuffix(".md") == true ? "```mermaid\n" + text + "```\n" : text, note)
        }
    }
}
