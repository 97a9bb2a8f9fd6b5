import RMLintCore

/// What the core types need to know about the rules that exist, taken from ``RuleRegistry``.
extension ConfigurationLoader {
    /// The loader that knows every registered rule and its options: the one that reads every
    /// `.rmlint.yml` (working tree, index, commits, history, `init`).
    package static let standard = ConfigurationLoader(rules: RuleRegistry.options)
}

extension ItemDecoder.Settings {
    /// The settings a configuration implies, with every registered rule.
    package init(_ configuration: Configuration = Configuration()) {
        self.init(configuration, ruleIDs: RuleRegistry.ids, itemRuleIDs: RuleRegistry.itemRuleIDs)
    }
}

extension ItemDecoder {
    /// A decoder with the default configuration's settings and every registered rule.
    package init() { self.init(settings: Settings()) }
}

extension RoadmapLoader {
    /// A loader decoding with `configuration`'s settings and every registered rule.
    package init(configuration: Configuration) {
        self.init(configuration: configuration, settings: ItemDecoder.Settings(configuration))
    }
}
