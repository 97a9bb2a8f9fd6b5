import RMLintCore

extension RuleExample {
    /// A clean milestone file for capacity and dependency examples; `extra` adds front-matter lines.
    static func milestone(
        _ id: String, track: String = "product", estimate: String = "4", due: String = "2026-09-30",
        extra: String = ""
    ) -> File {
        File(
            path: "roadmap/milestones/\(id).md",
            content: """
                ---
                id: \(id)
                kind: milestone
                title: Milestone \(id)
                owner: carol
                theme: T-core
                horizon: next
                status: committed
                track: \(track)
                estimate: \(estimate)
                due: \(due)
                metric: {name: invoices matched automatically, target: 80%}\(extra.isEmpty ? "" : "\n" + extra)
                ---
                \(narrative)
                """)
    }
}
