/// Runs every enabled rule once over the graph and turns findings into diagnostics: severity from
/// the configuration, `rmlint-disable` suppressions applied, control characters escaped, sorted.
public struct LintEngine: Sendable {
    public var rules: [any Rule]

    public init(rules: [any Rule] = RuleRegistry.rules.map { $0.init() }) {
        self.rules = rules
    }

    /// Diagnostics, sorted, and notes for stderr (checks skipped because something could not be read).
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var notes: [String]
    }

    /// Lints `roadmap`; with `base` (the roadmap before the change) the change rules run too.
    /// A finding about a file the change deleted is suppressed by the base file's `rmlint-disable`.
    public func lint(_ roadmap: Roadmap, base: Roadmap? = nil, today: CalendarDate) -> Report {
        let configuration = roadmap.configuration
        let context = LintContext(roadmap, base: base, today: today)
        var disabled: [String: [String: String]] = [:]
        for item in roadmap.items where !item.disabledRules.isEmpty {
            disabled[item.path] = item.disabledRules
        }
        if let base {
            let present = Set(roadmap.items.map(\.path) + roadmap.unreadable.map(\.path))
            for item in base.items where !item.disabledRules.isEmpty && !present.contains(item.path) {
                disabled[item.path] = item.disabledRules
            }
        }
        var diagnostics: [Diagnostic] = []
        var ran: Set<String> = []
        for rule in rules {
            let description = type(of: rule).description
            let setting = configuration.rules[description.id]
            if setting?.isOff == true { continue }
            ran.insert(description.id)
            let severity = (setting?.severity ?? nil) ?? description.severity
            for finding in rule.check(context) {
                if disabled[finding.path]?[description.id] != nil { continue }
                diagnostics.append(Diagnostic(
                    rule: description.id, severity: severity, path: finding.path,
                    line: finding.location.line, column: finding.location.column, item: finding.item,
                    message: TextSanitizer.escapeControlCharacters(finding.message),
                    fingerprint: Fingerprint(rule: description.id, subject: finding.subject, field: finding.field)))
            }
        }
        return Report(diagnostics: diagnostics.sorted(by: Diagnostic.reportOrder), notes: notes(context, ran: ran))
    }

    /// One note when capacity checks were held back because a milestone's values could not be read.
    private func notes(_ context: LintContext, ran: Set<String>) -> [String] {
        let capacity = context.capacity
        let configuration = context.configuration.capacity
        var skipped: [String] = []
        if ran.contains(CapacitySplitRule.description.id), !configuration.split.isEmpty, !capacity.uncertainSplits.isEmpty {
            skipped.append(CapacitySplitRule.description.id)
        }
        if ran.contains(CapacityTotalRule.description.id), !configuration.total.isEmpty, !capacity.uncertainTotals.isEmpty {
            skipped.append(CapacityTotalRule.description.id)
        }
        guard !skipped.isEmpty else { return [] }
        var affected = capacity.uncertainSplits
        affected.insert(capacity.uncertainTotals)
        let periods = affected.all ? "every period" : affected.periods.sorted().map(\.description).joined(separator: ", ")
        let files = capacity.uncertainPaths.prefix(5).map(TextSanitizer.escapeControlCharacters).joined(separator: ", ")
            + (capacity.uncertainPaths.count > 5 ? " and \(capacity.uncertainPaths.count - 5) more" : "")
        return ["\(skipped.joined(separator: " and ")) not checked for \(periods): estimates, periods or tracks in \(files) could not be read; fix the errors reported there"]
    }
}
