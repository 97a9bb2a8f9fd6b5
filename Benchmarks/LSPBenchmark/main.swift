import Dispatch
import Foundation
import RMLintCore
import RMLintKit

/// What `rmlint lsp` costs an editor on a roadmap, against a full `rmlint lint` of the same folder
/// (median of process runs): the first load with the first diagnostics, one keystroke-sized edit of
/// a milestone until every changed diagnostic is published, a rename touching every file that
/// links a popular theme, and resident memory after load and after many edits.
/// Usage: rmlint-lsp-benchmark ROOT RMLINT [EDITS]
let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: rmlint-lsp-benchmark ROOT RMLINT [EDITS]\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: arguments[1]).standardizedFileURL.path
let binary = arguments[2]
let edits = arguments.count > 3 ? Int(arguments[3]) ?? 200 : 200
let today = CalendarDate(year: 2026, month: 11, day: 24) ?? CalendarDate.todayUTC()

func milliseconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 }
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

// A full lint, as a user runs it (one process run), and its time.
func fullLint() throws -> Double {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = ["lint", "--today", today.description, "--format", "json"]
    process.currentDirectoryURL = URL(fileURLWithPath: root)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let start = DispatchTime.now().uptimeNanoseconds
    try process.run()
    process.waitUntilExit()
    return milliseconds(since: start)
}

func message(_ id: Int?, _ method: String, _ params: JSONValue) -> [UInt8] { JSONRPCMessage.body(id, method, params) }
func document(_ path: String, _ text: String, version: Int) -> JSONValue {
    .object([
        ("uri", .string("file://" + root + "/" + path)), ("languageId", .string("markdown")),
        ("version", .int(version)), ("text", .string(text)),
    ])
}

// First load and first diagnostics (initialize, initialized, open one milestone), rounds
// alternating with full lints so that both see the same machine; the last server is kept.
let milestones = try FileManager.default.contentsOfDirectory(atPath: root + "/roadmap/milestones").filter {
    $0.hasSuffix(".md")
}.sorted().map { "roadmap/milestones/" + $0 }
guard let edited = milestones.first, let original = FileManager.default.contents(atPath: root + "/" + edited) else {
    FileHandle.standardError.write(Data("no milestones under \(root)/roadmap/milestones\n".utf8))
    exit(2)
}
let text = String(decoding: original, as: UTF8.self)
// One lint first, alone: its peak resident set (getrusage of the waited-for child, in MiB) is
// read before this process grows (a child's count includes what it was forked from).
_ = try fullLint()
var usage = rusage()
getrusage(RUSAGE_CHILDREN.rawValue, &usage)
let lintPeak = Double(usage.ru_maxrss) / 1024
var full: [Double] = []
var loads: [Double] = []
var server = LanguageServer(today: { today })
var firstPublished: [JSONValue] = []
for _ in 0..<7 {
    full.append(try fullLint())
    server = LanguageServer(today: { today })
    let loadStart = DispatchTime.now().uptimeNanoseconds
    _ = server.receive(
        message(1, "initialize", .object([("rootUri", .string("file://" + root)), ("capabilities", .object([]))])))
    firstPublished = server.receive(batch: [
        message(nil, "initialized", .object([])),
        message(nil, "textDocument/didOpen", .object([("textDocument", document(edited, text, version: 1))])),
    ])
    loads.append(milliseconds(since: loadStart))
}
let load = median(loads)

// Edits: one character typed at the end of the narrative, then deleted, as keystrokes
// (incremental sync; the document keeps its size, so memory can only grow by what is kept).
let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
var times: [Double] = []
/// Edit number `round`: an `x` typed at the start of the last line (even rounds) or deleted (odd).
func edit(_ round: Int) -> JSONValue {
    let at = JSONValue.object([("line", .int(lastLine)), ("character", .int(0))])
    let next = JSONValue.object([("line", .int(lastLine)), ("character", .int(1))])
    let change: JSONValue =
        round % 2 == 0
        ? .object([("range", .object([("start", at), ("end", at)])), ("text", .string("x"))])
        : .object([("range", .object([("start", at), ("end", next)])), ("text", .string(""))])
    return .object([
        ("textDocument", .object([("uri", .string("file://" + root + "/" + edited)), ("version", .int(round + 2))])),
        ("contentChanges", .array([change])),
    ])
}
for round in 0..<edits {
    let params = edit(round)
    let start = DispatchTime.now().uptimeNanoseconds
    _ = server.receive(message(nil, "textDocument/didChange", params))
    times.append(milliseconds(since: start))
}

// A rename of the theme most items link to.
let session = server.sessions[0]
var linking: [String: Int] = [:]
for item in session.roadmap.items { if let theme = item.theme.value { linking[theme, default: 0] += 1 } }
var renameTime = 0.0
var renamedFiles = 0
if let (theme, _) = linking.max(by: { $0.value < $1.value }),
    let themeItem = session.roadmap.graph.item(theme), let at = themeItem.id.located
{
    let start = DispatchTime.now().uptimeNanoseconds
    let reply = server.receive(
        message(
            2, "textDocument/rename",
            .object([
                ("textDocument", .object([("uri", .string("file://" + root + "/" + themeItem.path))])),
                ("position", .object([("line", .int(at.location.line - 1)), ("character", .int(at.location.column))])),
                ("newName", .string(theme + "-renamed")),
            ])))
    renameTime = milliseconds(since: start)
    if case .object(let changes)? = reply.first?["result", "changes"] { renamedFiles = changes.count }
}

// Memory as an editor sees it: `rmlint lsp` in its own process, after the first load and
// after the same edits (each batch of edits followed by a request, so that all are handled).
let child = try ServerProcess(binary: binary, directory: root)
child.send(message(1, "initialize", .object([("rootUri", .string("file://" + root)), ("capabilities", .object([]))])))
child.send(message(nil, "initialized", .object([])))
child.send(message(nil, "textDocument/didOpen", .object([("textDocument", document(edited, text, version: 1))])))
child.send(message(2, "workspace/symbol", .object([("query", .string("M-0"))])))
child.wait(for: 2)
let childLoaded = child.memory
var childSamples: [Double] = []
for round in 0..<edits {
    child.send(message(nil, "textDocument/didChange", edit(round)))
    if (round + 1) % 2_000 == 0 || round + 1 == edits {
        child.send(message(3 + round, "workspace/symbol", .object([("query", .string("M-0"))])))
        child.wait(for: 3 + round)
        childSamples.append(child.memory.resident)
    }
}
let childEdited = child.memory
child.stop()

// Where a first load goes: the session (working tree and HEAD), its first lint.
let treeStart = DispatchTime.now().uptimeNanoseconds
let configuration = (try? Workspace.open(at: root, revision: .workingTree).configuration) ?? Configuration()
_ = try RoadmapLoader(configuration: configuration).load(from: WorkingTreeSource(root: root))
let treeTime = milliseconds(since: treeStart)
let headStart = DispatchTime.now().uptimeNanoseconds
_ = try Workspace.loadHeadBase(at: root, fallback: configuration)
let headTime = milliseconds(since: headStart)
let phaseStart = DispatchTime.now().uptimeNanoseconds
let probe = RoadmapSession(directory: root, today: { today })
let sessionTime = milliseconds(since: phaseStart)
let snapStart = DispatchTime.now().uptimeNanoseconds
_ = probe.noticeDiskChanges(files: true)
let snapTime = milliseconds(since: snapStart)
let lintStart = DispatchTime.now().uptimeNanoseconds
_ = probe.lint()
let lintTime = milliseconds(since: lintStart)

let fullMedian = median(full)
print("items: \(session.roadmap.itemCount), first publication: \(firstPublished.count) files")
print(String(format: "full rmlint lint: %.1f ms (median of %d runs), peak %.0f MiB", fullMedian, full.count, lintPeak))
print(
    String(
        format:
            "first load and first diagnostics: %.1f ms (median of %d, alternating with the lints) = %.2f× a full lint",
        load, loads.count, load / fullMedian))
print(
    String(
        format:
            "  measured apart: a session's reading %.1f ms (working tree alone %.1f ms, HEAD alone %.1f ms), its first lint %.1f ms, a look at the disk %.1f ms",
        sessionTime, treeTime, headTime, lintTime, snapTime))
print(
    String(
        format: "one edit to publication: %.2f ms (median of %d) = %.2f%% of a full lint", median(times), times.count,
        median(times) / fullMedian * 100))
print(
    String(
        format: "rename touching %d files: %.1f ms = %.2f× a full lint", renamedFiles, renameTime,
        renameTime / fullMedian))
print(
    String(
        format:
            "rmlint lsp's resident memory: %.0f MiB after load (%.2f× lint's peak of %.0f MiB), %.0f MiB after %d edits (%+.1f%%); its peak %.0f MiB",
        childLoaded.resident, childLoaded.resident / max(lintPeak, 1), lintPeak, childEdited.resident, edits,
        (childEdited.resident / max(childLoaded.resident, 1) - 1) * 100, childEdited.peak))
if !childSamples.isEmpty {
    print(
        "  every 2,000 edits: " + childSamples.map { String(format: "%.1f", $0) }.joined(separator: ", ") + " MiB")
}
