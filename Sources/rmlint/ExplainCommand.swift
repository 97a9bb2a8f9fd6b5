import ArgumentParser
import RMLintCore
import RMLintGit
import RMLintKit
import RMLintRules

/// `rmlint explain RULE-ID`: description, rationale, options and examples of one rule.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Explain one rule, with examples.")

    @Argument(help: "A rule id, as listed by 'rmlint rules'.", completion: .list(RuleRegistry.descriptions.map(\.id)))
    var ruleID: String

    func run() throws {
        guard let rule = RuleRegistry.description(of: ruleID) else {
            throw UsageError("unknown rule '\(ruleID)'; run 'rmlint rules' to list them")
        }
        Output.standardOutput(RuleDocumentation.text(rule))
        guard let working = WorkingConvention.current() else { return }
        var lines = ["", "In this repository (convention: \(working.convention.name)):"]
        if let reason = working.offReason(rule.id) {
            lines.append("- off: \(reason); name it under rules: in .rmlint.yml to turn it on")
        }
        if !working.renamedFields.isEmpty {
            lines.append("- fields are written in the team's words: \(working.renamedFields.joined(separator: ", "))")
        }
        Output.standardOutput(lines.joined(separator: "\n") + "\n")
    }
}
