import RMLintCore

/// A rule's documentation as `rmlint explain` prints it (text) and as SARIF `help.markdown`
/// carries it to code scanning: summary, rationale, options, examples, how to turn it off.
package enum RuleDocumentation {
    package static func text(_ rule: RuleDescription) -> String { render(rule, markdown: false) }

    package static func markdown(_ rule: RuleDescription) -> String { render(rule, markdown: true) }

    private static func render(_ rule: RuleDescription, markdown: Bool) -> String {
        var text =
            markdown
            ? "**\(rule.id)** (default: \(rule.severity.rawValue))\n\n\(rule.summary)\n\n**Why:** \(rule.rationale)\n"
            : "\(rule.id) (default: \(rule.severity.rawValue))\n\n\(rule.summary)\n\nWhy: \(rule.rationale)\n"
        if !rule.options.isEmpty {
            text += "\nOptions (in .rmlint.yml under rules: {\(rule.id): {…}}):\n" + (markdown ? "\n" : "")
            for option in rule.options {
                text +=
                    "\(markdown ? "- `" : "  ")\(option.name)\(markdown ? "`" : ""): \(option.summary) (default \(option.defaultValue))\n"
            }
        }
        let dates = Set((rule.triggeringExamples + rule.nonTriggeringExamples).map(\.today))
        let today = dates.count == 1 ? dates.first ?? RuleExample.defaultToday : RuleExample.defaultToday
        text +=
            "\nThe examples are judged as of \(today) (to try one as it stands: rmlint lint --today \(today)) in a roadmap that also holds these items:\n"
        for shared in RuleExample.background { text += file(shared.path, shared.content, markdown: markdown) }
        text += markdown ? "\n**Triggers:**\n" : "\nTriggers:\n"
        for example in rule.triggeringExamples { text += render(example, markdown: markdown, today: today) }
        text += markdown ? "\n**Does not trigger:**\n" : "\nDoes not trigger:\n"
        for example in rule.nonTriggeringExamples { text += render(example, markdown: markdown, today: today) }
        if rule.requiresBase {
            text +=
                "\nIt compares the roadmap with a base revision: 'rmlint lint --staged' (the pre-commit hook) compares the index with HEAD, 'rmlint lint --base REV' the working tree with REV, and 'rmlint diff' reports it among the diagnostics a change introduces.\n"
        }
        if !rule.canBeDisabledPerItem {
            text +=
                "\nIt checks the roadmap as a whole, so it cannot be turned off for one item; turn it off in .rmlint.yml: rules: {\(rule.id): off}\n"
        } else {
            text += "\nTurn it off for one item: rmlint-disable: {\(rule.id): \"why this item is an exception\"}\n"
            text += (markdown ? "\n" : "") + "Turn it off everywhere in .rmlint.yml: rules: {\(rule.id): off}\n"
        }
        return text
    }

    private static func render(_ example: RuleExample, markdown: Bool, today: String) -> String {
        var text = example.today == today ? "" : "\n\(markdown ? "" : "  ")(judged as of \(example.today))\n"
        if let base = example.base, let before = base.first {
            text += file("\(before.path), before the change (at the base revision)", before.content, markdown: markdown)
            if let after = example.files.first(where: { $0.path == before.path }) {
                text += file("\(after.path), after the change", after.content, markdown: markdown)
            } else {
                text +=
                    markdown
                    ? "\n`\(before.path)`, after the change: deleted\n"
                    : "\n  # \(before.path), after the change: deleted\n"
            }
        } else {
            text += file(example.mainFile.path, example.mainFile.content, markdown: markdown)
        }
        for extra in example.additionalFiles where extra.path != example.base?.first?.path {
            text += file(extra.path, extra.content, markdown: markdown)
        }
        if let configuration = example.configuration {
            text += file(".rmlint.yml", configuration, markdown: markdown)
        }
        return text
    }

    private static func file(_ title: String, _ content: String, markdown: Bool) -> String {
        let clean = content.filter { $0 != RuleExample.marker }
        guard !markdown else {
            return "\n`\(title)`:\n\n```markdown\n\(clean)\(clean.hasSuffix("\n") ? "" : "\n")```\n"
        }
        let indented = clean.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" }.joined(
            separator: "\n")
        return "\n  # \(title)\n" + indented + (clean.hasSuffix("\n") ? "" : "\n")
    }
}
