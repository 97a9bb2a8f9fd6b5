import RMLintCore

extension RuleExample {
    /// Milestone `M-101` as the change-rule examples show it; `status`, `due`, `metric` and the
    /// lines after it vary, `↓` markers allowed.
    static func payments(
        status: String = "committed", due: String = "2027-03-20",
        metric: String = "metric: {name: payments retried automatically, target: 95%, baseline: 60%}",
        extra: String = ""
    ) -> String {
        """
        ---
        id: M-101
        kind: milestone
        title: Payment retries
        owner: carol
        theme: T-core
        horizon: next
        status: \(status)
        track: product
        estimate: 6
        due: \(due)
        \(metric)\(extra.isEmpty ? "" : "\n" + extra)
        ---
        \(narrative)
        """
    }
}
