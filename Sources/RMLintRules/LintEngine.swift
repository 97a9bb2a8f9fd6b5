import Dispatch
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
    /// With `memo`, item-scoped rules are not run again on items they already judged.
    package func lint(_ roadmap: Roadmap, base: Roadmap? = nil, today: CalendarDate, memo: ItemFindingsMemo? = nil)
        -> Report
    {
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
        var enabled: [(rule: any Rule, description: RuleDescription, severity: Severity)] = []
        for rule in rules {
            let description = type(of: rule).description
            let level = configuration.rules[description.id]?.level ?? .default
            guard let severity = level.severity(default: description.severity) else { continue }
            enabled.append((rule, description, severity))
        }
        func add(_ findings: [Finding], of rule: (rule: any Rule, description: RuleDescription, severity: Severity)) {
            let id = rule.description.id
            for finding in findings where disabled[finding.path]?[id] == nil {
                diagnostics.append(
                    Diagnostic(
                        rule: id, severity: rule.severity, path: finding.path,
                        line: finding.location.line, column: finding.location.column, item: finding.item,
                        message: TextSanitizer.escapeControlCharacters(finding.message),
                        fingerprint: Fingerprint(rule: id, subject: finding.subject, field: finding.field),
                        endLine: finding.range.end.line, endColumn: finding.range.end.column,
                        related: finding.related, fix: finding.fix))
            }
        }
        // Item rules judge one item at a time; with a memo, items judged before are not judged again.
        let itemRules = enabled.filter { $0.rule.asItemRule != nil }
        if let memo {
            memo.begin(
                configuration: configuration, today: today, rules: itemRules.map(\.description.id), items: roadmap.items
            )
            let itemContext = ItemContext(configuration: configuration, today: today)
            let checks = itemRules.compactMap { $0.rule.asItemRule }
            for item in context.graph.items {
                let found = memo.findings(item) { checks.map { $0.check(item, in: itemContext) } }
                for (index, findings) in found.enumerated() where !findings.isEmpty {
                    add(findings, of: itemRules[index])
                }
            }
        }
        // The other rules (all of them without a memo) run on all cores on large roadmaps: each reads the shared,
        // immutable context; their findings are added in rule order, so the result is the same.
        let remaining = enabled.filter { memo == nil || $0.rule.asItemRule == nil }
        let found = ResultSlots<[Finding]>(count: remaining.count)
        if roadmap.items.count >= Self.concurrentRulesThreshold {
            DispatchQueue.concurrentPerform(iterations: remaining.count) { index in
                found[index] = remaining[index].rule.check(context)
            }
        } else {
            for index in remaining.indices { found[index] = remaining[index].rule.check(context) }
        }
        for (index, rule) in remaining.enumerated() {
            let unjudged = rule.rule.heldBack(context)
            if !unjudged.isEmpty { heldBack.append((rule.description.id, unjudged)) }
            add(found[index] ?? [], of: rule)
        }
        return Report(
            diagnostics: diagnostics.sorted(by: Diagnostic.reportOrder), notes: notes(context, heldBack: heldBack))
    }

    /// Below this many items the rules run one after the other: waking the worker threads costs more
    /// than it saves (measured: a 300-item hook run and a 1,000-item lint were slower in parallel).
    static let concurrentRulesThreshold = 2_000

    /// One note when rules held periods back because a milestone's values could not be read.
    private func notes(_ context: LintContext, heldBack: [(rule: String, periods: CapacityLedger.PeriodSet)])
        -> [String]
    {
        guard !heldBack.isEmpty else { return [] }
        var affected = CapacityLedger.PeriodSet()
        for entry in heldBack { affected.insert(entry.periods) }
        let capacity = context.capacity
        let periods =
            affected.all ? "every period" : affected.periods.sorted().map(\.description).joined(separator: ", ")
        let files =
            capacity.uncertainPaths.prefix(5).map(TextSanitizer.escapeControlCharacters).joined(separator: ", ")
            + (capacity.uncertainPaths.count > 5 ? " and \(capacity.uncertainPaths.count - 5) more" : "")
        return [
            "\(heldBack.map(\.rule).joined(separator: " and ")) not checked for \(periods): estimates, periods or tracks in \(files) could not be read; fix the errors reported there"
        ]
    }
}
