/// Everything `rmlint rules` and `rmlint explain` print about a rule, and the examples its tests run.
public struct RuleDescription: Sendable {
    /// Kebab-case id, e.g. `single-owner`.
    public var id: String
    public var severity: Severity
    /// One line: when the rule fires.
    public var summary: String
    /// Why teams want it.
    public var rationale: String
    public var options: [RuleOption]
    /// Roadmaps on which the rule must fire, exactly at the `↓` markers.
    public var triggeringExamples: [RuleExample]
    /// Roadmaps on which the rule must stay silent.
    public var nonTriggeringExamples: [RuleExample]

    public init(id: String, severity: Severity, summary: String, rationale: String, options: [RuleOption] = [],
                triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample]) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.rationale = rationale
        self.options = options
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}

/// An option a rule accepts under `rules: {id: {option: value}}`.
public struct RuleOption: Sendable {
    public var name: String
    public var summary: String
    public var defaultValue: Int

    public init(name: String, summary: String, defaultValue: Int) {
        self.name = name
        self.summary = summary
        self.defaultValue = defaultValue
    }

    /// Options are whole numbers of at least 1.
    func validate(_ node: YAMLNode, rule: String, path: String) throws(ConfigurationError) {
        guard case let .int(value) = node.value, value >= 1 else {
            throw ConfigurationError(path: path, location: node.location,
                                     message: "option '\(name)' of rule '\(rule)' must be a whole number of at least 1; found \(node.text.isEmpty ? node.typeName : "'\(node.text)'")")
        }
    }
}
