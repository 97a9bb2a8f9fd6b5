import RMLintCore

/// A small roadmap that shows a rule at work. A `↓` marks each place a diagnostic must point at.
package struct RuleExample: Sendable {
    package struct File: Sendable {
        package var path: String
        package var content: String
    }

    /// The file the example is about, then the items it needs around it.
    package var files: [File]
    /// `.rmlint.yml`, when the example needs one (markers allowed).
    package var configuration: String?
    package var today: String
    /// For change rules: the roadmap before the change (the base revision), markers allowed (a
    /// diagnostic about a deleted item points into the base). `nil` for rules that need no base.
    package var base: [File]?
    /// For rules that compare with a base branch: the roadmap where the change branched off (then
    /// `base` is the base branch's tip).
    package var mergeBase: [File]?

    package static let marker: Character = "↓"
    package static let defaultToday = "2026-06-01"

    /// An example whose main file is `roadmap/<name>` holding `content` verbatim.
    package init(
        file name: String = "item.md", _ content: String, context: [File] = RuleExample.background,
        configuration: String? = nil, today: String = RuleExample.defaultToday
    ) {
        self.files = [File(path: "roadmap/\(name)", content: content)] + context
        self.configuration = configuration
        self.today = today
    }

    /// A change to `roadmap/<name>`: `before` at the base, `after` at the head (`nil`: deleted),
    /// the same `context` files at both.
    package init(
        change name: String, before: String, after: String?, context: [File] = RuleExample.background,
        today: String = RuleExample.defaultToday
    ) {
        let path = "roadmap/\(name)"
        self.files = (after.map { [File(path: path, content: $0)] } ?? []) + context
        self.base = [File(path: path, content: before)] + context
        self.configuration = nil
        self.today = today
    }

    /// A change on a branch adding `roadmap/<name>`, while the base branch's tip gained `tip` since
    /// the merge base (both hold `context`).
    package init(
        branch name: String, _ added: String, tip: [File], context: [File] = RuleExample.background,
        today: String = RuleExample.defaultToday
    ) {
        self.files = [File(path: "roadmap/\(name)", content: added)] + context
        self.base = context + tip
        self.mergeBase = context
        self.configuration = nil
        self.today = today
    }

    /// The file the example is about: the head's, or the base's when the change deletes it.
    package var mainFile: File {
        if let base, let changed = base.first, !files.contains(where: { $0.path == changed.path }) { return changed }
        return files[0]
    }

    /// The main file with its markers removed, as `rmlint explain` prints it.
    package var displayText: String {
        mainFile.content.filter { $0 != RuleExample.marker }
    }

    /// Files besides the main one that the example needs, other than the shared ``background``.
    package var additionalFiles: [File] {
        let shared = Set(RuleExample.background.map(\.path))
        return files.filter { !shared.contains($0.path) && $0.path != mainFile.path }
    }

    /// A narrative long enough for `smart-specific`.
    package static let narrative = """
        Customers reconcile invoices by hand every month; this removes that work for the finance teams we serve.
        """

    /// A live theme `T-core`, an archived theme `T-old` and an active goal `G-growth`.
    package static let background: [File] = [
        File(
            path: "roadmap/themes/T-core.md",
            content: """
                ---
                id: T-core
                kind: theme
                title: Core platform
                owner: alice
                ---
                """),
        File(
            path: "roadmap/themes/T-old.md",
            content: """
                ---
                id: T-old
                kind: theme
                title: Legacy desktop client
                owner: alice
                status: archived
                ---
                """),
        File(
            path: "roadmap/goals/G-growth.md",
            content: """
                ---
                id: G-growth
                kind: goal
                title: Grow self-serve revenue
                owner: bob
                theme: T-core
                metric: {name: self-serve revenue, target: 1000000, unit: EUR}
                due: 2027-06-30
                ---
                \(narrative)
                """),
    ]
}
