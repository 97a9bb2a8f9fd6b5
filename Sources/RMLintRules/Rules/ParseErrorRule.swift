import RMLintCore

/// Files that look like items (first line `---`) but cannot be read.
package struct ParseErrorRule: Rule {
    package static let description = RuleDescription(
        id: "parse-error",
        severity: .error,
        scope: .roadmap,
        summary: "front-matter is not valid YAML, not a mapping, unterminated, not UTF-8, or the file is too large",
        rationale:
            "An item rmlint cannot read is an item nobody can check; every other rule is blind to it until it parses.",
        triggeringExamples: [
            RuleExample(
                """
                ---
                id: M-1
                kind: milestone
                title: ↓"Unclosed quote
                ---
                """),
            RuleExample(
                """
                ↓---
                id: M-1
                kind: milestone
                """),
            RuleExample(
                """
                ---
                id: M-1
                kind: milestone
                ↓kind: theme
                ---
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("# A README without front-matter is not an item\n")
        ]
    )

    package init() {}

    package func check(_ context: LintContext) -> [Finding] {
        context.unreadableFiles.map { file in
            Finding(
                path: file.path, location: file.problem.location, item: file.salvaged.id,
                subject: file.salvaged.id ?? file.path,
                message: file.problem.message)
        }
    }
}
