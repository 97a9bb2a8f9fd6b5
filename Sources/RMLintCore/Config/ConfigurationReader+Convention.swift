extension ConfigurationReader {
    /// `convention: {fields, values, kinds}`, each checked where it is written.
    func readConvention(_ node: YAMLNode) throws(ConfigurationError) -> Convention {
        if let name = node.string {
            guard name.lowercased() == "backlog.md" else {
                throw ConfigurationError(
                    path: path, location: node.location,
                    message:
                        "there is no built-in convention '\(name)'; the built-in one is 'backlog.md', or map the team's words with convention: {fields, values, kinds}"
                )
            }
            return Convention.backlogMD(BacklogLayout())
        }
        guard let entries = node.entries else {
            throw error("'convention' must be a mapping {fields, values, kinds}", node.location)
        }
        var convention = Convention()
        for entry in entries {
            switch entry.key {
            case "fields": convention.fields = try readFields(entry.value)
            case "values": convention.values = try readValues(entry.value)
            case "kinds": convention.kinds = try readKinds(entry.value)
            case "lists": convention.lists = try readLists(entry.value)
            default:
                throw error(
                    "unknown key 'convention.\(entry.key)'; a convention has fields, values, kinds and lists",
                    entry.keyLocation)
            }
        }
        return convention
    }

    private func error(_ message: String, _ location: SourceLocation) -> ConfigurationError {
        ConfigurationError(path: path, location: location, message: message)
    }

    private func readFields(_ node: YAMLNode) throws(ConfigurationError) -> [String: String] {
        guard let entries = node.entries else {
            throw error(
                "'convention.fields' must map rmlint's field names to the team's, such as {owner: assignee}",
                node.location)
        }
        var fields: [String: String] = [:]
        var claimed: [String: String] = [:]
        for entry in entries {
            guard Convention.knownFields.contains(entry.key) else {
                let meant = NearestName.suggestion(for: entry.key, among: Convention.knownFields)
                throw error(
                    "'\(entry.key)' is not a field rmlint reads"
                        + (meant.map { "; did you mean '\($0)'?" } ?? "")
                        + " convention.fields maps rmlint's names (\(Convention.knownFields.sorted().joined(separator: ", "))) to the team's",
                    entry.keyLocation)
            }
            guard let team = entry.value.string, !team.isEmpty else {
                throw error("the team's name for '\(entry.key)' must be a key such as assignee", entry.value.location)
            }
            if let other = claimed[team] {
                throw error(
                    "'\(team)' is mapped from both '\(other)' and '\(entry.key)'; one key can hold one field",
                    entry.value.location)
            }
            if team != entry.key, Convention.knownFields.contains(team), entries.allSatisfy({ $0.key != team }) {
                throw error(
                    "'\(team)' is rmlint's own name for another field; map '\(team)' too, or choose another key",
                    entry.value.location)
            }
            claimed[team] = entry.key
            fields[entry.key] = team
        }
        return fields
    }

    private func readValues(_ node: YAMLNode) throws(ConfigurationError) -> [String: [String?: [String: String]]] {
        guard let entries = node.entries else {
            throw error("'convention.values' must map fields to {team value: rmlint value}", node.location)
        }
        var values: [String: [String?: [String: String]]] = [:]
        for entry in entries {
            let allowed: Set<String>
            switch entry.key {
            case "status": allowed = Set(ItemKind.allCases.flatMap(\.statuses).map(\.rawValue))
            case "horizon": allowed = Set(Horizon.allCases.map(\.rawValue))
            case "kind": allowed = Set(ItemKind.allCases.map(\.rawValue))
            case "track": allowed = []
            default:
                throw error(
                    "convention.values maps the values of status, horizon, kind and track; '\(entry.key)' has no fixed values",
                    entry.keyLocation)
            }
            guard let mapping = entry.value.entries else {
                throw error(
                    "'convention.values.\(entry.key)' must map the team's values to rmlint's", entry.value.location)
            }
            // Per kind ({milestone: {Doing: in-progress}}), or for every kind.
            let perKind =
                !mapping.isEmpty && mapping.allSatisfy { ItemKind(rawValue: $0.key) != nil && $0.value.entries != nil }
            var byKind: [String?: [String: String]] = [:]
            for group in perKind ? mapping : [YAMLEntry(key: "", keyLocation: entry.keyLocation, value: entry.value)] {
                let kind = perKind ? ItemKind(rawValue: group.key) : nil
                var map: [String: String] = [:]
                for pair in group.value.entries ?? [] {
                    guard let value = pair.value.string else {
                        throw error("the rmlint value for '\(pair.key)' must be a string", pair.value.location)
                    }
                    let valid =
                        kind.map { kind in entry.key == "status" ? Set(kind.statuses.map(\.rawValue)) : allowed }
                        ?? allowed
                    guard allowed.isEmpty || valid.contains(value) else {
                        throw error(
                            "'\(value)' is not a valid \(entry.key)\(kind.map { " for a \($0.rawValue)" } ?? ""); use one of \(valid.sorted().joined(separator: ", "))",
                            pair.value.location)
                    }
                    map[pair.key] = value
                }
                byKind[kind?.rawValue] = map
            }
            values[entry.key] = byKind
        }
        return values
    }

    private func readLists(_ node: YAMLNode) throws(ConfigurationError) -> Set<String> {
        let fields = Convention.listFields.sorted().joined(separator: ", ")
        guard let elements = node.elements else {
            throw error("'convention.lists' must list the fields written as 'a, b' (of \(fields))", node.location)
        }
        var lists: Set<String> = []
        for element in elements {
            guard let field = element.string, Convention.listFields.contains(field) else {
                throw error("'\(element.text)' is not a list field; convention.lists takes \(fields)", element.location)
            }
            lists.insert(field)
        }
        return lists
    }

    private func readKinds(_ node: YAMLNode) throws(ConfigurationError) -> [Convention.KindRule] {
        guard let entries = node.entries else {
            throw error(
                "'convention.kinds' must map path globs to kinds, such as {\"plans/**\": milestone}", node.location)
        }
        return try entries.map { entry throws(ConfigurationError) in
            guard let text = entry.value.string, let kind = ItemKind(rawValue: text) else {
                throw error(
                    "the kind for '\(entry.key)' must be one of \(ItemKind.allCases.map(\.rawValue).joined(separator: ", "))",
                    entry.value.location)
            }
            return Convention.KindRule(glob: entry.key, kind: kind)
        }
    }
}
