import ArgumentParser
import RMLintKit

/// `rmlint explain RULE-ID`: description, rationale, options and examples of one rule.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain one rule, with examples.")

    @Argument(help: "A rule id, as listed by 'rmlint rules'.")
    var ruleID: String

    func run() throws {
        guard let rule = RuleRegistry.description(of: ruleID) else {
            throw UsageError("unknown rule '\(ruleID)'; run 'rmlint rules' to list them")
        }
        var text = "\(rule.id) (default: \(rule.severity.rawValue))\n\n\(rule.summary)\n\nWhy: \(rule.rationale)\n"
        if !rule.options.isEmpty {
            text += "\nOptions (in .rmlint.yml under rules: {\(rule.id): {…}}):\n"
            for option in rule.options { text += "  \(option.name): \(option.summary) (default \(option.defaultValue))\n" }
        }
        text += "\nThe examples share a roadmap with an active theme T-core, an archived theme T-old and an active goal G-growth.\n"
        text += "\nTriggers:\n"
        for example in rule.triggeringExamples { text += render(example) }
        text += "\nDoes not trigger:\n"
        for example in rule.nonTriggeringExamples { text += render(example) }
        if RuleRegistry.roadmapWideIDs.contains(rule.id) {
            text += "\nIt checks the roadmap as a whole, so it cannot be turned off for one item; turn it off in .rmlint.yml: rules: {\(rule.id): off}\n"
        } else {
            text += "\nTurn it off for one item: rmlint-disable: {\(rule.id): \"why this item is an exception\"}\n"
            text += "Turn it off everywhere in .rmlint.yml: rules: {\(rule.id): off}\n"
        }
        Output.standardOutput(text)
    }

    private func render(_ example: RuleExample) -> String {
        var text = "\n  # \(example.files[0].path)\n" + indent(example.displayText)
        for file in example.additionalFiles {
            text += "\n  # \(file.path)\n" + indent(file.content.filter { $0 != RuleExample.marker })
        }
        if let configuration = example.configuration {
            text += "  # .rmlint.yml\n" + indent(configuration.filter { $0 != RuleExample.marker })
        }
        return text
    }

    private func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" }.joined(separator: "\n")
            + (text.hasSuffix("\n") ? "" : "\n")
    }
}
