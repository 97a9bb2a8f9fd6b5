import Testing
@testable import RMLintKit

/// Every rule's own examples, as `rmlint explain` prints them, are its tests: triggering examples
/// must produce diagnostics of that rule exactly at the `↓` markers, the others none.
struct RuleExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: RuleDescription
        let example: RuleExample
        let index: Int
        var testDescription: String { "\(rule.id) #\(index)" }
    }

    static let triggering: [Case] = RuleRegistry.descriptions.flatMap { rule in
        rule.triggeringExamples.enumerated().map { Case(rule: rule, example: $1, index: $0) }
    }

    static let nonTriggering: [Case] = RuleRegistry.descriptions.flatMap { rule in
        rule.nonTriggeringExamples.enumerated().map { Case(rule: rule, example: $1, index: $0) }
    }

    @Test func everyRuleHasBothKindsOfExample() {
        #expect(RuleRegistry.descriptions.count == 18)
        for rule in RuleRegistry.descriptions {
            #expect(!rule.triggeringExamples.isEmpty, "\(rule.id) has no triggering example")
            #expect(!rule.nonTriggeringExamples.isEmpty, "\(rule.id) has no non-triggering example")
        }
    }

    @Test(arguments: triggering)
    func triggeringExampleFiresAtMarkers(_ testCase: Case) throws {
        var files: [String: String] = [:]
        var expected: [String] = []
        for file in testCase.example.files {
            let (text, positions) = stripMarkers(file.content)
            files[file.path] = text
            expected += positions.map { "\(file.path):\($0)" }
        }
        var configuration: String?
        if let text = testCase.example.configuration {
            let stripped = stripMarkers(text)
            configuration = stripped.text
            expected += stripped.positions.map { ".rmlint.yml:\($0)" }
        }
        #expect(!expected.isEmpty, "a triggering example needs a ↓ marker")
        let diagnostics = try lint(files, configuration: configuration, today: testCase.example.today)
        let found = diagnostics.filter { $0.rule == testCase.rule.id }.map { "\($0.path):\($0.line):\($0.column)" }
        #expect(found.sorted() == expected.sorted(), "\(diagnostics.map { "\($0.path):\($0.line):\($0.column) \($0.message) [\($0.rule)]" })")
    }

    @Test(arguments: nonTriggering)
    func nonTriggeringExampleIsSilent(_ testCase: Case) throws {
        let files = Dictionary(uniqueKeysWithValues: testCase.example.files.map { ($0.path, $0.content) })
        let diagnostics = try lint(files, configuration: testCase.example.configuration, today: testCase.example.today)
        let found = diagnostics.filter { $0.rule == testCase.rule.id }
        #expect(found.isEmpty, "\(found.map { "\($0.path):\($0.line):\($0.column) \($0.message)" })")
    }

    @Test func backgroundItemsAreCleanUnderEveryRule() throws {
        let files = Dictionary(uniqueKeysWithValues: RuleExample.background.map { ($0.path, $0.content) })
        let diagnostics = try lint(files)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
    }

    @Test func nonTriggeringExamplesAreCleanUnderEveryRule() throws {
        for testCase in Self.nonTriggering {
            let files = Dictionary(uniqueKeysWithValues: testCase.example.files.map { ($0.path, $0.content) })
            let diagnostics = try lint(files, configuration: testCase.example.configuration, today: testCase.example.today)
            #expect(diagnostics.isEmpty, "\(testCase.rule.id): \(diagnostics.map { "\($0.path):\($0.line) \($0.message) [\($0.rule)]" })")
        }
    }
}
