import RMLintCore

/// What a rule looks at, which decides when it must run again and whether it can be turned off for one item.
package enum RuleScope: String, Sendable, CaseIterable {
    /// One item by itself (with the configuration and today): its findings change only when that
    /// item does, so an edit re-checks only the edited item. The rule is an ``ItemRule``.
    case item
    /// An item among the others: links, ids, dependencies, the base revision. Runs over the whole graph.
    case graph
    /// A period, the configuration, or a file as such (not about one item's content): it cannot be
    /// turned off with an item's `rmlint-disable`, only in `.rmlint.yml`.
    case roadmap
}

/// Everything `rmlint rules` and `rmlint explain` print about a rule, and the examples its tests run.
package struct RuleDescription: Sendable {
    /// Kebab-case id, e.g. `single-owner`.
    package var id: String
    package var severity: Severity
    package var scope: RuleScope
    /// A change rule: it compares the roadmap with a base revision and is silent without one.
    package var requiresBase: Bool
    /// One line: when the rule fires.
    package var summary: String
    /// Why teams want it.
    package var rationale: String
    package var options: [RuleOption]
    /// Roadmaps on which the rule must fire, exactly at the `↓` markers.
    package var triggeringExamples: [RuleExample]
    /// Roadmaps on which the rule must stay silent.
    package var nonTriggeringExamples: [RuleExample]

    package init(
        id: String, severity: Severity, scope: RuleScope, requiresBase: Bool = false, summary: String,
        rationale: String,
        options: [RuleOption] = [], triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample]
    ) {
        self.id = id
        self.severity = severity
        self.scope = scope
        self.requiresBase = requiresBase
        self.summary = summary
        self.rationale = rationale
        self.options = options
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}

extension RuleDescription {
    /// Whether an item's `rmlint-disable` may name it.
    package var canBeDisabledPerItem: Bool { scope != .roadmap }
}
