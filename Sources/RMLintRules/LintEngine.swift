import RMLintCore

/// Runs every enabled rule once over the graph and turns findings into diagnostics: severity from
/// the configuration, `rmlint-disable` suppressions applied, control characters escaped, sorted.
package struct LintEngine: Sendable {
    package var rules: [any Rule]

    package init(rules: [any Rule] = RuleRegistry.rules.map { $0.init() }) {
        self.rules = rules
    }

    /// Diagnostics, sorted, and notes for stderr (checks skipped because something could not be read).
    package struct Report: Sendable {
        package var diagnostics: [Diagnostic]
        package var notes: [String]
    }

    /// Lints `roadmap`; with `base` (the roadmap before the change) the change rules run too.
    /// A finding about a file the change deleted is suppressed by the base file's `rmlint-disable`.
    package func lint(_ roadmap: Roadmap, base: Roadmap? = nil, today: CalendarDate) -> Report {
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
        var heldBack: [(rule: String, periods: CapacityLedger.PeriodSet)] = []
        for rule in rules {
            let description = type(of: rule).description
            let setting = configuration.rules[description.id]
            if setting?.isOff == true { continue }
            let unjudged = rule.heldBack(context)
            if !unjudged.isEmpty { heldBack.append((description.id, unjudged)) }
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
        return Report(diagnostics: diagnostics.sorted(by: Diagnostic.reportOrder), notes: notes(context, heldBack: heldBack))
    }

    /// One note when rules held periods back because a milestone's values could not be read.
    private func notes(_ context: LintContext, heldBack: [(rule: String, periods: CapacityLedger.PeriodSet)]) -> [String] {
        guard !heldBack.isEmpty else { return [] }
        var affected = CapacityLedger.PeriodSet()
        for entry in heldBack { affected.insert(entry.periods) }
        let capacity = context.capacity
        let periods = affected.all ? "every period" : affected.periods.sorted().map(\.description).joined(separator: ", ")
        let files = capacity.uncertainPaths.prefix(5).map(TextSanitizer.escapeControlCharacters).joined(separator: ", ")
            + (capacity.uncertainPaths.count > 5 ? " and \(capacity.uncertainPaths.count - 5) more" : "")
        return ["\(heldBack.map(\.rule).joined(separator: " and ")) not checked for \(periods): estimates, periods or tracks in \(files) could not be read; fix the errors reported there"]
    }
}
