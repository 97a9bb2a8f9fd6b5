import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// The history cache key follows the decoding settings value: any setting that changes makes a new
/// key (old caches are not reused), equal settings always give the same key.
struct HistoryCacheKeyTests {
    @Test func everySettingChangesTheKey() {
        let base = ItemDecoder.Settings()
        var variants: [ItemDecoder.Settings] = []
        var strict = base
        strict.strictFields = true
        variants.append(strict)
        var tracks = base
        tracks.tracks.append("platform")
        variants.append(tracks)
        var unit = base
        unit.unit = "points"
        variants.append(unit)
        var month = base
        month.granularity = .month
        variants.append(month)
        var rules = base
        rules.ruleIDs.remove("overdue")
        variants.append(rules)
        var itemRules = base
        itemRules.itemRuleIDs.remove("overdue")
        variants.append(itemRules)
        var convention = base
        convention.convention = Convention()
        convention.convention?.fields["owner"] = "assignee"
        variants.append(convention)
        // Every stored property of the settings is varied above: a new one must be added here too.
        #expect(Mirror(reflecting: base).children.count == variants.count)
        let keys = Set(([base] + variants).map(HistoryCache.key(settings:)))
        #expect(keys.count == variants.count + 1)
    }

    @Test func equalSettingsGiveOneKeyWhateverTheSetOrder() {
        let ids = Array(RuleRegistry.ids)
        let one = ItemDecoder.Settings(ruleIDs: Set(ids), itemRuleIDs: RuleRegistry.itemRuleIDs)
        let other = ItemDecoder.Settings(ruleIDs: Set(ids.reversed()), itemRuleIDs: RuleRegistry.itemRuleIDs)
        #expect(HistoryCache.key(settings: one) == HistoryCache.key(settings: other))
        #expect(HistoryCache.key(settings: one).contains("overdue"))
    }
}
