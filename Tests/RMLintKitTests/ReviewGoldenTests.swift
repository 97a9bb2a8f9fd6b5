import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintKit

/// Every review and board format on ReviewTests' repository, against its golden file.
@Suite(.serialized) struct ReviewGoldenTests {
    static let asOf = CalendarDate("2026-11-30")!

    @Test(arguments: ["text", "markdown", "json", "html"])
    func reviewFormatMatchesGolden(_ format: String) throws {
        let repo = try ReviewTests.repository()
        let review = try ReviewRunner().run(
            ReviewRequest(
                workingDirectory: repo.root, since: CalendarDate("2026-10-01"), asOf: Self.asOf, useCache: false))
        let reporter = try #require(ReviewReporters.registry.reporter(named: format, options: ReporterOptions()))
        try Golden.check(reporter.report(review), "review.\(["text": "txt", "markdown": "md"][format] ?? format)")
    }

    @Test(arguments: ["team", "leadership", "public"])
    func boardMatchesGolden(_ audience: String) throws {
        let repo = try ReviewTests.repository()
        let board = try BoardRunner().run(
            BoardRequest(
                workingDirectory: repo.root, audience: try #require(BoardAudience(rawValue: audience)), asOf: Self.asOf,
                useCache: false))
        for format in ["markdown", "json", "html"] {
            let reporter = try #require(BoardReporters.registry.reporter(named: format, options: ReporterOptions()))
            try Golden.check(
                reporter.report(board), "board.\(audience).\(["markdown": "md"][format] ?? format)")
        }
    }
}
