import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// `--format json` over a seeded generated corpus (Benchmarks/generate_corpus.py) against a golden
/// file: speed work must not change a single byte of output. Regenerate with RMLINT_UPDATE_GOLDEN=1
/// only for an intended change, and review the diff.
@Suite(.serialized) struct CorpusGoldenTests {
    @Test func generatedCorpusLintsExactlyAsBefore() throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rmlint-corpus-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let generated = try runProcess(
            "/usr/bin/env",
            [
                "python3", source.appendingPathComponent("Benchmarks/generate_corpus.py").path,
                "--items", "1000", "--seed", "7", "--violations", "0.05", "--out", folder,
            ])
        #expect(generated.exitCode == 0, "\(generated.error)")
        let result = try LintRunner().run(
            LintRequest(workingDirectory: folder, today: try #require(CalendarDate("2026-11-24"))))
        let output = JSONReporter().report(result)
        let golden = source.appendingPathComponent("Tests/RMLintKitTests/Fixtures/golden/corpus-1000.json")
        if ProcessInfo.processInfo.environment["RMLINT_UPDATE_GOLDEN"] != nil {
            try output.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(output == (try String(contentsOf: golden, encoding: .utf8)))
        #expect(result.diagnostics.count > 50)
    }
}
