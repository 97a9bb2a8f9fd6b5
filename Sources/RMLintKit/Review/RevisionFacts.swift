import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// What a review needs from the roadmap at its revision — the lint counted, the active goals, the
/// dropped reasons, the scores' ranking inputs, the configured capacity totals and `review.last` —
/// computed once per revision and date and kept in `.git/rmlint/`, so a review run again costs
/// about what `history` costs from its cache (the roadmap is not read or linted again).
struct RevisionFacts: Codable, Sendable {
    struct Goal: Codable, Sendable {
        var id: String
        var title: String?
        var metric: String?
        var due: String?
        var milestones: [String: Int]
        var statusOrder: [String]
        var doneEffortShare: Double?
        var unplanned: Bool
    }

    struct Ranked: Codable, Sendable {
        var id: String
        var theme: String
        var horizon: String?
        var value: Int
    }

    struct RuleCount: Codable, Sendable {
        var rule: String
        var count: Int
        var files: [String]
    }

    var goals: [Goal]
    var droppedReasons: [String: String]
    var ranked: [Ranked]
    /// `capacity.total` by period, as text (`2027-Q1`) → the number as written.
    var totals: [String: String]
    var reviewLast: String?
    var errors: Int
    var warnings: Int
    var byRule: [RuleCount]

    init(roadmap: Roadmap, diagnostics: [Diagnostic]) {
        let milestones = roadmap.items.filter { $0.kind == .milestone }
        goals = roadmap.items.compactMap { goal -> Goal? in
            guard goal.kind == .goal, let id = goal.itemID, goal.effectiveStatus == .active else { return nil }
            let serving = milestones.filter { $0.goals.contains { $0.value == id } }
            var byStatus: [String: Int] = [:]
            var all = Decimal(0)
            var done = Decimal(0)
            for milestone in serving {
                let status = milestone.effectiveStatus
                byStatus[status?.rawValue ?? "unknown", default: 0] += 1
                guard status != .dropped, let estimate = milestone.estimate.value else { continue }
                all += estimate
                if status == .done { done += estimate }
            }
            let metric = goal.metric.value.map { metric -> String in
                let name = metric.name.value ?? "metric"
                let target = metric.target.value?.text ?? "?"
                let baseline = metric.baseline.value.map { "\($0.text) → " } ?? ""
                return "\(name): \(baseline)\(target)" + (metric.unit.value.map { " \($0)" } ?? "")
            }
            return Goal(
                id: id, title: goal.title.value, metric: metric, due: goal.due.value?.description,
                milestones: byStatus, statusOrder: ItemKind.milestone.statuses.map(\.rawValue) + ["unknown"],
                doneEffortShare: all > 0 ? HistoryScorecard.round(HistoryScorecard.number(done / all)) : nil,
                unplanned: !serving.contains { $0.effectiveStatus != .done && $0.effectiveStatus != .dropped })
        }.sorted { PathOrder.precedes($0.id, $1.id) }
        var reasons: [String: String] = [:]
        for item in milestones where item.effectiveStatus == .dropped {
            if let id = item.itemID, let reason = item.droppedReason.value { reasons[id] = reason }
        }
        droppedReasons = reasons
        ranked = milestones.compactMap { item in
            guard let id = item.itemID, let status = item.effectiveStatus, status != .done, status != .dropped,
                let value = item.scores?.value, let theme = item.theme.value
            else { return nil }
            return Ranked(id: id, theme: theme, horizon: item.horizon.value?.rawValue, value: value)
        }
        totals = Dictionary(
            roadmap.configuration.capacity.total.map { ($0.key.description, "\($0.value.value)") },
            uniquingKeysWith: { first, _ in first })
        reviewLast = roadmap.configuration.review?.last.description
        let problems = ReviewFacts.problems(diagnostics)
        errors = problems.errors
        warnings = problems.warnings
        byRule = problems.byRule.map { RuleCount(rule: $0.rule, count: $0.count, files: $0.files) }
    }

    /// The revision's facts: from the cache when this rmlint computed them for the same commit and
    /// date, else from the roadmap at the commit (read and linted), then kept for next time.
    static func load(
        repository: GitRepository, workingDirectory: String, commit: String, asOf: CalendarDate, useCache: Bool
    ) throws -> RevisionFacts {
        let key = "\(RMLintVersion.current)|review-facts-1|\(commit)|\(asOf)"
        let url = URL(fileURLWithPath: repository.commonDirectory).appendingPathComponent("rmlint")
            .appendingPathComponent("review-facts.json")
        if useCache, let data = try? Data(contentsOf: url),
            let cached = try? JSONDecoder().decode(Cached.self, from: data), cached.key == key
        {
            return cached.facts
        }
        let workspace = try Workspace.open(at: workingDirectory, revision: .commit(commit))
        let roadmap = try workspace.loadRoadmap(allowingNoItems: true)
        let facts = RevisionFacts(roadmap: roadmap, diagnostics: LintEngine().lint(roadmap, today: asOf).diagnostics)
        if useCache, let data = try? JSONEncoder().encode(Cached(key: key, facts: facts)) {
            let folder = url.deletingLastPathComponent()
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let temporary = folder.appendingPathComponent(".review-facts.\(getpid()).tmp")
            if (try? data.write(to: temporary)) != nil, rename(temporary.path, url.path) != 0 {
                try? FileManager.default.removeItem(at: temporary)
            }
        }
        return facts
    }

    private struct Cached: Codable {
        var key: String
        var facts: RevisionFacts
    }
}
