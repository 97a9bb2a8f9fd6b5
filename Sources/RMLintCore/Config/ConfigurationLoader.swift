import Foundation

/// Reads `.rmlint.yml` strictly: unknown keys, unknown rule ids and bad values are errors.
package struct ConfigurationLoader: Sendable {
    /// The rules that exist, with the options each accepts.
    package var rules: [String: [RuleOption]]

    package init(rules: [String: [RuleOption]]) { self.rules = rules }

    /// A `.rmlint.yml` as a state a caller can hold: loaded (the defaults when there is no file,
    /// `bytes == nil`), or invalid with the error to report. Each caller chooses what an invalid one
    /// means for it (a usage error for lint, "keep the folders" for one commit of history).
    package func read(_ bytes: [UInt8]?, path: String = ".rmlint.yml") -> Result<Configuration, ConfigurationError> {
        guard let bytes else { return .success(Configuration()) }
        return Result { () throws(ConfigurationError) in try load(bytes, path: path) }
    }

    package func load(_ bytes: [UInt8], path: String) throws(ConfigurationError) -> Configuration {
        var configuration = Configuration()
        configuration.path = path
        func fail(_ message: String, _ location: SourceLocation) -> ConfigurationError {
            ConfigurationError(path: path, location: location, message: message)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw fail("the configuration is not valid UTF-8", .start)
        }
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let root: YAMLNode?
        do {
            root = try YAMLReader.read(body.replacingOccurrences(of: "\r\n", with: "\n"))
        } catch {
            throw fail(error.message, error.location)
        }
        guard let root else { return configuration }
        guard let entries = root.entries else {
            throw fail(
                "the configuration must be a mapping of keys (roadmap, capacity, review, rules, exclude, strict-fields), not \(root.typeName)",
                root.location)
        }
        var reader = ConfigurationReader(path: path, rules: rules)
        for entry in entries {
            try reader.read(entry, into: &configuration)
        }
        // Backlog.md's folder is the roadmap unless `roadmap:` says otherwise.
        if let backlog = configuration.convention?.backlog, configuration.roadmapLocations.isEmpty {
            configuration.roadmap = [backlog.root]
        }
        return configuration
    }
}
