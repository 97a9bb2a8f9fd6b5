@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

extension MemorySource {
    /// Files given as text.
    init(_ files: [String: String]) { self.init(files: files.mapValues { Array($0.utf8) }) }
}

/// Lints files held in memory, as `rmlint lint` would with that configuration; with `base`, the
/// files before the change, as `rmlint lint --base` would.
func lint(
    _ files: [String: String], configuration text: String? = nil, today: String = "2026-06-01",
    base: [String: String]? = nil, mergeBase: [String: String]? = nil
) throws -> [Diagnostic] {
    try lintReport(
        files.mapValues { Array($0.utf8) }, configuration: text, today: today,
        base: base?.mapValues { Array($0.utf8) }, mergeBase: mergeBase?.mapValues { Array($0.utf8) }
    ).diagnostics
}

/// Lints files given as bytes; the report carries the notes too.
func lintReport(
    _ files: [String: [UInt8]], configuration text: String? = nil, today: String = "2026-06-01",
    base: [String: [UInt8]]? = nil, mergeBase: [String: [UInt8]]? = nil
) throws -> LintEngine.Report {
    let configuration =
        try text.map { try ConfigurationLoader.standard.load(Array($0.utf8), path: ".rmlint.yml") }
        ?? Configuration()
    func load(_ files: [String: [UInt8]]) throws -> Roadmap {
        var all = files
        if let text { all[".rmlint.yml"] = Array(text.utf8) }
        let source = MemorySource(files: all)
        return try RoadmapLoader(configuration: try configuration.completed(from: source)).load(from: source)
    }
    guard let date = CalendarDate(today) else { throw UsageError("bad date") }
    let baseRoadmap = try base.map(load)
    let branch = try mergeBase.map(load).flatMap { common in
        baseRoadmap.map { BaseBranch(tip: $0, mergeBase: common, name: "the base branch") }
    }
    return LintEngine().lint(try load(files), base: baseRoadmap, baseBranch: branch, today: date)
}

/// Text with `↓` markers: the clean text and the position of each marker.
func stripMarkers(_ text: String) -> (text: String, positions: [SourceLocation]) {
    var clean = ""
    var positions: [SourceLocation] = []
    var line = 1
    var column = 1
    for character in text {
        if character == RuleExample.marker {
            positions.append(SourceLocation(line: line, column: column))
            continue
        }
        clean.append(character)
        if character == "\n" {
            line += 1
            column = 1
        } else {
            column += character.unicodeScalars.count
        }
    }
    return (clean, positions)
}
