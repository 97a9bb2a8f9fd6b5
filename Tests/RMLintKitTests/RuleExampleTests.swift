import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

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
        #expect(
            Set(RuleRegistry.descriptions.map(\.id)).count == RuleRegistry.descriptions.count, "rule ids must be unique"
        )
        for rule in RuleRegistry.descriptions {
            #expect(!rule.triggeringExamples.isEmpty, "\(rule.id) has no triggering example")
            #expect(!rule.nonTriggeringExamples.isEmpty, "\(rule.id) has no non-triggering example")
        }
    }

    @Test func explainPrintsTheDateAndTheSharedItemsTheExamplesAssume() throws {
        for rule in RuleRegistry.descriptions {
            let text = RuleDocumentation.text(rule)
            let dates = Set((rule.triggeringExamples + rule.nonTriggeringExamples).map(\.today))
            for date in dates { #expect(text.contains(date), "\(rule.id) does not say it assumes \(date)") }
            for shared in RuleExample.background {
                #expect(text.contains("# \(shared.path)"), "\(rule.id) does not print \(shared.path)")
            }
        }
        #expect(
            RuleDocumentation.text(try #require(RuleRegistry.description(of: "overdue"))).contains(
                "The examples are judged as of 2026-06-01 (to try one as it stands: rmlint lint --today 2026-06-01)"))
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
        var base: [String: String]?
        for file in testCase.example.base ?? [] {
            let (text, positions) = stripMarkers(file.content)
            base = (base ?? [:]).merging([file.path: text]) { $1 }
            expected += positions.map { "\(file.path):\($0)" }
        }
        #expect(!expected.isEmpty, "a triggering example needs a ↓ marker")
        let diagnostics = try lint(
            files, configuration: configuration, today: testCase.example.today, base: base,
            mergeBase: mergeBaseFiles(testCase.example))
        let found = diagnostics.filter { $0.rule == testCase.rule.id }.map { "\($0.path):\($0.line):\($0.column)" }
        #expect(
            found.sorted() == expected.sorted(),
            "\(diagnostics.map { "\($0.path):\($0.line):\($0.column) \($0.message) [\($0.rule)]" })")
    }

    @Test(arguments: nonTriggering)
    func nonTriggeringExampleIsSilent(_ testCase: Case) throws {
        let files = Dictionary(uniqueKeysWithValues: testCase.example.files.map { ($0.path, $0.content) })
        let diagnostics = try lint(
            files, configuration: testCase.example.configuration, today: testCase.example.today,
            base: baseFiles(testCase.example), mergeBase: mergeBaseFiles(testCase.example))
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
            let diagnostics = try lint(
                files, configuration: testCase.example.configuration, today: testCase.example.today,
                base: baseFiles(testCase.example), mergeBase: mergeBaseFiles(testCase.example))
            #expect(
                diagnostics.isEmpty,
                "\(testCase.rule.id): \(diagnostics.map { "\($0.path):\($0.line) \($0.message) [\($0.rule)]" })")
        }
    }

    /// The messages of every triggering example, against a golden file a reviewer reads like the
    /// rule docs (regenerate with RMLINT_UPDATE_GOLDEN=1 and review the diff).
    @Test func triggeringExampleMessagesMatchGolden() throws {
        var text = ""
        for testCase in Self.triggering {
            let files = Dictionary(
                uniqueKeysWithValues: testCase.example.files.map { ($0.path, stripMarkers($0.content).text) })
            let configuration = testCase.example.configuration.map { stripMarkers($0).text }
            let diagnostics = try lint(
                files, configuration: configuration, today: testCase.example.today, base: baseFiles(testCase.example),
                mergeBase: mergeBaseFiles(testCase.example))
            for diagnostic in diagnostics where diagnostic.rule == testCase.rule.id {
                text +=
                    "\(testCase.rule.id) #\(testCase.index): \(diagnostic.path):\(diagnostic.line):\(diagnostic.column): \(diagnostic.message)\n"
            }
        }
        let url = try #require(Bundle.module.url(forResource: "Fixtures/golden", withExtension: nil))
            .appendingPathComponent("rule-examples.txt")
        if ProcessInfo.processInfo.environment["RMLINT_UPDATE_GOLDEN"] != nil {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
                "Fixtures/golden/rule-examples.txt")
            try text.write(to: source, atomically: true, encoding: .utf8)
        }
        #expect(text == (try String(contentsOf: url, encoding: .utf8)))
    }

    /// `rmlint-disable: {rule: "reason"}` in each file the example marks silences the rule there.
    @Test(arguments: triggering.filter { $0.rule.canBeDisabledPerItem })
    func rmlintDisableSilencesTheTriggeringExample(_ testCase: Case) throws {
        var files: [String: String] = [:]
        for file in testCase.example.files {
            let (text, positions) = stripMarkers(file.content)
            files[file.path] = positions.isEmpty ? text : disabling(testCase.rule.id, in: text)
        }
        var base: [String: String]?
        for file in testCase.example.base ?? [] {
            let (text, positions) = stripMarkers(file.content)
            base = (base ?? [:]).merging([file.path: positions.isEmpty ? text : disabling(testCase.rule.id, in: text)])
            { $1 }
        }
        let configuration = testCase.example.configuration.map { stripMarkers($0).text }
        let diagnostics = try lint(
            files, configuration: configuration, today: testCase.example.today, base: base,
            mergeBase: mergeBaseFiles(testCase.example))
        let found = diagnostics.filter { $0.rule == testCase.rule.id || $0.rule == "parse-error" }
        #expect(found.isEmpty, "\(found.map { "\($0.path):\($0.line) \($0.message) [\($0.rule)]" })")
    }

    /// The example's merge-base files; `nil` for rules that need no base branch.
    private func mergeBaseFiles(_ example: RuleExample) -> [String: String]? {
        example.mergeBase.map { Dictionary(uniqueKeysWithValues: $0.map { ($0.path, stripMarkers($0.content).text) }) }
    }

    /// The example's base files with markers removed; `nil` for rules that need no base.
    private func baseFiles(_ example: RuleExample) -> [String: String]? {
        example.base.map { Dictionary(uniqueKeysWithValues: $0.map { ($0.path, stripMarkers($0.content).text) }) }
    }

    private func disabling(_ rule: String, in text: String) -> String {
        let entry = "\(rule): \"shown in an example\""
        if text.contains("rmlint-disable: {") {
            return text.replacingOccurrences(of: "rmlint-disable: {", with: "rmlint-disable: {\(entry), ")
        }
        guard let firstLine = text.range(of: "\n") else { return text }
        return text.replacingCharacters(in: firstLine, with: "\nrmlint-disable: {\(entry)}\n")
    }
}
