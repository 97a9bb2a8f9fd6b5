import Foundation
import RMLintCore

/// Top-level folders of a repository holding Markdown files with a front-matter that has no
/// `id` or no `kind`: each file's top-level keys and their values.
enum ForeignFolder {
    /// One file's front-matter: each key with its value as text (lists as their elements), and
    /// whether the value is a list.
    struct File {
        var path: String
        var values: [String: [String]]
        var lists: Set<String>
    }

    /// Folders never proposed: rmlint's own, Backlog.md's, tooling.
    static let skipped: Set<String> = ["roadmap", "backlog", ".backlog", "node_modules", "vendor", "target", "build"]

    /// The folder with the most such files (at least 5), with its files: plans, so most of them
    /// write a `status` (a site's pages with `title` and `date` are not a roadmap).
    static func largest(under root: String) -> (String, [File])? {
        let fileManager = FileManager.default
        let folders = ((try? fileManager.contentsOfDirectory(atPath: root)) ?? []).filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".") && !skipped.contains(name)
                && fileManager.fileExists(atPath: root + "/" + name, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        var best: (String, [File])?
        for folder in folders.sorted() {
            let files = read(folder, under: root)
            let planned = files.count { $0.values["status"] != nil }
            if files.count >= 5, planned * 2 >= files.count, files.count > best?.1.count ?? 0 { best = (folder, files) }
        }
        return best
    }

    private static func read(_ folder: String, under root: String) -> [File] {
        guard let walker = FileManager.default.enumerator(atPath: root + "/" + folder) else { return [] }
        var files: [File] = []
        var seen = 0
        while let relative = walker.nextObject() as? String, seen < 20_000 {
            guard relative.hasSuffix(".md") else { continue }
            seen += 1
            let path = folder + "/" + relative
            guard let bytes = FileManager.default.contents(atPath: root + "/" + path),
                case .item(let node, _, _, _) = FrontMatterParser.parse(Array(bytes)), let entries = node.entries,
                !(entries.contains { $0.key == "id" } && entries.contains { $0.key == "kind" })
            else { continue }
            var file = File(path: path, values: [:], lists: [])
            for entry in entries {
                if let elements = entry.value.elements {
                    file.lists.insert(entry.key)
                    file.values[entry.key] = elements.map { $0.string ?? $0.text }
                } else {
                    file.values[entry.key] = [entry.value.string ?? entry.value.text]
                }
            }
            files.append(file)
        }
        return files
    }
}
