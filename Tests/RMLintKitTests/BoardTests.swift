import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintKit

/// The public board shows what a customer may see and nothing else; hostile text renders as text.
@Suite(.serialized) struct BoardTests {
    static let secret = "SECRET"

    /// A roadmap whose every internal field carries a marker that must never reach the public page.
    static func repository() throws -> GitFixture {
        let repo = try GitFixture()
        let m = "roadmap/milestones/"
        try repo.write(
            "roadmap/themes/T-1.md",
            "---\nid: T-1\nkind: theme\ntitle: Theme \(secret)-theme\nowner: \(secret)-owner\n---\n")
        try repo.write(
            "roadmap/goals/G-1.md",
            "---\nid: G-1\nkind: goal\ntitle: Goal \(secret)-goal\nowner: alice\ntheme: T-1\nmetric: {name: \(secret)-metric, target: 5}\ndue: 2027-06-30\n---\nWords.\n"
        )
        func milestone(
            _ id: String, title: String, track: String = "product", status: String = "committed",
            horizon: String = "now", due: String = "2027-02-10", extra: String = "", body: String
        ) -> String {
            "---\nid: \(id)\nkind: milestone\ntitle: \"\(title)\"\nowner: \(secret)-owner-\(id)\ntheme: T-1\ngoals: [G-1]\nhorizon: \(horizon)\nstatus: \(status)\ntrack: \(track)\nestimate: 7\ndue: \(due)\nmetric: {name: \(secret)-metric-\(id), target: 5}\nscores: {customer: 5, business: 4, effort: 2, risk: 1}\ndepends_on: [M-eng]\n\(extra)---\n\(body)\n\nSecond paragraph \(secret)-second.\n"
        }
        // In YAML's double quotes: \\u202E is a right-to-left override, \\e an escape.
        let hostile = "<script>alert(1)</script> **bold** [x](http://e) \\u202Erev\\e[31m"
        try repo.write(
            m + "M-pub.md",
            milestone("M-pub", title: "Faster invoices \(hostile)", body: "Pay in one click <b>now</b>."))
        try repo.write(
            m + "M-next.md",
            milestone("M-next", title: "Bulk export", status: "proposed", horizon: "next", body: "Export everything."))
        try repo.write(
            m + "M-int.md",
            milestone(
                "M-int", title: "Internal \(secret)-internal", extra: "tags: [internal]\n",
                body: "\(secret)-internal-body"))
        try repo.write(
            m + "M-eng.md",
            milestone("M-eng", title: "Engine \(secret)-eng", track: "engineering", body: "\(secret)-eng-body"))
        try repo.write(
            m + "M-drop.md",
            milestone(
                "M-drop", title: "Dropped \(secret)-dropped", status: "dropped",
                extra: "dropped-reason: \(secret)-reason\n", body: "x"))
        try repo.write(
            m + "M-old.md",
            milestone(
                "M-old", title: "Shipped long ago \(secret)-old", status: "done", extra: "delivered: 2026-01-05\n",
                body: "x"))
        try repo.write(
            m + "M-new.md",
            milestone(
                "M-new", title: "Shipped lately", status: "done", extra: "delivered: 2026-11-05\n", body: "Now live."))
        try repo.write(
            m + "M-later.md",
            milestone(
                "M-later", title: "Someday", status: "proposed", horizon: "later", due: "2028-01-31", body: "Maybe."))
        try repo.git("add", "-A")
        try repo.git("commit", "-qm", "roadmap", environment: ["GIT_COMMITTER_DATE": "2026-11-01T10:00:00Z"])
        return repo
    }

    @Test func thePublicBoardLeaksNothingItIsNotMeantToShow() throws {
        let repo = try Self.repository()
        let board = try BoardRunner().run(
            BoardRequest(
                workingDirectory: repo.root, audience: .public, asOf: CalendarDate("2026-11-30")!, useCache: false))
        #expect(
            board.columns.map { $0.cards.map(\.title) } == [
                ["Faster invoices <script>alert(1)</script> **bold** [x](http://e) \u{202E}rev\u{1B}[31m"],
                ["Bulk export"], ["Someday"],
            ])
        #expect(board.recentlyShipped.map(\.title) == ["Shipped lately"])
        // Only the committed now work has a quarter; no ids anywhere.
        #expect(board.columns.flatMap(\.cards).map { $0.quarter ?? "-" } == ["2027-Q1", "-", "-"])
        for format in ["markdown", "html", "json"] {
            let page = try #require(BoardReporters.registry.reporter(named: format, options: ReporterOptions())).report(
                board)
            #expect(!page.contains(Self.secret), "\(format) leaks: \(page)")
            // JSON is data: the title is there as written; pages show it as text (below).
            let rendered = format == "json" ? [] : ["<script>", "\u{202E}", "\u{1B}"]
            for leak in [
                "M-pub", "M-eng", "T-1", "G-1", "alice", "estimate", "2027-02-10", "2028-01-31", "2026-11-05",
                board.revision.description,
            ] + rendered {
                #expect(!page.contains(leak), "\(format) shows \(leak)")
            }
            #expect(page.contains("Pay in one click"), "\(format) shows the first paragraph")
        }
        // Hostile text is text: escaped in HTML, inert in Markdown.
        let html = try #require(BoardReporters.registry.reporter(named: "html", options: ReporterOptions())).report(
            board)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && html.contains("&lt;b&gt;now&lt;/b&gt;"))
        #expect(html.contains("\\u{202E}rev\\u{1B}"))
        let markdown = try #require(BoardReporters.registry.reporter(named: "markdown", options: ReporterOptions()))
            .report(board)
        #expect(markdown.contains("&lt;script&gt;") && markdown.contains("\\*\\*bold\\*\\* \\[x\\](http://e)"))
    }

    @Test func hostileTitlesRenderAsTextInEveryReviewFormat() throws {
        let repo = try Self.repository()
        let review = try ReviewRunner().run(
            ReviewRequest(
                workingDirectory: repo.root, since: CalendarDate("2026-10-01"), asOf: CalendarDate("2027-03-01")!,
                useCache: false))
        #expect(review.atRisk.contains { $0.id == "M-pub" }, "M-pub is overdue, so its title is listed")
        func render(_ format: String) throws -> String {
            try #require(ReviewReporters.registry.reporter(named: format, options: ReporterOptions())).report(review)
        }
        let html = try render("html")
        #expect(html.contains("Faster invoices &lt;script&gt;alert(1)&lt;/script&gt;") && !html.contains("<script>"))
        let markdown = try render("markdown")
        #expect(markdown.contains("&lt;script&gt;") && !markdown.contains("<script>") && !markdown.contains("\u{202E}"))
        let text = try render("text")
        #expect(text.contains("\\u{202E}rev\\u{1B}[31m") && !text.contains("\u{1B}"))
    }

    @Test func theTeamBoardShowsOwnersProgressAndDependencies() throws {
        let repo = try Self.repository()
        try repo.write(
            "roadmap/backlog/B-1.md",
            "---\nid: B-1\nkind: backlog\ntitle: One\nmilestone: M-pub\nstatus: done\nestimate: 1\n---\n")
        try repo.write(
            "roadmap/backlog/B-2.md",
            "---\nid: B-2\nkind: backlog\ntitle: Two\nmilestone: M-pub\nstatus: open\nestimate: 3\n---\n")
        try repo.git("add", "-A")
        try repo.git("commit", "-qm", "backlog")
        let board = try BoardRunner().run(
            BoardRequest(
                workingDirectory: repo.root, audience: .team, asOf: CalendarDate("2026-11-30")!, useCache: false))
        let now = board.columns.first { $0.horizon == .now }?.cards ?? []
        #expect(now.compactMap(\.id) == ["M-eng", "M-int", "M-pub"])
        let pub = try #require(now.first { $0.id == "M-pub" })
        #expect(pub.owner == "SECRET-owner-M-pub" && pub.status == "committed" && pub.dependsOn == ["M-eng"])
        #expect(pub.progress.map { "\($0.done)/\($0.total) \($0.unit)" } == "1/4 team-weeks")
        let engine = try #require(now.first { $0.id == "M-eng" })
        #expect(engine.dependents == ["M-int", "M-later", "M-next", "M-pub"])
    }
}

/// `--mark-reviewed`: review.last set, every other byte of the file kept.
struct ReviewMarkerTests {
    static let date = CalendarDate("2026-11-30")!

    @Test func onlyTheDateChangesInACommentedFile() throws {
        let block =
            "# Our roadmap settings\nroadmap: [roadmap]   # the folder\n\nreview:\n  # monthly, in the ops meeting\n  cadence: monthly\n  last: 2026-10-31  # set by rmlint\n\nrules:\n  smart-specific: warning\n"
        #expect(
            try ReviewMarker.marked(block, date: Self.date)
                == block.replacingOccurrences(of: "last: 2026-10-31  # set", with: "last: 2026-11-30  # set"))
        // No last yet: one line added under review, at its indentation.
        let noLast = "review:\n    cadence: monthly\n# end\n"
        #expect(
            try ReviewMarker.marked(noLast, date: Self.date)
                == "review:\n    last: 2026-11-30\n    cadence: monthly\n# end\n")
        // No review key: appended; a flow mapping: the date written inside it.
        #expect(
            try ReviewMarker.marked("roadmap: [plans]", date: Self.date)
                == "roadmap: [plans]\nreview:\n  last: 2026-11-30\n")
        #expect(
            try ReviewMarker.marked("review: {last: 2026-01-01, cadence: monthly} # q\n", date: Self.date)
                == "review: {last: 2026-11-30, cadence: monthly} # q\n")
        #expect(
            try ReviewMarker.marked("review: {cadence: monthly}\n", date: Self.date)
                == "review: {last: 2026-11-30, cadence: monthly}\n")
        // CRLF kept.
        #expect(
            try ReviewMarker.marked("review:\r\n  last: 2026-01-01\r\nrules: {}\r\n", date: Self.date)
                == "review:\r\n  last: 2026-11-30\r\nrules: {}\r\n")
    }

    @Test func theFileIsWrittenOnlyWhenNothingElseChanges() throws {
        let repo = try GitFixture()
        let text =
            "capacity:\n  split: {product: [60, 80], engineering: [20, 40]}  # agreed in Q3\nreview:\n  last: 2026-10-31\n"
        try repo.write(".rmlint.yml", text)
        _ = try ReviewMarker.markReviewed(root: repo.root, date: Self.date)
        #expect(
            try String(contentsOfFile: repo.root + "/.rmlint.yml", encoding: .utf8)
                == text.replacingOccurrences(of: "2026-10-31", with: "2026-11-30"))
        // A review that is not a mapping is refused, and the file stays as it was.
        try repo.write(".rmlint.yml", "review: soon\n")
        #expect(throws: UsageError.self) { try ReviewMarker.markReviewed(root: repo.root, date: Self.date) }
        #expect(try String(contentsOfFile: repo.root + "/.rmlint.yml", encoding: .utf8) == "review: soon\n")
        // No file: one is written with just the date.
        try FileManager.default.removeItem(atPath: repo.root + "/.rmlint.yml")
        _ = try ReviewMarker.markReviewed(root: repo.root, date: Self.date)
        #expect(
            try String(contentsOfFile: repo.root + "/.rmlint.yml", encoding: .utf8) == "review:\n  last: 2026-11-30\n")
    }
}
