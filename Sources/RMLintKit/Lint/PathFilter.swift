import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// PATH arguments: narrow which items' diagnostics are printed. Roadmap-wide diagnostics (those
/// in the configuration file) always pass. PATHs outside the roadmap folders or not `.md` are ignored.
struct PathFilter {
    private var files: Set<String> = []
    private var folders: [String] = []
    private let configurationPath: String?
    let isEmpty: Bool

    /// `deleted`: repository-relative roadmap files the change deleted; a PATH naming one is
    /// accepted although it no longer exists.
    init(
        paths: [String], workingDirectory: String, root: String, folders roadmapFolders: [String],
        configurationPath: String?, deleted: Set<String> = []
    ) throws {
        self.configurationPath = configurationPath
        isEmpty = paths.isEmpty
        for path in paths {
            let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
                if let relative = RepositoryLocator.relative(RepositoryLocator.canonical(absolute), to: root),
                    deleted.contains(relative)
                {
                    files.insert(relative)
                    continue
                }
                throw UsageError("path \(path) does not exist")
            }
            guard let relative = RepositoryLocator.relative(RepositoryLocator.canonical(absolute), to: root) else {
                continue
            }
            if isDirectory.boolValue {
                folders.append(relative.isEmpty ? "" : relative + "/")
            } else if relative.hasSuffix(".md"),
                roadmapFolders.contains(where: { $0.isEmpty || relative.hasPrefix($0 + "/") })
            {
                files.insert(relative)
            }
        }
    }

    func includes(path: String) -> Bool {
        isEmpty || files.contains(path) || folders.contains { path.hasPrefix($0) }
    }

    func includes(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.path == configurationPath || includes(path: diagnostic.path)
    }
}
