import Dispatch
import Foundation
import RMLintCore
import RMLintKit
import RMLintRules

/// What one edit costs a session that holds the roadmap (the language server's case), against a
/// full `rmlint lint` of the same roadmap: re-read and re-decode the edited file, rebuild the graph,
/// re-run the rules (item rules only on the edited item). Prints both medians and their ratio.
/// Usage: rmlint-incremental-benchmark ROOT RMLINT [ROUNDS]
let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: rmlint-incremental-benchmark ROOT RMLINT [ROUNDS]\n".utf8))
    exit(2)
}
let root = arguments[1]
let binary = arguments[2]
let rounds = arguments.count > 3 ? Int(arguments[3]) ?? 40 : 40
let today = CalendarDate(year: 2026, month: 11, day: 24) ?? CalendarDate.todayUTC()

func milliseconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 }
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

// A full lint, as a user runs it.
var full: [Double] = []
for _ in 0..<10 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = ["lint", "--today", today.description, "--format", "json"]
    process.currentDirectoryURL = URL(fileURLWithPath: root)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let start = DispatchTime.now().uptimeNanoseconds
    try process.run()
    process.waitUntilExit()
    full.append(milliseconds(since: start))
}

// A session: the roadmap loaded once, then one file edited per round.
let workspace = try Workspace.open(at: root, revision: .workingTree)
let blobs = DecodedBlobs(keepsWorkingTree: true)
let memo = ItemFindingsMemo()
var roadmap = try workspace.loadRoadmap(memo: blobs)
let engine = LintEngine()
let first = engine.lint(roadmap, today: today, memo: memo)
let decoder = ItemDecoder(settings: ItemDecoder.Settings(roadmap.configuration))
let milestones = roadmap.items.filter { $0.kind == .milestone }.map(\.path)
guard !milestones.isEmpty else {
    FileHandle.standardError.write(Data("no milestones under \(root)\n".utf8))
    exit(2)
}
var incremental: [Double] = []
var rebuild: [Double] = []
var diagnostics = first.diagnostics.count
for round in 0..<rounds {
    let path = milestones[(round * 7919) % milestones.count]
    guard var bytes = FileManager.default.contents(atPath: root + "/" + path).map(Array.init) else { continue }
    bytes += Array(" Edited in round \(round).".utf8)  // an edit of the narrative, as typed
    let start = DispatchTime.now().uptimeNanoseconds
    roadmap.replace(decoder.read(bytes, path: path), at: path)
    rebuild.append(milliseconds(since: start))
    diagnostics = engine.lint(roadmap, today: today, memo: memo).diagnostics.count
    incremental.append(milliseconds(since: start))
}
let fullMedian = median(full)
let editMedian = median(incremental)
print("items: \(roadmap.itemCount), diagnostics: \(diagnostics)")
print(String(format: "full rmlint lint: %.1f ms (median of %d runs)", fullMedian, full.count))
print(
    String(
        format: "one edit (decode one file, rebuild graph, rules): %.2f ms (median of %d)", editMedian,
        incremental.count))
print(String(format: "  of which decoding the file and rebuilding the roadmap and its graph: %.2f ms", median(rebuild)))
print(String(format: "ratio: %.2f%% of a full lint (target: at most 3%%)", editMedian / fullMedian * 100))
