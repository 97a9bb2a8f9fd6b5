import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// The repository root, the configuration and the source a roadmap is read from, at one revision.
package struct Workspace: Sendable {
    package var root: String
    package var revision: RoadmapRevision
    package var configuration: Configuration
    package var source: any RoadmapSource

    /// Finds the root, picks the source for the revision and loads the configuration from it
    /// (or from `configurationFile` when one is given).
    package static func open(at directory: String, revision: RoadmapRevision, configurationFile: String? = nil) throws
        -> Workspace
    {
        let source: any RoadmapSource
        let root: String
        switch revision {
        case .workingTree:
            root = RepositoryLocator.root(from: directory)
            source = WorkingTreeSource(root: root)
        case .index:
            let index = try GitIndexSource.open(at: directory)
            source = index
            root = index.workTreeRoot
        case .nothing:
            root = RepositoryLocator.root(from: directory)
            source = MemorySource(files: [:])
        case .commit(let expression):
            let repository = try GitRepository.open(at: directory, purpose: "reading revision '\(expression)'")
            let commit = try repository.resolvedCommit(expression)
            source = GitTreeSource(repository: repository, commit: commit)
            root = repository.workTree.map(RepositoryLocator.canonical) ?? RepositoryLocator.canonical(directory)
        }
        let configuration = try loadConfiguration(configurationFile, directory: directory, root: root, source: source)
        return Workspace(root: root, revision: revision, configuration: configuration, source: source)
    }

    /// The workspace a lint request names.
    package static func open(_ request: LintRequest) throws -> Workspace {
        try open(at: request.workingDirectory, revision: request.revision, configurationFile: request.configurationFile)
    }

    private static func loadConfiguration(
        _ explicit: String?, directory: String, root: String,
        source: any RoadmapSource
    ) throws -> Configuration {
        let loader = ConfigurationLoader.standard
        if let explicit {
            let absolute = explicit.hasPrefix("/") ? explicit : directory + "/" + explicit
            guard let bytes = FileManager.default.contents(atPath: absolute) else {
                throw UsageError("configuration file \(explicit) does not exist or cannot be read")
            }
            let display = RepositoryLocator.relative(RepositoryLocator.canonical(absolute), to: root) ?? explicit
            return try loader.load(Array(bytes), path: display).completed(from: source)
        }
        let staged = try source.file(at: ".rmlint.yml")
        switch loader.read(staged) {
        case .success(let configuration):
            return try configuration.completed(from: source)
        case .failure(let error):
            guard Self.differsOnDisk(staged, ".rmlint.yml", root: root, source) else { throw error }
            throw ConfigurationError(
                path: error.path, location: error.location,
                message: "in the staged \(error.path) (lines as staged; the file on disk differs): \(error.message)")
        }
    }

    /// Whether `bytes`, read from the index, differ from the file at `path` on disk (only the
    /// index source can differ: the working tree is the disk).
    static func differsOnDisk(_ bytes: [UInt8]?, _ path: String, root: String, _ source: any RoadmapSource) -> Bool {
        guard source is GitIndexSource else { return false }
        let disk = FileManager.default.contents(atPath: root + "/" + path).map(Array.init)
        return disk != bytes
    }

    /// Diagnostics about files whose staged copy (what `--staged` read) differs from the file on
    /// disk say so, since the user's editor shows the other copy and its lines.
    package func markStaged(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard source is GitIndexSource else { return diagnostics }
        var differs: [String: Bool] = [:]
        for path in Set(diagnostics.map(\.path)) {
            let staged = (try? source.file(at: path)) ?? nil
            differs[path] = Self.differsOnDisk(staged, path, root: root, source)
        }
        return diagnostics.map { diagnostic in
            guard differs[diagnostic.path] == true else { return diagnostic }
            var marked = diagnostic
            marked.message += " (in the staged copy of this file, which differs from the one on disk; lines as staged)"
            return marked
        }
    }

    /// Reads the roadmap; a configured folder that does not exist, or no items at all, is a usage
    /// error (no items is not, `allowingNoItems`: a hook in a repository that has no roadmap yet).
    package func loadRoadmap(memo: DecodedBlobs? = nil, allowingNoItems: Bool = false) throws -> Roadmap {
        let roadmap = try RoadmapLoader(configuration: configuration).load(from: source, revision: revision, memo: memo)
        if let problem = problem(in: roadmap), !(allowingNoItems && roadmap.itemCount == 0 && problem is UsageError) {
            throw problem
        }
        return roadmap
    }

    /// Why `roadmap` cannot be linted as it stands — a configured folder that does not exist
    /// (a ``ConfigurationError`` at `roadmap:`), or no items at all (a ``UsageError`` saying where
    /// rmlint looked) — or `nil`. A command turns it into exit 2; a session can hold it and show it.
    package func problem(in roadmap: Roadmap) -> (any Error)? {
        let configured = configuration.path != nil && !configuration.roadmapLocations.isEmpty
        if configured, let folder = roadmap.missingFolders.first,
            let index = configuration.roadmap.firstIndex(of: folder)
        {
            let place = revision == .workingTree ? "" : " in \(revision)"
            return ConfigurationError(
                path: configuration.path ?? ".rmlint.yml", location: configuration.roadmapLocations[index],
                message: "roadmap folder '\(folder)' does not exist\(place); create it or fix 'roadmap:'")
        }
        guard roadmap.itemCount == 0 else { return nil }
        let folders = configuration.roadmap.map { "'\($0)/'" }.joined(separator: ", ")
        switch revision {
        case .workingTree:
            if configuration.convention == nil, let folder = BacklogLayout.folder(onDiskAt: root) {
                return UsageError(
                    "no roadmap items found in \(folders) under \(root), but \(folder)/ is a Backlog.md folder: add 'convention: backlog.md' to .rmlint.yml (rmlint init --detect writes it)"
                )
            }
            return UsageError(
                "no roadmap items found in \(folders) under \(root); add Markdown files with front-matter there, or set 'roadmap:' in .rmlint.yml to the folders that hold them (rmlint init writes an example)"
            )
        case .index:
            return UsageError(
                "no roadmap items in the index under \(folders); stage them with 'git add', or set 'roadmap:' in .rmlint.yml to the folders that hold them"
            )
        case .commit(let expression):
            return UsageError("no roadmap items in \(folders) at '\(expression)'")
        case .nothing:
            return UsageError("no roadmap items: there is no commit to read them from")
        }
    }
}
