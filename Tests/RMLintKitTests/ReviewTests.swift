import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// `rmlint review` on a repository built with fixed dates; every figure below computed by hand
/// from SPEC §5 and §7 for the period 2026-10-01 … 2026-11-30 (quarters).
///
/// | commit (UTC)                      | change                                                                  |
/// |-----------------------------------|-------------------------------------------------------------------------|
/// | C1 2026-06-01                     | M-1 committed due 10-31 (alice); M-2 committed 11-15 (alice); M-3       |
/// |                                   | committed 11-30 (bob, engineering); M-4 committed 12-20 (carol); M-5    |
/// |                                   | proposed, later; M-6 committed 12-10 (alice) depends on M-4; M-7        |
/// |                                   | committed 11-20; M-9 committed 12-15; goal G-1 served by M-1            |
/// | C2 2026-09-30 12:00Z              | M-4 → 12-31 ("design review") — outside the period                      |
/// | C3 2026-09-30 23:30 −08:00        | (= 10-01 UTC) M-3 → 2027-01-15 ("vendor late") — inside                 |
/// | C4 2026-10-20                     | M-4 → 2027-01-10 ("scope grew"): its second slip                        |
/// | C5 2026-11-02                     | M-7 dropped ("superseded by M-8")                                       |
/// | C6 2026-11-04                     | M-1 done, moved to roadmap/milestones/done/                             |
/// | C7 2026-11-10                     | M-5 deleted; M-8 added (proposed, next)                                 |
/// | C8 2026-11-30 20:00Z              | M-9 done — a delivery on the period's last day                          |
@Suite(.serialized) struct ReviewTests {
    static func milestone(
        _ id: String, status: String, due: String?, owner: String = "alice", track: String = "product",
        horizon: String = "now", extra: String = ""
    ) -> String {
        "---\nid: \(id)\nkind: milestone\ntitle: Milestone \(id)\nowner: \(owner)\ntheme: T-1\nhorizon: \(horizon)\nstatus: \(status)\ntrack: \(track)\nestimate: 2\n"
            + (due.map { "due: \($0)\n" } ?? "") + "metric: {name: x, target: 5}\n" + extra
            + "---\nA narrative long enough to describe what the milestone delivers and why it matters to us.\n"
    }

    /// Commits everything with the author and committer date given (HistoryTests' helper).
    private static func commit(_ repo: GitFixture, _ message: String, _ date: String) throws {
        try HistoryTests.commit(repo, message, date)
    }

    static func repository() throws -> GitFixture {
        let repo = try GitFixture()
        let m = "roadmap/milestones/"
        try repo.write("roadmap/themes/T-1.md", "---\nid: T-1\nkind: theme\ntitle: Core\nowner: alice\n---\n")
        try repo.write(
            "roadmap/goals/G-1.md",
            "---\nid: G-1\nkind: goal\ntitle: Faster payments\nowner: alice\ntheme: T-1\nmetric: {name: days to pay, baseline: 40, target: 30}\ndue: 2027-06-30\n---\nA goal narrative long enough to be specific about the outcome we want here.\n"
        )
        try repo.write(m + "M-1.md", milestone("M-1", status: "committed", due: "2026-10-31", extra: "goals: [G-1]\n"))
        try repo.write(m + "M-2.md", milestone("M-2", status: "committed", due: "2026-11-15"))
        try repo.write(
            m + "M-3.md", milestone("M-3", status: "committed", due: "2026-11-30", owner: "bob", track: "engineering"))
        try repo.write(m + "M-4.md", milestone("M-4", status: "committed", due: "2026-12-20", owner: "carol"))
        try repo.write(m + "M-5.md", milestone("M-5", status: "proposed", due: nil, horizon: "later"))
        try repo.write(
            m + "M-6.md", milestone("M-6", status: "committed", due: "2026-12-10", extra: "depends_on: [M-4]\n"))
        try repo.write(m + "M-7.md", milestone("M-7", status: "committed", due: "2026-11-20", owner: "dana"))
        try repo.write(m + "M-9.md", milestone("M-9", status: "committed", due: "2026-12-15", owner: "erin"))
        try commit(repo, "C1", "2026-06-01T10:00:00Z")
        func redate(_ id: String, _ owner: String, _ track: String, _ entries: [(String, String, String, String)])
            throws
        {
            let replans =
                "replans:\n"
                + entries.map { "  - {date: \($0.0), from: \($0.1), to: \($0.2), reason: \($0.3)}\n" }.joined()
            try repo.write(
                m + "\(id).md",
                milestone(
                    id, status: "committed", due: entries.last?.2, owner: owner, track: track,
                    extra: id == "M-4" ? replans : replans))
        }
        try redate("M-4", "carol", "product", [("2026-09-30", "2026-12-20", "2026-12-31", "design review")])
        try commit(repo, "C2", "2026-09-30T12:00:00Z")
        try redate("M-3", "bob", "engineering", [("2026-09-30", "2026-11-30", "2027-01-15", "vendor late")])
        try commit(repo, "C3", "2026-09-30T23:30:00-08:00")
        try redate(
            "M-4", "carol", "product",
            [
                ("2026-09-30", "2026-12-20", "2026-12-31", "design review"),
                ("2026-10-20", "2026-12-31", "2027-01-10", "scope grew"),
            ])
        try commit(repo, "C4", "2026-10-20T10:00:00Z")
        try repo.write(
            m + "M-7.md",
            milestone(
                "M-7", status: "dropped", due: "2026-11-20", owner: "dana", extra: "dropped-reason: superseded by M-8\n"
            ))
        try commit(repo, "C5", "2026-11-02T10:00:00Z")
        try FileManager.default.removeItem(atPath: repo.root + "/" + m + "M-1.md")
        try repo.write(m + "done/M-1.md", milestone("M-1", status: "done", due: "2026-10-31", extra: "goals: [G-1]\n"))
        try commit(repo, "C6", "2026-11-04T10:00:00Z")
        try FileManager.default.removeItem(atPath: repo.root + "/" + m + "M-5.md")
        try repo.write(m + "M-8.md", milestone("M-8", status: "proposed", due: nil, horizon: "next"))
        try commit(repo, "C7", "2026-11-10T10:00:00Z")
        try repo.write(m + "M-9.md", milestone("M-9", status: "done", due: "2026-12-15", owner: "erin"))
        try commit(repo, "C8", "2026-11-30T20:00:00Z")
        return repo
    }

    static let asOf = CalendarDate("2026-11-30")!

    private func review(_ repo: GitFixture, since: String? = "2026-10-01") throws -> JSONValue {
        let report = try ReviewRunner().run(
            ReviewRequest(
                workingDirectory: repo.root, since: since.flatMap(CalendarDate.init), asOf: Self.asOf, useCache: false))
        return try JSONValue.parse(Array(ReviewJSONReporter().report(report).utf8))
    }

    private func ids(_ json: JSONValue?) -> [String] { (json?.array ?? []).compactMap { $0["id"]?.string } }

    @Test func everyFigureIsTheHandComputedOne() throws {
        let repo = try Self.repository()
        let json = try review(repo)
        #expect(json["since"]?.string == "2026-10-01" && json["as_of"]?.string == "2026-11-30")
        // Delivered in the period: M-1 late by 4 days (moved between folders), M-9 on the last day.
        let delivered = json["delivered"]?.array ?? []
        #expect(ids(json["delivered"]) == ["M-1", "M-9"])
        #expect(delivered.first?["delivered_on"]?.string == "2026-11-04" && delivered.first?["days_late"]?.int == 4)
        #expect(delivered.first?["outcome"]?.string == "late")
        #expect(
            delivered.last?["delivered_on"]?.string == "2026-11-30" && delivered.last?["outcome"]?.string == "on-time")
        #expect(delivered.last?["days_late"]?.int == 0)
        // Missed: M-2, 15 days past its committed 11-15.
        #expect(ids(json["missed"]) == ["M-2"] && json["missed"]?.array?.first?["days_overdue"]?.int == 15)
        // Re-dated in the period: M-3 at 23:30 −08:00 on 09-30 (10-01 UTC), M-4's second move; not M-4's first.
        let replanned = json["replanned"]?.array ?? []
        #expect(ids(json["replanned"]) == ["M-3", "M-4"])
        #expect(replanned.first?["date"]?.string == "2026-10-01" && replanned.first?["days"]?.int == 46)
        #expect(replanned.first?["from"]?.string == "2026-11-30" && replanned.first?["to"]?.string == "2027-01-15")
        #expect(replanned.first?["reasons"]?.array?.compactMap(\.string) == ["vendor late"])
        #expect(replanned.last?["date"]?.string == "2026-10-20" && replanned.last?["days"]?.int == 10)
        #expect(replanned.last?["reasons"]?.array?.compactMap(\.string) == ["scope grew"])
        // Dropped: M-5 deleted (no reason), M-7 with its reason; added and removed.
        let dropped = json["dropped"]?.array ?? []
        #expect(ids(json["dropped"]) == ["M-5", "M-7"])
        #expect(dropped.first?["reason"]?.isNull == true && dropped.first?["date"]?.string == "2026-11-10")
        #expect(dropped.last?["reason"]?.string == "superseded by M-8" && dropped.last?["date"]?.string == "2026-11-02")
        #expect(json["added"]?.array?.compactMap(\.string) == ["M-8"])
        #expect(json["removed"]?.array?.compactMap(\.string) == ["M-5"])
        // At risk: M-2 overdue; M-4 moved twice; M-6 due in 10 days, not started, before M-4 it depends on.
        let risks = (json["at_risk"]?.array ?? []).map {
            "\($0["id"]?.string ?? "") \($0["why"]?.string ?? "") \($0["due"]?.string ?? "-")"
        }
        #expect(
            risks == [
                "M-2 overdue 2026-11-15", "M-4 replanned-repeatedly 2027-01-10", "M-6 due-soon-not-started 2026-12-10",
                "M-6 depends-on-later 2026-12-10",
            ])
        // Owners over 25% of the live commitments (M-2, M-3, M-4, M-6): alice with 2 of 4.
        #expect(
            json["owners"]?.array?.map { "\($0["owner"]?.string ?? "") \($0["share"]?.number ?? 0)" } == ["alice 0.5"])
        // Accuracy over the committed dues in the period: M-1 late, M-2 missed (M-3 open, M-7 dropped).
        let period = json["accuracy", "period"]
        #expect(period?["on_time"]?.int == 0 && period?["late"]?.int == 1 && period?["missed"]?.int == 1)
        #expect(period?["ratio"]?.number == 0)
        let trend = (json["accuracy", "trend"]?.array ?? []).map {
            "\($0["period"]?.string ?? "") \($0["ratio"]?.number.map { "\($0)" } ?? "null")"
        }
        #expect(trend == ["2026-Q1 null", "2026-Q2 null", "2026-Q3 null", "2026-Q4 0.3333"])
        // Churn: 7 milestones committed at some time in the period (all but M-5 and M-8), 2 re-dated.
        #expect(json["churn", "commitments"]?.int == 7 && json["churn", "replanned"]?.int == 2)
        #expect(json["churn", "ratio"]?.number == 0.2857)
        // Forecast: the open or missed commitments; 2 deliveries on record are too few.
        #expect(ids(json["forecast"]) == ["M-2", "M-3", "M-4", "M-6"])
        let forecast = json["forecast"]?.array ?? []
        #expect(forecast.allSatisfy { $0["p50"]?.isNull == true && $0["p80"]?.isNull == true })
        #expect(forecast.allSatisfy { $0["basis", "deliveries"]?.int == 2 && $0["basis", "track"]?.isNull == true })
        #expect(forecast.map { $0["due"]?.string ?? "" } == ["2026-11-15", "2027-01-15", "2027-01-10", "2026-12-10"])
        // Decisions: one question per finding — M-2 missed, M-4 moved twice, M-6 due soon and before its
        // dependency, and G-1, whose one milestone is done, has no live milestone.
        let decisions = (json["decisions"]?.array ?? []).compactMap(\.string)
        #expect(decisions.map { $0.prefix(3) } == ["M-2", "M-4", "M-6", "M-6", "G-1"])
        #expect(ids(json["goals"]) == ["G-1"] && json["goals"]?.array?.first?["unplanned"]?.bool == true)
    }

    @Test func aReviewFromTheCachesIsTheSameReview() throws {
        let repo = try Self.repository()
        func run(cache: Bool = true) throws -> String {
            ReviewJSONReporter().report(
                try ReviewRunner().run(
                    ReviewRequest(
                        workingDirectory: repo.root, since: CalendarDate("2026-10-01"), asOf: Self.asOf,
                        useCache: cache)))
        }
        let cold = try run()
        #expect(FileManager.default.fileExists(atPath: repo.root + "/.git/rmlint/review-facts.json"))
        #expect(try run() == cold)
        #expect(try run(cache: false) == cold, "the same without any cache")
    }

    @Test func reviewAgreesWithHistoryAndLintOnTheSameRepository() throws {
        let repo = try Self.repository()
        let json = try review(repo)
        let history = try JSONValue.parse(
            Array(
                HistoryJSONReporter().report(
                    try HistoryRunner().run(
                        HistoryRequest(workingDirectory: repo.root, asOf: Self.asOf, useCache: false))
                ).utf8))
        // The capacity rows are history's scorecard rows from the as-of quarter on.
        let scorecard = (history["scorecard", "capacity"]?.array ?? []).filter {
            ($0["period"]?.string ?? "") >= "2026-Q4"
        }
        let rows = json["capacity"]?.array ?? []
        func text(_ value: JSONValue?) -> String { value?.rendered(pretty: false) ?? "none" }
        #expect(!rows.isEmpty)
        #expect(rows.map { text($0["period"]) } == scorecard.map { text($0["period"]) })
        #expect(rows.map { text($0["total"]) } == scorecard.map { text($0["total"]) })
        #expect(rows.map { text($0["tracks"]) } == scorecard.map { text($0["tracks"]) })
        #expect(rows.allSatisfy { $0["in_split"] == nil }, "no split configured")
        // Problems are the lint of the revision's tree.
        let lint = try LintRunner().run(
            LintRequest(workingDirectory: repo.root, today: Self.asOf, revision: .commit("HEAD")))
        #expect(json["problems", "errors"]?.int == lint.errors && json["problems", "warnings"]?.int == lint.warnings)
        // The default period: review.last of the configuration at the revision, else 30 days back.
        #expect(try review(repo, since: nil)["since"]?.string == "2026-10-31")
    }

    @Test func scoresRaiseQuestionsOfOrderPerTheme() throws {
        let repo = try GitFixture()
        let m = "roadmap/milestones/"
        try repo.write("roadmap/themes/T-1.md", "---\nid: T-1\nkind: theme\ntitle: Core\nowner: alice\n---\n")
        func scored(_ id: String, horizon: String, _ scores: String, status: String = "proposed") -> String {
            Self.milestone(id, status: status, due: nil, horizon: horizon, extra: "scores: {\(scores)}\n")
        }
        // Values: N-1 5+4+2−2 = 9, N-2 1+1+1−3 = 0 (lowest, now), X-1 (next) 5+5+5−1 = 14, L-1 (later) 2+2+2−2 = 4.
        try repo.write(m + "N-1.md", scored("N-1", horizon: "now", "customer: 5, business: 4, effort: 2, risk: 2"))
        try repo.write(m + "N-2.md", scored("N-2", horizon: "now", "customer: 1, business: 1, effort: 3, risk: 1"))
        try repo.write(m + "X-1.md", scored("X-1", horizon: "next", "customer: 5, business: 5, effort: 1, risk: 5"))
        try repo.write(m + "L-1.md", scored("L-1", horizon: "later", "customer: 2, business: 2, effort: 2, risk: 2"))
        try repo.write(m + "L-2.md", Self.milestone("L-2", status: "proposed", due: nil, horizon: "later"))
        try Self.commit(repo, "C1", "2026-01-05T10:00:00Z")
        try repo.write(
            m + "L-2.md", Self.milestone("L-2", status: "proposed", due: nil, owner: "bob", horizon: "later"))
        try Self.commit(repo, "C2", "2026-08-01T10:00:00Z")
        let report = try ReviewRunner().run(
            ReviewRequest(
                workingDirectory: repo.root, since: CalendarDate("2026-09-01"), asOf: CalendarDate("2026-09-30")!,
                useCache: false))
        // X-1 outranks N-2 (the lowest now) and L-1 too; N-2 ranks lowest of its theme; L-1 untouched
        // since 01-05 (268 days), L-2 changed on 08-01 (60 days) stays.
        #expect(
            report.priorities.map { "\($0.kind.rawValue) \($0.id) \($0.other ?? "")\($0.days.map { " \($0)" } ?? "")" }
                == [
                    "move-down N-2 ", "move-up L-1 N-2", "move-up X-1 N-2", "remove L-1  268",
                ])
        #expect(report.ranked == 4)
        #expect(report.decisions.filter { $0.contains("move it") || $0.contains("remove it") }.count == 4)
    }

    @Test func theForecastTakesNearestRanksOfTheTracksOwnRecord() throws {
        // Eleven deliveries: eight product ones late by 1…8 days, three engineering ones 10 days early.
        let repo = try GitFixture()
        let m = "roadmap/milestones/"
        try repo.write("roadmap/themes/T-1.md", "---\nid: T-1\nkind: theme\ntitle: Core\nowner: alice\n---\n")
        for index in 1...8 {
            try repo.write(m + "P-\(index).md", Self.milestone("P-\(index)", status: "committed", due: "2026-03-01"))
        }
        for index in 1...3 {
            try repo.write(
                m + "E-\(index).md",
                Self.milestone("E-\(index)", status: "committed", due: "2026-03-20", track: "engineering"))
        }
        try repo.write(m + "O-1.md", Self.milestone("O-1", status: "committed", due: "2026-06-30"))
        try repo.write(
            m + "O-2.md", Self.milestone("O-2", status: "committed", due: "2026-06-30", track: "engineering"))
        try Self.commit(repo, "C1", "2026-01-05T10:00:00Z")
        for index in 1...8 {
            try repo.write(
                m + "P-\(index).md",
                Self.milestone(
                    "P-\(index)", status: "done", due: "2026-03-01", extra: "delivered: 2026-03-0\(index + 1)\n"))
        }
        for index in 1...3 {
            try repo.write(
                m + "E-\(index).md",
                Self.milestone(
                    "E-\(index)", status: "done", due: "2026-03-20", track: "engineering",
                    extra: "delivered: 2026-03-10\n"))
        }
        try Self.commit(repo, "C2", "2026-03-15T10:00:00Z")
        let report = try ReviewRunner().run(
            ReviewRequest(
                workingDirectory: repo.root, since: CalendarDate("2026-03-01"), asOf: CalendarDate("2026-04-01")!,
                useCache: false))
        let forecast = Dictionary(uniqueKeysWithValues: report.forecast.map { ($0.id, $0) })
        // O-1 (product): the product sample 1…8; p50 = 4th smallest = 4, p80 = ⌈6.4⌉ = 7th = 7.
        #expect(forecast["O-1"]?.track == "product" && forecast["O-1"]?.deliveries == 8)
        #expect(forecast["O-1"]?.p50?.description == "2026-07-04" && forecast["O-1"]?.p80?.description == "2026-07-07")
        // O-2 (engineering, 3 deliveries): all eleven, −10 −10 −10 1 … 8; p50 = 6th = 3, p80 = ⌈8.8⌉ = 9th = 6.
        #expect(forecast["O-2"]?.track == nil && forecast["O-2"]?.deliveries == 11)
        #expect(forecast["O-2"]?.p50?.description == "2026-07-03" && forecast["O-2"]?.p80?.description == "2026-07-06")
        // 3 of 11 within tolerance (the early ones): what the next period can expect.
        #expect(report.expectedAccuracy == 0.2727)
    }
}
