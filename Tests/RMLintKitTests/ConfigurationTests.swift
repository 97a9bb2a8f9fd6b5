import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

struct ConfigurationTests {
    private func load(_ text: String) throws(ConfigurationError) -> Configuration {
        try ConfigurationLoader.standard.load(Array(text.utf8), path: ".rmlint.yml")
    }

    private func error(_ text: String) -> ConfigurationError? {
        do {
            _ = try load(text)
            return nil
        } catch { return error }
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
        let configuration = try load(
            """
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
        #expect(configuration.rules["smart-specific"]?.level == .severity(.error))
        #expect(configuration.rules["smart-specific"]?.options == ["min-words": 20])
        #expect(configuration.rules["overdue"]?.level == .off)
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
        (
            "capacity:\n  total: {2026-12: 5, 2026-Q4: 40}\n", 2,
            "'2026-12' is a month, but capacity is counted per quarter"
        ),
        (
            "capacity:\n  period: month\n  total:\n    2027-01: 5\n    2027-Q1: 40\n", 5,
            "'2027-Q1' is a quarter, but capacity is counted per month"
        ),
        ("capacity:\n  total: {2027-01: 5}\n  period: quarter\n", 2, "is a month"),
        ("capacity:\n  split:\n    product: [90, 95]\n    engineering: [20, 40]\n", 2, "minimums add up to 110%"),
        ("capacity:\n  split:\n    product: [10, 50]\n    engineering: [10, 40]\n", 2, "maximums add up to 90%"),
        ("capacity:\n  total: {2027-Q1: \"40\"}\n", 2, "found \"40\" (a string)"),
        ("capacity:\n  total: {2027-Q1: -4}\n", 2, "0 or more; found -4 (an integer)"),
    ])
    func invalidConfigurationNamesLineAndKey(_ text: String, _ line: Int, _ fragment: String) throws {
        let found = try #require(error(text))
        #expect(found.location.line == line)
        #expect(found.message.contains(fragment), "\(found.message)")
        #expect(found.description.hasPrefix(".rmlint.yml:\(line):"))
    }
}

/// A configuration followed as it is edited keeps the last valid one in force.
struct ConfigurationStateTests {
    @Test func anInvalidEditKeepsTheLastValidConfiguration() {
        var state = ConfigurationState(loader: .standard, bytes: Array("roadmap: [plans]\n".utf8))
        #expect(state.current.roadmap == ["plans"] && state.error == nil)
        state.update(Array("roadmap: [plans\n".utf8))
        #expect(state.current.roadmap == ["plans"])
        #expect(
            state.error?.location.line == 1 && state.error?.message.contains("invalid YAML") == true,
            "\(String(describing: state.error))")
        state.update(Array("roadmap: [roadmap]\nrules: {overdue: off}\n".utf8))
        #expect(
            state.current.roadmap == ["roadmap"] && state.current.rules["overdue"]?.isOff == true && state.error == nil)
        state.update(nil)
        #expect(state.current.path == nil && state.current.rules.isEmpty && state.error == nil, "no file: the defaults")
    }
}
