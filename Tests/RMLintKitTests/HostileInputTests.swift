import Foundation
import Testing

@testable import RMLintCore
@testable import RMLintGit
@testable import RMLintKit
@testable import RMLintRules

/// Hostile files, each with its documented outcome — a precise diagnostic, never a crash, a hang
/// or a silently skipped file — within 2 seconds.
struct HostileInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        /// The complete diagnostics expected, as `rule line`, for `roadmap/x.md`.
        let expected: [String]
        /// A fragment the first diagnostic's message must hold.
        let fragment: String?
        var testDescription: String { name }

        init(_ name: String, _ bytes: [UInt8], _ expected: [String], _ fragment: String? = nil) {
            self.name = name
            self.bytes = bytes
            self.expected = expected
            self.fragment = fragment
        }

        init(_ name: String, _ text: String, _ expected: [String], _ fragment: String? = nil) {
            self.init(name, Array(text.utf8), expected, fragment)
        }
    }

    static let theme = "---\nid: T-1\nkind: theme\ntitle: Core\nowner: alice\n---\n"
    static func backlog(_ extra: String) -> String {
        "---\nid: B-1\nkind: backlog\ntitle: Task\ntheme: T-1\n\(extra)\n---\n"
    }

    static let cases: [Case] = [
        Case(
            "alias bomb",
            "---\nid: B-1\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\n",
            ["parse-error 7"], "expands to more than"),
        Case(
            "10,000-deep flow nesting",
            "---\nid: B-1\nx: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
                + "\n---\n",
            ["parse-error 3"], "levels deep"),
        Case(
            "1,000-deep block nesting",
            "---\n" + (0..<1_000).map { String(repeating: " ", count: $0) + "k:\n" }.joined() + "---\n",
            ["parse-error 66"], "levels deep"),
        Case("NUL byte in the front-matter", "---\nid: B-1\ntitle: a\u{0}b\n---\n", ["parse-error 3"], "invalid YAML"),
        Case("NUL byte in the narrative", backlog("") + "text\u{0}more\n", []),
        Case(
            "invalid UTF-8", Array("---\nid: B-1\ntitle: caf".utf8) + [0xE9] + Array("\n---\n".utf8), ["parse-error 3"],
            "line 3 is not valid UTF-8"),
        Case(
            "Windows-1252 quotes",
            Array("---\nid: B-1\nkind: backlog\ntitle: ".utf8) + [0x93, 0x41, 0x94] + Array("\n---\n".utf8),
            ["parse-error 4"], "not valid UTF-8"),
        Case(
            "UTF-16 with BOM", [0xFF, 0xFE] + Array("---\nid: B-1\n---\n".utf8).flatMap { [$0, 0] }, ["parse-error 1"],
            "UTF-16"),
        Case(
            "UTF-16 big-endian with BOM", [0xFE, 0xFF] + Array("---\nid: B-1\n---\n".utf8).flatMap { [0, $0] },
            ["parse-error 1"], "UTF-16"),
        Case("CRLF line endings", backlog("status: open").replacingOccurrences(of: "\n", with: "\r\n"), []),
        Case("BOM and CRLF", "\u{FEFF}" + backlog("").replacingOccurrences(of: "\n", with: "\r\n"), []),
        Case("a lone ---", "---\n", ["parse-error 1"], "never closed"),
        Case("an empty front-matter", "---\n---\n", ["parse-error 1"], "empty"),
        Case("a front-matter list", "---\n- id: B-1\n- kind: backlog\n---\n", ["parse-error 2"], "must be a mapping"),
        Case("a front-matter scalar", "---\njust words\n---\n", ["parse-error 2"], "must be a mapping"),
        Case(
            "duplicate keys", "---\nid: B-1\nkind: backlog\ntitle: a\nkind: theme\n---\n", ["parse-error 5"],
            "duplicate key 'kind'"),
        Case(
            "duplicate keys inside a metric", "---\nid: G-1\nkind: goal\nmetric: {name: a, name: b}\n---\n",
            ["parse-error 4"], "duplicate key 'name'"),
        Case(
            "a 1,000-character id",
            "---\nid: B" + String(repeating: "x", count: 999) + "\nkind: backlog\ntitle: Task\ntheme: T-1\n---\n", []),
        Case(
            "2026-02-30",
            backlog("").replacingOccurrences(
                of: "kind: backlog", with: "kind: goal\nowner: bo\nmetric: {name: n, target: 1}\ndue: 2026-02-30")
                + String(repeating: "word ", count: 20), ["schema 6"], "real calendar date"),
        Case(
            "a date written as a number",
            "---\nid: G-1\nkind: goal\ntitle: G\nowner: bo\ntheme: T-1\nmetric: {name: n, target: 1}\ndue: 20270230\n---\n"
                + String(repeating: "word ", count: 20),
            ["schema 8"], "found 20270230 (an integer)"),
        Case(
            "a number where a title belongs", "---\nid: B-1\nkind: backlog\ntitle: 42\ntheme: T-1\n---\n", ["schema 4"],
            "found 42 (an integer)"),
        Case(
            "a list where an id belongs", "---\nid: [B-1]\nkind: backlog\ntitle: t\ntheme: T-1\n---\n", ["schema 2"],
            "found a list"),
        Case(
            "a boolean where a status belongs",
            backlog("status: yes").replacingOccurrences(of: "status: yes", with: "status: true"), ["schema 6"],
            "found true (a boolean)"),
        Case("YAML tags", backlog("team: !custom x\nnote: !!str 12\nblob: !!binary aGVsbG8="), []),
        Case("an alias to no anchor", backlog("x: *nowhere"), ["parse-error 6"], "names no anchor"),
        Case(
            "a complex mapping key", "---\n? [a, b]\n: c\n---\n", ["parse-error 2"],
            "mapping key must be a plain string"),
        Case("tab indentation", "---\nid: B-1\nmetric:\n\tname: x\n---\n", ["parse-error 4"], "tab character"),
        Case("an unclosed quote", "---\nid: B-1\ntitle: \"open\n---\n", ["parse-error 3"], "never closed"),
        Case(
            "an unclosed bracket", "---\nid: B-1\ngoals: [G-1, G-2\nkind: milestone\n---\n", ["parse-error 3"],
            "not closed"),
        Case(
            "50,000 keys", "---\n" + (0..<50_000).map { "k\($0): \($0)\n" }.joined() + "---\n", ["parse-error 10002"],
            "expands to more than"),
        Case("an infinite estimate", backlog("estimate: .inf"), ["schema 6"], "positive number"),
        Case("an overflowing estimate", backlog("estimate: 1e400"), ["schema 6"], "positive number"),
        Case("a negative estimate", backlog("estimate: -3"), ["schema 6"], "found -3 (an integer)"),
        Case(
            "control characters in an id", "---\nid: \"B\\e[31m1\"\nkind: backlog\ntitle: t\ntheme: T-1\n---\n",
            ["schema 2"], "\\u{1B}"),
        Case(
            "a bidi override in an id", "---\nid: \"B\u{202E}1\"\nkind: backlog\ntitle: t\ntheme: T-1\n---\n",
            ["schema 2"], "\\u{202E}"),
        Case("a long line under the size limit", backlog("note: " + String(repeating: "a", count: 900_000)), []),
        Case(
            "a file of exactly 1 MiB",
            Array(backlog("").utf8) + [UInt8](repeating: UInt8(ascii: "w"), count: (1 << 20) - backlog("").utf8.count),
            []),
        Case(
            "a file one byte over 1 MiB",
            Array(backlog("").utf8)
                + [UInt8](repeating: UInt8(ascii: "w"), count: (1 << 20) + 1 - backlog("").utf8.count),
            ["parse-error 1"], "1048577 bytes, over the 1 MiB limit"),
        Case(
            "a fence with trailing spaces ends the front-matter", "---\nid: B-1\n...\n--- \nkind: x\n---\n",
            ["schema 1"], "needs 'kind'"),
        Case(
            "a document end marker then text", "---\nid: B-1\n...\nkind: backlog\n---\n", ["parse-error 4"],
            "invalid YAML"),
    ]

    @Test(arguments: cases)
    func hostileFileGetsItsDocumentedOutcome(_ testCase: Case) throws {
        let started = Date()
        let report = try lintReport(["roadmap/T-1.md": Array(Self.theme.utf8), "roadmap/x.md": testCase.bytes])
        #expect(Date().timeIntervalSince(started) < 2, "took \(Date().timeIntervalSince(started)) s")
        let found = report.diagnostics.map { "\($0.rule) \($0.line)" }
        #expect(
            found == testCase.expected,
            "\(report.diagnostics.map { "\($0.path):\($0.line):\($0.column) \($0.message) [\($0.rule)]" })")
        #expect(report.diagnostics.allSatisfy { $0.path == "roadmap/x.md" })
        if let fragment = testCase.fragment {
            #expect(
                report.diagnostics.first?.message.contains(fragment) == true,
                "\(report.diagnostics.first?.message ?? "none")")
        }
        for diagnostic in report.diagnostics {
            #expect(
                !diagnostic.message.unicodeScalars.contains { $0.value < 0x20 || (0x202A...0x202E).contains($0.value) })
            #expect(diagnostic.message.utf8.count < 2_000)
        }
    }
}
