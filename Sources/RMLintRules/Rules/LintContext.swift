import RMLintCore

/// What every rule sees: the graph built once, the configuration, today, and unreadable files.
package struct LintContext: Sendable {
    package let graph: RoadmapGraph
    package let configuration: Configuration
    package let today: CalendarDate
    package let unreadableFiles: [UnreadableFile]
    /// Estimated effort per period and track, computed once.
    package let capacity: CapacityLedger
    /// The roadmap before the change, when a base is known (`lint --staged` with a `HEAD`,
    /// `lint --base REV`, `diff`): change rules compare against it and are silent without it.
    package let base: Roadmap?
    /// The base branch's tip and merge base, when the change is compared with a branch (`--base
    /// REV`, `diff BASE...HEAD`): ids minted on both sides since they split are found with it.
    package let baseBranch: BaseBranch?

    /// A context over `graph`; `capacity` is counted from it when not given.
    package init(
        graph: RoadmapGraph, configuration: Configuration, today: CalendarDate, unreadableFiles: [UnreadableFile] = [],
        capacity: CapacityLedger? = nil, base: Roadmap? = nil, baseBranch: BaseBranch? = nil
    ) {
        self.graph = graph
        self.configuration = configuration
        self.today = today
        self.unreadableFiles = unreadableFiles
        self.base = base
        self.baseBranch = baseBranch
        self.capacity =
            capacity
            ?? CapacityLedger(
                items: graph.items, unreadable: unreadableFiles, granularity: configuration.capacity.period)
    }

    /// The roadmap's context, with the roadmap before the change when there is one.
    package init(_ roadmap: Roadmap, base: Roadmap? = nil, baseBranch: BaseBranch? = nil, today: CalendarDate) {
        self.init(
            graph: roadmap.graph, configuration: roadmap.configuration, today: today,
            unreadableFiles: roadmap.unreadable, capacity: roadmap.capacity, base: base, baseBranch: baseBranch)
    }

    /// The configured value of a rule's option, or its default.
    package func value(of option: RuleOption, for rule: any Rule.Type) -> Int {
        ItemContext(configuration: configuration, today: today).value(of: option, for: rule)
    }

    /// Where roadmap-wide findings point: the configuration file.
    package var configurationPath: String { configuration.path ?? ".rmlint.yml" }
}
