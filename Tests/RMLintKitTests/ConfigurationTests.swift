import Testing
@testable import RMLintKit

struct ConfigurationTests {
    private func load(_ text: String) throws(ConfigurationError) -> Configuration {
        try ConfigurationLoader(rules: RuleRegistry.options).load(Array(text.utf8), path: ".rmlint.yml")
    }

    private func error(_ text: String) -> ConfigurationError? {
        do { _ = try load(text); return nil } catch { return error }
    }

    @Test func defaultsWhenKeysAreAbsent() throws {
        let configuration = try load("# nothing\n")
        #expect(configuration.roadmap == ["roadmap"])
        #expect(configuration.capacity.unit == "team-weeks")
        #expect(configuration.capacity.period == .quarter)
        #expect(configuration.capacity.split.isEmpty)
        #expect(configuration.review == nil)
    }

    @Test func fullConfiguration() throws {
        let configuration = try load("""
        roadmap: [plans, roadmap]
        capacity:
          unit: sprints
          period: month
          split: {product: [60, 80], engineering: [20, 40], research: [0, 10]}
          total: {2026-01: 12}
        review: {last: 2026-10-01, cadence: monthly}
        rules:
          smart-specific: {severity: error, min-words: 20}
          overdue: off
        exclude: ["roadmap/archive/**"]
        strict-fields: true
        """)
        #expect(configuration.roadmap == ["plans", "roadmap"])
        #expect(configuration.tracks == ["product", "engineering", "research"])
        #expect(configuration.capacity.total[.month(year: 2026, month: 1)]?.value == 12)
        #expect(configuration.review?.cadence == .monthly)
        #expect(configuration.rules["overdue"]?.isOff == true)
        #expect(configuration.rules["smart-specific"]?.severity == .some(.error))
        #expect(configuration.strictFields)
    }

    @Test(arguments: [
        ("roadmap: [a\n", 1, "invalid YAML"),
        ("roadmap: [roadmap]\nfolders: [x]\n", 2, "unknown key 'folders'"),
        ("rules:\n  overdu: off\n", 2, "unknown rule 'overdu'"),
        ("rules:\n  overdue: fatal\n", 2, "must be error, warning or off"),
        ("rules:\n  overdue: {severity: warning, days: 3}\n", 2, "unknown option 'days'"),
        ("rules:\n  smart-specific: {min-words: many}\n", 2, "whole number"),
        ("roadmap: [../elsewhere]\n", 1, "outside the repository"),
        ("roadmap: /abs/roadmap\n", 1, "absolute"),
        ("capacity:\n  split: {product: [80, 60]}\n", 2, "min ≤ max"),
        ("capacity:\n  period: week\n", 2, "quarter or month"),
        ("review: {last: 2026-02-30}\n", 1, "calendar date"),
        ("strict-fields: yes\n", 1, "true or false"),
    ])
    func invalidConfigurationNamesLineAndKey(_ text: String, _ line: Int, _ fragment: String) throws {
        let found = try #require(error(text))
        #expect(found.location.line == line)
        #expect(found.message.contains(fragment), "\(found.message)")
        #expect(found.description.hasPrefix(".rmlint.yml:\(line):"))
    }
}
