import RMLintCore

/// Every rule, in the documented order. Adding a rule is adding its file and one line here.
package enum RuleRegistry {
    package static let rules: [any Rule.Type] = [
        ParseErrorRule.self,
        SchemaRule.self,
        DuplicateIDRule.self,
        IDMintedTwiceRule.self,
        DanglingLinkRule.self,
        ArchivedMilestoneLinkRule.self,
        SingleOwnerRule.self,
        SmartSpecificRule.self,
        SmartMeasurableRule.self,
        SmartAchievableRule.self,
        SmartRelevantRule.self,
        SmartTimeBoundRule.self,
        BacklogThemeLinkRule.self,
        CapacitySplitRule.self,
        CapacityTotalRule.self,
        DependencyCycleRule.self,
        DependencyOrderRule.self,
        DoneDependsOnOpenRule.self,
        AcceptanceCriteriaStatusRule.self,
        BacklogHiddenRule.self,
        LaterWithoutDatesRule.self,
        OverdueRule.self,
        DeliveredDateRule.self,
        ReviewOverdueRule.self,
        ReplanWithoutReasonRule.self,
        CommittedDeletedRule.self,
        DroppedWithoutReasonRule.self,
        UncommittedWithoutReasonRule.self,
        ScopeCutWithoutReasonRule.self,
    ]

    package static let descriptions: [RuleDescription] = rules.map { $0.description }

    package static let ids: Set<String> = Set(descriptions.map(\.id))

    /// The ids an item's `rmlint-disable` may name.
    package static let itemRuleIDs: Set<String> = Set(descriptions.filter(\.canBeDisabledPerItem).map(\.id))

    package static func description(of id: String) -> RuleDescription? {
        descriptions.first { $0.id == id }
    }

    /// Rule ids with the options each accepts, for the configuration loader.
    package static var options: [String: [RuleOption]] {
        Dictionary(uniqueKeysWithValues: descriptions.map { ($0.id, $0.options) })
    }
}
