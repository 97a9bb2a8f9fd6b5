/// What every rule sees: the graph built once, the configuration, today, and unreadable files.
public struct LintContext: Sendable {
    public let graph: RoadmapGraph
    public let configuration: Configuration
    public let today: CalendarDate
    public let unreadableFiles: [UnreadableFile]
    /// Estimated effort per period and track, computed once.
    public let capacity: CapacityLedger

    public init(graph: RoadmapGraph, configuration: Configuration, today: CalendarDate, unreadableFiles: [UnreadableFile] = []) {
        self.graph = graph
        self.configuration = configuration
        self.today = today
        self.unreadableFiles = unreadableFiles
        self.capacity = CapacityLedger(milestones: graph.milestones, granularity: configuration.capacity.period)
    }

    /// The value of an integer option of a rule, or its default.
    public func option(_ name: String, of rule: RuleDescription) -> Int {
        if let node = configuration.rules[rule.id]?.options[name], case let .int(value) = node.value { return value }
        return rule.options.first { $0.name == name }?.defaultValue ?? 0
    }

    /// Where roadmap-wide findings point: the configuration file.
    public var configurationPath: String { configuration.path ?? ".rmlint.yml" }
}

/// A file that looks like an item but cannot be read as one.
public struct UnreadableFile: Sendable {
    public var path: String
    public var problem: ParseProblem
    public var salvagedID: String?

    public init(path: String, problem: ParseProblem, salvagedID: String? = nil) {
        self.path = path
        self.problem = problem
        self.salvagedID = salvagedID
    }
}
