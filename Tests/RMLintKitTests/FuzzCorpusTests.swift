import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintKit

/// The fuzzers' committed seeds, replayed through the same entry points the libFuzzer targets call:
/// none crashes, and the whole-pipeline seeds really reach the rules and a reporter.
struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fuzz/Corpus")

    private func seeds(_ target: String) throws -> [[UInt8]] {
        let folder = Self.corpus.appendingPathComponent(target)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            Array(try Data(contentsOf: folder.appendingPathComponent($0)))
        }
    }

    @Test func everySeedRunsThroughItsTarget() throws {
        let frontMatter = try seeds("FrontMatterFuzzer")
        let configurations = try seeds("ConfigurationFuzzer")
        let roadmaps = try seeds("LintFuzzer")
        #expect(!frontMatter.isEmpty && !configurations.isEmpty && !roadmaps.isEmpty)
        frontMatter.forEach(FuzzEntryPoints.frontMatter)
        configurations.forEach(FuzzEntryPoints.configuration)
        for seed in roadmaps {
            #expect(!FuzzEntryPoints.lint(seed).isEmpty, "a LintFuzzer seed renders nothing: \(seed.count) bytes")
        }
        let sessions = try seeds("LanguageServerFuzzer")
        #expect(sessions.count >= 4)
        for seed in sessions {
            #expect(FuzzEntryPoints.languageServer(seed) > 0, "a LanguageServerFuzzer seed gets no answer")
        }
    }

    @Test func theFirstByteChoosesTheFormat() throws {
        let example = try #require(try seeds("LintFuzzer").first { $0.count > 1000 })
        let rendered = LintReporters.registry.reporters.indices.map { index in
            FuzzEntryPoints.lint([UInt8(index)] + example.dropFirst())
        }
        #expect(rendered[1].hasPrefix("{"), "json")
        #expect(rendered[4].hasPrefix("<?xml"), "junit")
        #expect(rendered[2].contains("\"version\": \"2.1.0\""), "sarif")
        #expect(rendered[5].contains("<checkstyle"), "checkstyle")
    }
}
