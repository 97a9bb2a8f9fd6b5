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

    /// A rule the configuration enables, with the severity it reports with.
    struct EnabledRule {
        let rule: any Rule
        let description: RuleDescription
        let severity: Severity
    }

    /// Lints `roadmap`; with `base` (the roadmap before the change) the change rules run too.
    /// A finding about a file the change deleted is suppressed by the base file's `rmlint-disable`.
    /// With `memo`, item and link rules judge again only what an edit can have changed.
    package func lint(
        _ roadmap: Roadmap, base: Roadmap? = nil, baseBranch: BaseBranch? = nil, today: CalendarDate,
        memo: ItemFindingsMemo? = nil
    ) -> Report {
        let configuration = roadmap.configuration
        let context = LintContext(roadmap, base: base, baseBranch: baseBranch, today: today)
        let enabled = rules.compactMap { rule -> EnabledRule? in
            let description = type(of: rule).description
            // A rule the convention turns off runs only when `.rmlint.yml` names it.
            if configuration.rules[description.id] == nil, configuration.convention?.rulesOff[description.id] != nil {
                return nil
            }
            let level = configuration.rules[description.id]?.level ?? .default
            return level.severity(default: description.severity).map {
                EnabledRule(rule: rule, description: description, severity: $0)
            }
        }
        var diagnostics: [Diagnostic] = []
        if let memo {
            diagnostics = lintItems(context, enabled: enabled, roadmap: roadmap, base: base, memo: memo)
        }
        // The other rules (all of them without a memo) run on all cores on large roadmaps: each reads the shared,
        // immutable context; their findings are added in rule order, so the result is the same.
        let remaining = enabled.filter { memo == nil || ($0.rule.asItemRule == nil && $0.rule.asLinkRule == nil) }
        let found = ResultSlots<[Finding]>(count: remaining.count)
        if roadmap.items.count >= Self.concurrentRulesThreshold {
            DispatchQueue.concurrentPerform(iterations: remaining.count) { index in
                found[index] = remaining[index].rule.check(context)
            }
        } else {
            for index in remaining.indices { found[index] = remaining[index].rule.check(context) }
        }
        var heldBack: [(rule: String, periods: CapacityLedger.PeriodSet)] = []
        var preexisting: [(rule: String, count: Int)] = []
        for (index, rule) in remaining.enumerated() {
            let unjudged = rule.rule.heldBack(context)
            if !unjudged.isEmpty { heldBack.append((rule.description.id, unjudged)) }
            let findings = found[index] ?? []
            var warned = notMadeWorse(findings, of: rule.rule, base: base, context: context)
            if rule.severity != .error { warned = [] }
            if !warned.isEmpty { preexisting.append((rule.description.id, warned.count)) }
            diagnostics += self.diagnostics(findings, of: rule, roadmap: roadmap, base: base, warned: warned)
        }
        // Sorted through their indices: moving a diagnostic (a large value) costs more than comparing two.
        let order = diagnostics.indices.sorted { Diagnostic.reportOrder(diagnostics[$0], diagnostics[$1]) }
        return Report(
            diagnostics: order.map { diagnostics[$0] },
            notes: notes(context, heldBack: heldBack) + [Self.preexistingNote(preexisting)].compactMap { $0 })
    }

    /// What the item and link rules say about each item, from the memo where an edit cannot have changed it.
    private func lintItems(
        _ context: LintContext, enabled: [EnabledRule], roadmap: Roadmap, base: Roadmap?, memo: ItemFindingsMemo
    ) -> [Diagnostic] {
        let itemRules = enabled.filter { $0.rule.asItemRule != nil }
        let linkRules = enabled.filter { $0.rule.asLinkRule != nil }
        let (configuration, today) = (context.configuration, context.today)
        memo.begin(
            configuration: configuration, today: today, rules: (itemRules + linkRules).map(\.description.id),
            graph: context.graph)
        let itemContext = ItemContext(configuration: configuration, today: today)
        let itemChecks = itemRules.compactMap { $0.rule.asItemRule }
        let linkChecks = linkRules.compactMap { $0.rule.asLinkRule }
        @Sendable func judge(_ item: RoadmapItem) -> [Diagnostic] {
            zip(itemChecks, itemRules).flatMap { check, rule in
                self.diagnostics(check.check(item, in: itemContext), of: rule, roadmap: roadmap, base: base, item: item)
            }
        }
        @Sendable func judgeLinks(_ item: RoadmapItem, _ recorder: ConsultedIDs) -> [Diagnostic] {
            let links = LinkContext(context.graph, configuration: configuration, today: today, recorder: recorder)
            return zip(linkChecks, linkRules).flatMap { check, rule in
                self.diagnostics(check.check(item, in: links), of: rule, roadmap: roadmap, base: base, item: item)
            }
        }
        // Many items to judge (a session's first lint): judged on all cores first, then kept in order.
        let items = context.graph.items
        let unjudged = items.indices.filter { memo.needsJudging(items[$0]) }
        var judged: [Int: (items: [Diagnostic], links: [Diagnostic], consulted: [String])] = [:]
        if unjudged.count >= Self.concurrentRulesThreshold {
            let slots = ResultSlots<(items: [Diagnostic], links: [Diagnostic], consulted: [String])>(
                count: unjudged.count)
            DispatchQueue.concurrentPerform(iterations: unjudged.count) { position in
                let item = items[unjudged[position]]
                let recorder = ConsultedIDs()
                let found = (judge(item), judgeLinks(item, recorder))
                slots[position] = (found.0, found.1, recorder.ids)
            }
            for (position, index) in unjudged.enumerated() { judged[index] = slots[position] }
        }
        var diagnostics: [Diagnostic] = []
        for (index, item) in items.enumerated() {
            let ready = judged[index]
            memo.diagnostics(item, into: &diagnostics) {
                ready?.items ?? judge(item)
            } links: { recorder in
                guard let ready else { return judgeLinks(item, recorder) }
                recorder.ids = ready.consulted
                return ready.links
            }
        }
        return diagnostics
    }

    /// Findings as diagnostics: the rule's severity, suppressions applied, control characters escaped.
    /// `item`: the item the findings are about, when known (its suppressions need no lookup).
    /// `warned`: indices of findings reported as warnings whatever the rule's severity.
    private func diagnostics(
        _ findings: [Finding], of rule: EnabledRule, roadmap: Roadmap, base: Roadmap?, item: RoadmapItem? = nil,
        warned: Set<Int> = []
    ) -> [Diagnostic] {
        let id = rule.description.id
        return findings.enumerated().compactMap { index, finding in
            let disabled =
                item.flatMap { $0.path == finding.path ? $0.disabledRules : nil }
                ?? disabledRules(at: finding.path, roadmap, base: base)
            guard disabled?[id] == nil else { return nil }
            return Diagnostic(
                rule: id, severity: warned.contains(index) ? .warning : rule.severity, path: finding.path,
                line: finding.location.line, column: finding.location.column, item: finding.item,
                message: TextSanitizer.escapeControlCharacters(finding.message),
                fingerprint: Fingerprint(rule: id, subject: finding.subject, field: finding.field),
                endLine: finding.range.end.line, endColumn: finding.range.end.column,
                related: finding.related, fix: finding.fix)
        }
    }

    /// The `rmlint-disable` in force in the file at `path`: its item's, or, for a file the change
    /// deleted, the base file's. Items are in path order: no table is built per lint.
    private func disabledRules(at path: String, _ roadmap: Roadmap, base: Roadmap?) -> [String: String]? {
        if let item = Self.item(at: path, in: roadmap.items) { return item.disabledRules }
        guard let base, !roadmap.unreadable.contains(where: { $0.path == path }) else { return nil }
        return Self.item(at: path, in: base.items)?.disabledRules
    }

    private static func item(at path: String, in items: [RoadmapItem]) -> RoadmapItem? {
        let position = items.partitionPoint { PathOrder.precedes($0.path, path) }
        return position < items.count && items[position].path == path ? items[position] : nil
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
