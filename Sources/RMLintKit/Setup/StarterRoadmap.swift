import RMLintCore
import RMLintGit
import RMLintRules

/// What `rmlint init` writes: a commented configuration and one clean item of each kind.
enum StarterRoadmap {
    static let configuration = """
        # rmlint configuration. Every key is optional; see `rmlint rules` and `rmlint explain RULE-ID`.
        roadmap: [roadmap]            # folders holding roadmap items
        # exclude: ["roadmap/archive/**"]
        # strict-fields: false        # true: fields not documented for an item's kind are errors
        capacity:
          unit: team-weeks
          period: quarter             # quarter | month
          # split:                    # share of estimated effort per period, in percent, [min, max]
          #   product: [60, 80]
          #   engineering: [20, 40]
          # total: {2027-Q1: 40}      # capacity per period
        # review: {last: 2026-10-01, cadence: quarterly}
        # rules:
        #   smart-specific: {severity: warning, min-words: 15}
        #   overdue: off

        """

    static func items(today: CalendarDate) -> [(String, String)] {
        let milestoneDue = today.adding(months: 3)
        let goalDue = today.adding(months: 9)
        return [
            (
                "themes/T-example.md",
                """
                ---
                id: T-example
                kind: theme
                title: An outcome area, such as reducing manual admin
                owner: your-name
                ---
                A theme names an outcome area the organisation invests in. Goals and milestones link to it.

                """
            ),
            (
                "goals/G-example.md",
                """
                ---
                id: G-example
                kind: goal
                title: A measurable business outcome
                owner: your-name
                theme: T-example
                metric: {name: hours of manual admin per week, target: 5, baseline: 20, unit: hours}
                due: \(goalDue)
                ---
                Say what will be different for customers or the business when this goal is met, and how it is measured.

                """
            ),
            (
                "milestones/M-example.md",
                """
                ---
                id: M-example
                kind: milestone
                title: A deliverable that moves the goal
                owner: your-name
                theme: T-example
                goals: [G-example]
                horizon: now
                status: committed
                track: product
                estimate: 4
                due: \(milestoneDue)
                metric: {name: invoices entered by hand, target: 0, baseline: 120}
                ---
                Describe the change this milestone ships, who benefits, what is out of scope, and how success shows in the metric.

                """
            ),
            (
                "backlog/B-example.md",
                """
                ---
                id: B-example
                kind: backlog
                title: A piece of work towards the milestone
                milestone: M-example
                status: open
                ---

                """
            ),
        ]
    }
}
