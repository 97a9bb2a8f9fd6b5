import Foundation

extension BacklogLayout {
    /// The configuration files Backlog.md reads in its folder, in its order.
    package static let configurationNames = ["config.yml", "config.yaml"]

    /// The Backlog.md folder (`backlog` or `.backlog`) in the working tree at `root`: one with a
    /// `config.yml` or a `tasks/` folder; `nil` when there is none.
    package static func folder(onDiskAt root: String) -> String? {
        roots.first { folder in
            (configurationNames + ["tasks"]).contains {
                FileManager.default.fileExists(atPath: "\(root)/\(folder)/\($0)")
            }
        }
    }

    /// The layout of the Backlog.md folder in `source`: `backlog/` or `.backlog/` (the first that
    /// has a `config.yml`, else the first that exists), with what its `config.yml` says.
    package static func find(in source: some RoadmapSource) throws -> BacklogLayout {
        for root in roots {
            for name in configurationNames {
                let path = root + "/" + name
                guard let bytes = try source.file(at: path) else { continue }
                return try read(bytes, path: path, root: root)
            }
        }
        for root in roots where try source.markdownFiles(under: root) != nil {
            return BacklogLayout(root: root)
        }
        return BacklogLayout()
    }

    /// `config.yml`'s `task_prefix`, `statuses` and `default_status`; other keys are Backlog.md's own.
    static func read(_ bytes: [UInt8], path: String, root: String) throws(ConfigurationError) -> BacklogLayout {
        func fail(_ message: String, _ location: SourceLocation) -> ConfigurationError {
            ConfigurationError(path: path, location: location, message: message)
        }
        var layout = BacklogLayout(root: root, configurationPath: path)
        let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        let node: YAMLNode?
        do {
            node = try YAMLReader.read(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        } catch {
            // Backlog.md reads its file line by line, not as YAML: so does rmlint when YAML fails.
            return try lines(text, layout: layout, fail: fail)
        }
        guard let node else { return layout }
        guard let entries = node.entries else {
            throw fail("Backlog.md's configuration must be a mapping of 'key: value' lines", node.location)
        }
        for entry in entries {
            switch entry.key {
            case "task_prefix":
                guard let prefix = entry.value.string, !prefix.isEmpty,
                    prefix.allSatisfy({ $0.isASCII && $0.isLetter })
                else {
                    throw fail("'task_prefix' must be letters only, such as task or back", entry.value.location)
                }
                layout.prefix = prefix.lowercased()
            case "statuses":
                guard let elements = entry.value.elements, !elements.isEmpty else {
                    throw fail(
                        "'statuses' must be a list of statuses, such as [To Do, In Progress, Done]",
                        entry.value.location)
                }
                layout.statuses = try elements.map { element throws(ConfigurationError) in
                    guard let status = element.string ?? (element.isNumber ? element.text : nil), !status.isEmpty
                    else { throw fail("a status must be text, such as In Progress", element.location) }
                    return status
                }
            case "default_status":
                layout.defaultStatus = entry.value.string
            default:
                continue
            }
        }
        return layout
    }
}

extension BacklogLayout {
    /// `key: value` lines, as Backlog.md's own parser reads them: `statuses: [a, b]` a flow list,
    /// values with or without quotes.
    private static func lines(
        _ text: String, layout: BacklogLayout, fail: (String, SourceLocation) -> ConfigurationError
    ) throws(ConfigurationError) -> BacklogLayout {
        var layout = layout
        func unquoted(_ value: Substring) -> String {
            var text = value.trimmingCharacters(in: .whitespaces)
            if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
                text = String(text.dropFirst().dropLast())
            }
            return text
        }
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...]
            let location = SourceLocation(line: number + 1, column: key.count + 3)
            switch key {
            case "task_prefix":
                let prefix = unquoted(value)
                guard !prefix.isEmpty, prefix.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                    throw fail("'task_prefix' must be letters only, such as task or back", location)
                }
                layout.prefix = prefix.lowercased()
            case "statuses":
                let list = value.trimmingCharacters(in: .whitespaces)
                guard list.hasPrefix("["), list.hasSuffix("]") else { continue }
                let statuses = list.dropFirst().dropLast().split(separator: ",").map(unquoted).filter { !$0.isEmpty }
                if !statuses.isEmpty { layout.statuses = statuses }
            case "default_status":
                layout.defaultStatus = unquoted(value)
            default:
                continue
            }
        }
        return layout
    }
}

extension Configuration {
    /// The configuration with what its convention reads from the roadmap's own files: for
    /// `backlog.md`, the folder and its `config.yml` in `source` (the same revision).
    package func completed(from source: some RoadmapSource) throws -> Configuration {
        guard let convention, convention.backlog != nil else { return self }
        var completed = self
        let layout = try BacklogLayout.find(in: source)
        var backlog = Convention.backlogMD(layout)
        backlog.name = convention.name
        completed.convention = backlog
        if roadmapLocations.isEmpty { completed.roadmap = [layout.root] }
        return completed
    }
}
