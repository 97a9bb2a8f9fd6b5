import FuzzSupport
import RMLintKit

/// One input: a small in-memory roadmap. The bytes are split at NUL bytes into files placed in
/// roadmap folders (the first part is .rmlint.yml when it parses), then linted end to end and
/// rendered in every format.
func fuzzLint(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let parts = FuzzSupport.bytes(data, size).split(separator: 0, omittingEmptySubsequences: false).map(Array.init)
    guard let first = parts.first else { return 0 }
    let configuration = (try? ConfigurationLoader.standard.load(first, path: ".rmlint.yml")) ?? Configuration()
    var files: [String: [UInt8]] = [:]
    let folders = ["themes", "goals", "milestones", "backlog"]
    for (index, part) in parts.dropFirst().enumerated() {
        files["roadmap/\(folders[index % folders.count])/item-\(index).md"] = part
    }
    let source = MemorySource(files: files)
    guard let roadmap = try? RoadmapLoader(configuration: configuration).load(from: source) else { return 0 }
    let report = LintEngine().lint(roadmap, today: CalendarDate(year: 2026, month: 11, day: 24)!)
    let result = LintResult(diagnostics: report.diagnostics, itemCount: roadmap.itemCount, notes: report.notes)
    for name in ReporterRegistry.identifiers {
        _ = ReporterRegistry.reporter(named: name)?.report(result)
    }
    return 0
}

/// Files held in memory.
struct MemorySource: RoadmapSource {
    let files: [String: [UInt8]]

    var allowsConcurrentReads: Bool { true }

    func markdownFiles(under folder: String) throws -> [SourceEntry]? {
        let found = files.keys.filter { $0.hasPrefix(folder + "/") }
        return found.isEmpty ? nil : found.map { SourceEntry(path: $0, type: .regular, size: files[$0]?.count ?? 0) }
    }

    func contents(of entry: SourceEntry, limit: Int) throws -> [UInt8] {
        Array((files[entry.path] ?? []).prefix(limit + 1))
    }

    func file(at path: String) throws -> [UInt8]? { nil }
}

/// libFuzzer's runtime links against this name even when the driver is given a callback.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { fuzzLint(data, size) }

runFuzzer { data, size in fuzzLint(data, size) }
