/// An option a rule accepts under `rules: {id: {option: value}}`.
package struct RuleOption: Sendable {
    package var name: String
    package var summary: String
    package var defaultValue: Int

    package init(name: String, summary: String, defaultValue: Int) {
        self.name = name
        self.summary = summary
        self.defaultValue = defaultValue
    }

    /// The option's value: options are whole numbers of at least 1.
    package func validate(_ node: YAMLNode, rule: String, path: String) throws(ConfigurationError) -> Int {
        guard case .int(let value) = node.value, value >= 1 else {
            throw ConfigurationError(
                path: path, location: node.location,
                message:
                    "option '\(name)' of rule '\(rule)' must be a whole number of at least 1; found \(node.text.isEmpty ? node.typeName : "'\(node.text)'")"
            )
        }
        return value
    }
}
