import Foundation

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// A small, realistic and clean roadmap: three themes (one archived), two goals, four milestones
/// with a 75/25 product/engineering split in 2027-Q1, and backlog under them. Tests make one
/// mistake at a time in it and assert the complete set of diagnostics.
enum SampleRoadmap {
    static let today = "2026-11-24"

    static let configuration = """
        capacity:
          split:
            product: [60, 80]
            engineering: [20, 40]
          total: {2027-Q1: 40}

        """

    static let narrative =
        "Merchants lose revenue when card payments fail for reasons a retry would fix; this milestone changes that for them."

    static func theme(_ id: String, _ title: String, status: String = "active") -> String {
        "---\nid: \(id)\nkind: theme\ntitle: \(title)\nowner: dana\nstatus: \(status)\n---\n"
    }

    static func goal(_ id: String, theme: String, status: String = "active") -> String {
        """
        ---
        id: \(id)
        kind: goal
        title: Goal \(id)
        owner: erin
        theme: \(theme)
        status: \(status)
        metric: {name: monthly churn, target: 2%, baseline: 3.5%}
        due: 2027-06-30
        ---
        \(narrative)

        """
    }

    static func milestone(
        _ id: String, theme: String, goals: String = "[]", status: String = "committed", track: String = "product",
        estimate: String = "6", due: String = "due: 2027-03-20", extra: String = ""
    ) -> String {
        """
        ---
        id: \(id)
        kind: milestone
        title: Milestone \(id)
        owner: frank
        theme: \(theme)
        goals: \(goals)
        horizon: now
        status: \(status)
        track: \(track)
        estimate: \(estimate)
        \(due)
        metric: {name: recovered payments, target: 40%, baseline: 0%}\(extra.isEmpty ? "" : "\n" + extra)
        ---
        \(narrative)

        """
    }

    static func backlog(_ id: String, link: String, status: String = "open") -> String {
        "---\nid: \(id)\nkind: backlog\ntitle: Task \(id)\n\(link)\nstatus: \(status)\n---\n"
    }

    static var files: [String: String] {
        [
            "roadmap/themes/T-payments.md": theme("T-payments", "Payments that just work"),
            "roadmap/themes/T-enterprise.md": theme("T-enterprise", "Enterprise readiness"),
            "roadmap/themes/T-legacy.md": theme("T-legacy", "Legacy desktop client", status: "archived"),
            "roadmap/goals/G-retention.md": goal("G-retention", theme: "T-payments"),
            "roadmap/goals/G-enterprise.md": goal("G-enterprise", theme: "T-enterprise"),
            "roadmap/milestones/M-retries.md": milestone(
                "M-retries", theme: "T-payments", goals: "[G-retention]", due: "due: 2027-02-26"),
            "roadmap/milestones/M-sso.md": milestone("M-sso", theme: "T-enterprise", goals: "[G-enterprise]"),
            "roadmap/milestones/M-ledger.md": milestone(
                "M-ledger", theme: "T-payments", track: "engineering", estimate: "4",
                due: "due: 2027-03-31", extra: "depends_on: [M-retries]"),
            "roadmap/milestones/M-audit.md": milestone("M-audit", theme: "T-enterprise", status: "proposed", due: "")
                .replacingOccurrences(of: "horizon: now", with: "horizon: later")
                .replacingOccurrences(of: "estimate: 6\n", with: ""),
            "roadmap/backlog/B-retry-queue.md": backlog("B-retry-queue", link: "milestone: M-retries"),
            "roadmap/backlog/B-dunning.md": backlog("B-dunning", link: "milestone: M-retries"),
            "roadmap/backlog/B-saml.md": backlog("B-saml", link: "milestone: M-sso"),
            "roadmap/backlog/B-scim.md": backlog("B-scim", link: "milestone: M-sso"),
            "roadmap/backlog/B-fees.md": backlog("B-fees", link: "theme: T-payments"),
            "roadmap/backlog/B-ledger-schema.md": backlog("B-ledger-schema", link: "milestone: M-ledger"),
        ]
    }

    /// Lints the sample with `changes` applied (a `nil` value deletes the file), as `rule path:line:column`.
    static func diagnostics(_ changes: [String: String?] = [:], configuration: String = SampleRoadmap.configuration)
        throws -> [String]
    {
        var all = files
        for (path, content) in changes { all[path] = content }
        return try lint(all, configuration: configuration, today: today).map {
            "\($0.rule) \($0.path):\($0.line):\($0.column)"
        }
    }

    /// The file at `path` with `old` replaced by `new` (which must be there).
    static func edit(_ path: String, _ old: String, _ new: String) -> [String: String?] {
        let content = files[path] ?? ""
        precondition(content.contains(old), "\(path) has no '\(old)'")
        return [path: content.replacingOccurrences(of: old, with: new)]
    }
}
