import ArgumentParser
import Foundation
import RMLintCore
import RMLintGit
import RMLintKit
import RMLintRules

/// `rmlint rules`: every rule with its default severity and description; under a convention
/// (`.rmlint.yml` in the current repository), which rules it turns off and why.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List every rule.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "text or json.")
    var format: Format = .text

    func run() throws {
        let rules = RuleRegistry.descriptions
        let working = WorkingConvention.current()
        let convention = working?.convention.name ?? ""
        let off = Dictionary(
            uniqueKeysWithValues: rules.compactMap { rule in working?.offReason(rule.id).map { (rule.id, $0) } })
        switch format {
        case .json:
            let document = JSONValue.object([
                ("version", .int(1)),
                (
                    "rules",
                    .array(
                        rules.map { rule in
                            .object(
                                [
                                    ("id", .string(rule.id)),
                                    ("severity", .string(rule.severity.rawValue)),
                                    ("description", .string(rule.summary)),
                                    ("rationale", .string(rule.rationale)),
                                ] + (off[rule.id].map { [("off", .string("under \(convention): \($0)"))] } ?? []))
                        })
                ),
            ])
            Output.standardOutput(document.rendered() + "\n")
        case .text:
            let width = rules.map(\.id.count).max() ?? 0
            for rule in rules {
                let id = rule.id + String(repeating: " ", count: width - rule.id.count)
                let level = off[rule.id] == nil ? rule.severity.rawValue : "off"
                let severity = level + String(repeating: " ", count: max(0, 7 - level.count))
                let why = off[rule.id].map { " (off under \(convention): \($0); turn it on in .rmlint.yml)" } ?? ""
                Output.standardOutput("\(id)  \(severity)  \(rule.summary)\(why)\n")
            }
        }
    }
}
