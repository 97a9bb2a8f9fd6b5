import Foundation

/// The repository root, the configuration and the source a lint reads from.
public struct Workspace: Sendable {
    public var root: String
    public var configuration: Configuration
    public var source: any RoadmapSource

    /// Finds the root, picks the source (working tree or index) and loads the configuration.
    public static func open(_ request: LintRequest) throws -> Workspace {
        let source: any RoadmapSource
        let root: String
        if request.staged {
            let index = try GitIndexSource.open(at: request.workingDirectory)
            source = index
            root = index.workTreeRoot
        } else {
            root = RepositoryLocator.root(from: request.workingDirectory)
            source = WorkingTreeSource(root: root)
        }
        let configuration = try loadConfiguration(request, root: root, source: source)
        return Workspace(root: root, configuration: configuration, source: source)
    }

    private static func loadConfiguration(_ request: LintRequest, root: String, source: any RoadmapSource) throws -> Configuration {
        let loader = ConfigurationLoader(rules: RuleRegistry.options)
        if let explicit = request.configurationFile {
            let absolute = explicit.hasPrefix("/") ? explicit : request.workingDirectory + "/" + explicit
            guard let bytes = FileManager.default.contents(atPath: absolute) else {
                throw UsageError("configuration file \(explicit) does not exist or cannot be read")
            }
            let display = RepositoryLocator.relative(RepositoryLocator.canonical(absolute), to: root) ?? explicit
            return try loader.load(Array(bytes), path: display)
        }
        guard let bytes = try source.file(at: ".rmlint.yml") else { return Configuration() }
        return try loader.load(bytes, path: ".rmlint.yml")
    }

    /// Reads the roadmap; a configured folder that does not exist, or no items at all, is a usage error.
    public func loadRoadmap() throws -> LoadedRoadmap {
        let roadmap = try RoadmapLoader(configuration: configuration).load(from: source)
        let configured = configuration.path != nil && !configuration.roadmapLocations.isEmpty
        if configured, let folder = roadmap.missingFolders.first,
           let index = configuration.roadmap.firstIndex(of: folder) {
            let location = configuration.roadmapLocations[index]
            throw UsageError("\(configuration.path ?? ".rmlint.yml"):\(location.line):\(location.column): error: roadmap folder '\(folder)' does not exist; create it or fix 'roadmap:'")
        }
        guard roadmap.itemCount > 0 else {
            let folders = configuration.roadmap.map { "'\($0)/'" }.joined(separator: ", ")
            throw UsageError("no roadmap items found in \(folders) under \(root); add Markdown files with front-matter there, or set 'roadmap:' in .rmlint.yml to the folders that hold them (rmlint init writes an example)")
        }
        return roadmap
    }
}
