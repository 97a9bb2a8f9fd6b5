import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintKit

/// `rmlint diff` lists every field a reviewer wants to see changing (SPEC §1's fields), lists what a
/// list gained and lost, and history's drift keeps to its own fields.
struct DiffFieldTests {
    private let sso = "roadmap/milestones/M-sso.md"

    private func fields(_ report: DiffReport) -> [String: [String]] {
        var byID: [String: [String]] = [:]
        for change in report.changes {
            byID[change.id] = change.fields.map { field in
                "\(field.field): " + (field.listChange() ?? "\(field.before()) → \(field.after())")
            }
        }
        return byID
    }

    @Test func everyFieldIsAChange() throws {
        let repo = try ChangeGovernanceTests.repository()
        let edits = [
            ("title: Milestone M-sso", "title: Single sign-on for every plan"),
            ("theme: T-enterprise", "theme: T-payments"),
            ("goals: [G-enterprise]", "goals: [G-retention, G-enterprise]"),
            ("track: product", "track: engineering"),
            ("due: 2027-03-20", "due: 2027-03-20\nperiod: 2027-Q1\ndelivered: 2027-03-18\ndepends_on: [M-retries]"),
            (
                "metric: {name: recovered payments, target: 40%, baseline: 0%}",
                "metric: {name: SSO logins, target: 40%, baseline: 5%}\ntags: [enterprise, security]"
            ),
        ]
        for (old, new) in edits { try ChangeGovernanceTests.edit(repo, sso, old, new) }
        try ChangeGovernanceTests.edit(repo, "roadmap/backlog/B-saml.md", "milestone: M-sso", "milestone: M-retries")
        let report = try ChangeGovernanceTests.diff(repo)
        #expect(
            fields(report) == [
                "M-sso": [
                    "title: Milestone M-sso → Single sign-on for every plan",
                    "theme: T-enterprise → T-payments",
                    "goals: added G-retention",
                    "depends_on: added M-retries",
                    "track: product → engineering",
                    "period: none → 2027-Q1",
                    "delivered: none → 2027-03-18",
                    "metric.name: recovered payments → SSO logins",
                    "metric.baseline: 0% → 5%",
                    "tags: added enterprise, security",
                ],
                "B-saml": ["milestone: M-sso → M-retries"],
            ])
        // The Markdown a pull request shows says the same.
        let markdown = DiffMarkdownReporter().report(report)
        #expect(
            markdown.contains("goals added `G-retention`") || markdown.contains("goals added G-retention"),
            "\(markdown)")
        #expect(
            markdown.contains("milestone M-sso → M-retries") || markdown.contains("milestone `M-sso` → `M-retries`"),
            "\(markdown)")
    }

    @Test func listsSayWhatWasAddedAndRemoved() {
        var old = ItemSnapshot(id: "M-1")
        old.goals = ["G-1", "G-2"]
        var new = old
        new.goals = ["G-2", "G-3"]
        let changes = ItemSnapshot.changes(from: old, to: new)
        #expect(changes.map(\.field) == ["goals"])
        #expect(changes.first?.added == ["G-3"] && changes.first?.removed == ["G-1"])
        #expect(changes.first?.listChange() == "added G-3; removed G-1")
        #expect(changes.first?.from == "G-1, G-2" && changes.first?.to == "G-2, G-3")
    }

    @Test func driftKeepsToTheCommitmentFields() {
        var old = ItemSnapshot(id: "M-1")
        old.title = "Old"
        old.track = "product"
        old.due = CalendarDate(year: 2027, month: 3, day: 1)
        var new = old
        new.title = "New"
        new.track = "engineering"
        new.due = nil
        let drift = ItemSnapshot.changes(from: old, to: new).filter { ItemSnapshot.driftFields.contains($0.field) }
        #expect(drift.map { "\($0.field) \($0.before()) → \($0.after())" } == ["due 2027-03-01 → none"])
    }
}
