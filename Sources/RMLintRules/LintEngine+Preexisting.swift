import Foundation
import RMLintCore

extension LintEngine {
    /// The findings (by index) about a limit the roadmap was already past before the change and is
    /// no farther past now — on the same side, by no more than before, judged by the same rule under
    /// the configuration of the change. A change-aware run (`--staged`, `--base`) reports them as
    /// warnings: a pre-existing problem does not block a change that leaves it as it was or better.
    func notMadeWorse(_ findings: [Finding], of rule: any Rule, base: Roadmap?, context: LintContext) -> Set<Int> {
        guard let base, findings.contains(where: { $0.excess != nil }) else { return [] }
        let configuration = context.configuration
        let before = LintContext(
            graph: base.graph, configuration: configuration, today: context.today, unreadableFiles: base.unreadable,
            capacity: base.capacity(by: configuration.capacity.period))
        var excessBefore: [String: Decimal] = [:]
        for finding in rule.check(before) {
            if let excess = finding.excess { excessBefore[finding.subject + "\u{0}" + finding.field] = excess }
        }
        var indices = Set<Int>()
        for (index, finding) in findings.enumerated() {
            guard let excess = finding.excess, let was = excessBefore[finding.subject + "\u{0}" + finding.field],
                (excess > 0) == (was > 0), abs(excess) <= abs(was)
            else { continue }
            indices.insert(index)
        }
        return indices
    }

    /// The note for the problems `notMadeWorse` reported as warnings.
    static func preexistingNote(_ counts: [(rule: String, count: Int)]) -> String? {
        guard !counts.isEmpty else { return nil }
        let total = counts.reduce(0) { $0 + $1.count }
        let rules = counts.map(\.rule).joined(separator: " and ")
        return
            "\(total) \(rules) problem\(total == 1 ? "" : "s") the roadmap had before this change, which it does not make worse, \(total == 1 ? "is" : "are") reported as \(total == 1 ? "a warning" : "warnings"), not errors; fix \(total == 1 ? "it" : "them") in a change of \(total == 1 ? "its" : "their") own"
    }
}
