/// Runs every enabled rule once over the graph and turns findings into diagnostics: severity from
/// the configuration, `rmlint-disable` suppressions applied, control characters escaped, sorted.
public struct LintEngine: Sendable {
    public var rules: [any Rule]

    public init(rules: [any Rule] = RuleRegistry.rules.map { $0.init() }) {
        self.rules = rules
    }

    public func lint(_ roadmap: LoadedRoadmap, configuration: Configuration, today: CalendarDate) -> [Diagnostic] {
        let graph = RoadmapGraph(items: roadmap.items, unparsedIDs: Set(roadmap.unreadable.compactMap(\.salvagedID)))
        let context = LintContext(graph: graph, configuration: configuration, today: today, unreadableFiles: roadmap.unreadable)
        var disabled: [String: [String: String]] = [:]
        for item in roadmap.items where !item.disabledRules.isEmpty {
            disabled[item.path] = item.disabledRules
        }
        var diagnostics: [Diagnostic] = []
        for rule in rules {
            let description = type(of: rule).description
            let setting = configuration.rules[description.id]
            if setting?.isOff == true { continue }
            let severity = (setting?.severity ?? nil) ?? description.severity
            for finding in rule.check(context) {
                if disabled[finding.path]?[description.id] != nil { continue }
                diagnostics.append(Diagnostic(
                    rule: description.id, severity: severity, path: finding.path,
                    line: finding.location.line, column: finding.location.column, item: finding.item,
                    message: TextSanitizer.escapeControlCharacters(finding.message)))
            }
        }
        return diagnostics.sorted(by: Diagnostic.reportOrder)
    }
}
