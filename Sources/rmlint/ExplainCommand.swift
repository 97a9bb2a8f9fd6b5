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
        if RuleRegistry.changeRuleIDs.contains(rule.id) {
            text += "\nIt compares the roadmap with a base revision: 'rmlint lint --staged' (the pre-commit hook) compares the index with HEAD, 'rmlint lint --base REV' the working tree with REV, and 'rmlint diff' reports it among the diagnostics a change introduces.\n"
        }
        if RuleRegistry.roadmapWideIDs.contains(rule.id) {
            text += "\nIt checks the roadmap as a whole, so it cannot be turned off for one item; turn it off in .rmlint.yml: rules: {\(rule.id): off}\n"
        } else {
            text += "\nTurn it off for one item: rmlint-disable: {\(rule.id): \"why this item is an exception\"}\n"
            text += "Turn it off everywhere in .rmlint.yml: rules: {\(rule.id): off}\n"
        }
        Output.standardOutput(text)
    }

    private func render(_ example: RuleExample) -> String {
        var text = ""
        if let base = example.base, let before = base.first {
            text += "\n  # \(before.path), before the change (at the base revision)\n" + indent(clean(before.content))
            if let after = example.files.first(where: { $0.path == before.path }) {
                text += "\n  # \(after.path), after the change\n" + indent(clean(after.content))
            } else {
                text += "\n  # \(before.path), after the change: deleted\n"
            }
        } else {
            text += "\n  # \(example.mainFile.path)\n" + indent(example.displayText)
        }
        for file in example.additionalFiles where file.path != example.base?.first?.path {
            text += "\n  # \(file.path)\n" + indent(clean(file.content))
        }
        if let configuration = example.configuration {
            text += "  # .rmlint.yml\n" + indent(clean(configuration))
        }
        return text
    }

    private func clean(_ text: String) -> String { text.filter { $0 != RuleExample.marker } }

    private func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" }.joined(separator: "\n")
            + (text.hasSuffix("\n") ? "" : "\n")
    }
}
