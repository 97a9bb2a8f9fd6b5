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
func residentMiB() -> Double {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
    return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
}

// A full lint, as a user runs it, and its peak memory.
var full: [Double] = []
for _ in 0..<7 {
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
// The largest resident set of the lints run (getrusage of the waited-for children), in MiB.
var usage = rusage()
getrusage(RUSAGE_CHILDREN.rawValue, &usage)
let lintPeak = Double(usage.ru_maxrss) / 1024

func message(_ id: Int?, _ method: String, _ params: JSONValue) -> [UInt8] {
    var members: [(String, JSONValue)] = [("jsonrpc", .string("2.0"))]
    if let id { members.append(("id", .int(id))) }
    members += [("method", .string(method)), ("params", params)]
    return Array(JSONValue.object(members).rendered(pretty: false).utf8)
}
func document(_ path: String, _ text: String, version: Int) -> JSONValue {
    .object([
        ("uri", .string("file://" + root + "/" + path)), ("languageId", .string("markdown")),
        ("version", .int(version)), ("text", .string(text)),
    ])
}

// First load and first diagnostics: initialize, then open one milestone.
let server = LanguageServer(today: { today })
let milestones = try FileManager.default.contentsOfDirectory(atPath: root + "/roadmap/milestones").filter {
    $0.hasSuffix(".md")
}.sorted().map { "roadmap/milestones/" + $0 }
guard let edited = milestones.first, let original = FileManager.default.contents(atPath: root + "/" + edited) else {
    FileHandle.standardError.write(Data("no milestones under \(root)/roadmap/milestones\n".utf8))
    exit(2)
}
let text = String(decoding: original, as: UTF8.self)
let loadStart = DispatchTime.now().uptimeNanoseconds
_ = server.receive(
    message(1, "initialize", .object([("rootUri", .string("file://" + root)), ("capabilities", .object([]))])))
let firstPublished = server.receive(
    message(nil, "textDocument/didOpen", .object([("textDocument", document(edited, text, version: 1))])))
let load = milliseconds(since: loadStart)
let afterLoad = residentMiB()

// Edits: one character typed into the narrative, as a keystroke.
var times: [Double] = []
for round in 0..<edits {
    let changed = text + String(repeating: "x", count: round % 7 + 1)
    let params = JSONValue.object([
        ("textDocument", .object([("uri", .string("file://" + root + "/" + edited)), ("version", .int(round + 2))])),
        ("contentChanges", .array([.object([("text", .string(changed))])])),
    ])
    let start = DispatchTime.now().uptimeNanoseconds
    _ = server.receive(message(nil, "textDocument/didChange", params))
    times.append(milliseconds(since: start))
}
let afterEdits = residentMiB()

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

let fullMedian = median(full)
print("items: \(session.roadmap.itemCount), first publication: \(firstPublished.count) files")
print(String(format: "full rmlint lint: %.1f ms (median of %d runs), peak %.0f MiB", fullMedian, full.count, lintPeak))
print(String(format: "first load and first diagnostics: %.1f ms = %.2f× a full lint", load, load / fullMedian))
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
        format: "resident memory: %.0f MiB after load (%.2f× lint's peak), %.0f MiB after %d edits (%+.1f%%)",
        afterLoad, afterLoad / max(lintPeak, 1), afterEdits, edits, (afterEdits / afterLoad - 1) * 100))
