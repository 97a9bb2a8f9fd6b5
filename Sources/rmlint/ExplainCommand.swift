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
    }
}
