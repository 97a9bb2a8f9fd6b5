import RMLintCore

/// A rule that judges one item by itself, with the configuration and today but not the other items
/// (``RuleScope/item``). Its findings for an item change only when that item does, so the engine
/// can keep them for items that did not change (see ``LintEngine``'s item findings memo).
package protocol ItemRule: Rule {
    /// The findings about `item`.
    func check(_ item: RoadmapItem, in context: ItemContext) -> [Finding]
}

extension ItemRule {
    package var asItemRule: (any ItemRule)? { self }

    /// Every item's findings, in item order.
    package func check(_ context: LintContext) -> [Finding] {
        let itemContext = ItemContext(configuration: context.configuration, today: context.today)
        return context.graph.items.flatMap { check($0, in: itemContext) }
    }
}

/// What an ``ItemRule`` may look at besides the item: the configuration and today.
package struct ItemContext: Sendable {
    package let configuration: Configuration
    package let today: CalendarDate

    package init(configuration: Configuration, today: CalendarDate) {
        self.configuration = configuration
        self.today = today
    }

    /// The configured value of a rule's option, or its default.
    package func value(of option: RuleOption, for rule: any Rule.Type) -> Int {
        configuration.rules[rule.description.id]?.options[option.name] ?? option.defaultValue
    }
}
