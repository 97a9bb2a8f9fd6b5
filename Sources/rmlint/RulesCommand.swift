import ArgumentParser
import RMLintCore
import RMLintGit
import RMLintKit
import RMLintRules

/// `rmlint rules`: every rule with its default severity and description.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List every rule.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "text or json.")
    var format: Format = .text

    func run() throws {
        let rules = RuleRegistry.descriptions
        switch format {
        case .json:
            let document = JSONValue.object([
                ("version", .int(1)),
                (
                    "rules",
                    .array(
                        rules.map { rule in
                            .object([
                                ("id", .string(rule.id)),
                                ("severity", .string(rule.severity.rawValue)),
                                ("description", .string(rule.summary)),
                                ("rationale", .string(rule.rationale)),
                            ])
                        })
                ),
            ])
            Output.standardOutput(document.rendered() + "\n")
        case .text:
            let width = rules.map(\.id.count).max() ?? 0
            for rule in rules {
                let id = rule.id + String(repeating: " ", count: width - rule.id.count)
                let severity = rule.severity.rawValue + String(repeating: " ", count: 7 - rule.severity.rawValue.count)
                Output.standardOutput("\(id)  \(severity)  \(rule.summary)\n")
            }
        }
    }
}
