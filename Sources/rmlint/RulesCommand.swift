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

    /// Why a rule is off under the working tree's convention, by rule id (empty without one, or
    /// when the rule is configured in `.rmlint.yml`).
    private func offRules() -> (convention: String, reasons: [String: String]) {
        let directory = FileManager.default.currentDirectoryPath
        guard let workspace = try? Workspace.open(at: directory, revision: .workingTree),
            let convention = workspace.configuration.convention
        else { return ("", [:]) }
        let reasons = convention.rulesOff.filter { workspace.configuration.rules[$0.key] == nil }
        return (convention.name, reasons)
    }

    func run() throws {
        let rules = RuleRegistry.descriptions
        let (convention, off) = offRules()
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
