/// A YAML value read with the 1.2 core schema, every node carrying its position in the file.
package struct YAMLNode: Sendable {
    package enum Value: Sendable {
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        case string(String)
        case sequence([YAMLNode])
        case mapping([YAMLEntry])
    }

    package var value: Value
    package var location: SourceLocation
    /// The scalar as written (for numbers: the exact digits, so sums stay exact).
    package var text: String

    package init(_ value: Value, at location: SourceLocation, text: String = "") {
        self.value = value
        self.location = location
        self.text = text
    }

    package var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    package var entries: [YAMLEntry]? {
        if case .mapping(let entries) = value { return entries }
        return nil
    }

    package var elements: [YAMLNode]? {
        if case .sequence(let elements) = value { return elements }
        return nil
    }

    package var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    package var isNumber: Bool {
        switch value {
        case .int, .float: return true
        default: return false
        }
    }

    /// The entry for `key` in a mapping.
    package func entry(_ key: String) -> YAMLEntry? {
        entries?.first { $0.key == key }
    }

    /// A short name of the value's type for messages: "a string", "a list", ….
    package var typeName: String {
        switch value {
        case .null: return "empty"
        case .bool: return "a boolean"
        case .int: return "an integer"
        case .float: return "a number"
        case .string: return "a string"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

/// One `key: value` pair of a mapping. Keys are strings (YAML 1.2 core schema).
package struct YAMLEntry: Sendable {
    package var key: String
    package var keyLocation: SourceLocation
    package var value: YAMLNode

    package init(key: String, keyLocation: SourceLocation, value: YAMLNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}
