/// A small roadmap that shows a rule at work. A `↓` marks each place a diagnostic must point at.
public struct RuleExample: Sendable {
    public struct File: Sendable {
        public var path: String
        public var content: String
    }

    /// The file the example is about, then the items it needs around it.
    public var files: [File]
    /// `.rmlint.yml`, when the example needs one (markers allowed).
    public var configuration: String?
    public var today: String

    public static let marker: Character = "↓"
    public static let defaultToday = "2026-06-01"

    /// An example whose main file is `roadmap/<name>` holding `content` verbatim.
    public init(file name: String = "item.md", _ content: String, context: [File] = RuleExample.background,
                configuration: String? = nil, today: String = RuleExample.defaultToday) {
        self.files = [File(path: "roadmap/\(name)", content: content)] + context
        self.configuration = configuration
        self.today = today
    }

    /// The main file with its markers removed, as `rmlint explain` prints it.
    public var displayText: String {
        files[0].content.filter { $0 != RuleExample.marker }
    }

    /// Files besides the main one that the example needs, other than the shared ``background``.
    public var additionalFiles: [File] {
        let shared = Set(RuleExample.background.map(\.path))
        return files.dropFirst().filter { !shared.contains($0.path) }
    }

    /// A narrative long enough for `smart-specific`.
    public static let narrative = """
    Customers reconcile invoices by hand every month; this removes that work for the finance teams we serve.
    """

    /// A live theme `T-core`, an archived theme `T-old` and an active goal `G-growth`.
    public static let background: [File] = [
        File(path: "roadmap/themes/T-core.md", content: """
        ---
        id: T-core
        kind: theme
        title: Core platform
        owner: alice
        ---
        """),
        File(path: "roadmap/themes/T-old.md", content: """
        ---
        id: T-old
        kind: theme
        title: Legacy desktop client
        owner: alice
        status: archived
        ---
        """),
        File(path: "roadmap/goals/G-growth.md", content: """
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
