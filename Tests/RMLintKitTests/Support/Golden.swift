import Foundation
import Testing

/// A golden file under Fixtures/golden: the output must equal it; RMLINT_UPDATE_GOLDEN=1 rewrites it
/// (then review the diff).
enum Golden {
    static func check(_ output: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/golden")
        if ProcessInfo.processInfo.environment["RMLINT_UPDATE_GOLDEN"] != nil {
            try output.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let url = try #require(Bundle.module.url(forResource: "Fixtures/golden", withExtension: nil))
            .appendingPathComponent(name)
        #expect(output == (try String(contentsOf: url, encoding: .utf8)), sourceLocation: sourceLocation)
    }
}
