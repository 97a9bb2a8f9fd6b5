import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// Known problems a team accepted when it adopted rmlint: diagnostics recorded by fingerprint
/// (rule, item id or configuration key, field) — never lines or message text, so the baseline
/// survives moving files and reordering fields. `--baseline` hides them; only new ones are reported.
package struct Baseline: Sendable, Equatable {
    /// One recorded problem: its fingerprint, and the file it was in (absent in older baselines).
    package struct Entry: Hashable, Sendable, Comparable {
        package var fingerprint: Fingerprint
        package var path: String?

        package static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.fingerprint, lhs.path ?? "") < (rhs.fingerprint, rhs.path ?? "")
        }
    }

    /// Sorted; a fingerprint appears as often as the problem occurs.
    package private(set) var entries: [Entry]

    package var fingerprints: [Fingerprint] { entries.map(\.fingerprint) }

    package init(_ diagnostics: [Diagnostic]) {
        entries = diagnostics.map { Entry(fingerprint: $0.fingerprint, path: $0.path) }.sorted()
    }

    /// The file's text: sorted keys and entries, one field per line, so it diffs cleanly in review.
    package var text: String {
        JSONValue.object([
            (
                "baseline",
                .array(
                    entries.map { entry in
                        .object(
                            [("field", .string(entry.fingerprint.field))]
                                + (entry.path.map { [("path", JSONValue.string($0))] } ?? []) + [
                                    ("rule", .string(entry.fingerprint.rule)),
                                    ("subject", .string(entry.fingerprint.subject)),
                                ])
                    })
            ),
            ("version", .int(1)),
        ]).rendered() + "\n"
    }

    /// Reads a baseline file; a missing or malformed one is a usage error (exit 2).
    package static func load(_ path: String, shownAs display: String? = nil) throws -> Baseline {
        let shown = display ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            let path = shown
            throw UsageError(
                "baseline \(path) does not exist or cannot be read; write one with --write-baseline \(path)")
        }
        func malformed(_ why: String) -> UsageError {
            let path = shown
            return UsageError(
                "baseline \(path) is not an rmlint baseline (\(why)); write it again with --write-baseline \(path)")
        }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw UsageError(
                "baseline \(shown) is not valid JSON (\(Self.position(of: error, in: Array(data)))); fix it, or write it again with --write-baseline \(shown)"
            )
        }
        guard let document = parsed as? [String: Any] else {
            throw malformed("not a JSON object")
        }
        guard let version = document["version"] as? Int, version == 1 else { throw malformed("'version' must be 1") }
        guard let entries = document["baseline"] as? [Any] else { throw malformed("no 'baseline' list") }
        var recorded: [Entry] = []
        for (index, entry) in entries.enumerated() {
            guard let object = entry as? [String: Any], let rule = object["rule"] as? String,
                let subject = object["subject"] as? String, let field = object["field"] as? String,
                object["path"] == nil || object["path"] is String
            else {
                throw malformed("entry \(index + 1) needs string 'rule', 'subject' and 'field' (and 'path', if any)")
            }
            recorded.append(
                Entry(
                    fingerprint: Fingerprint(rule: rule, subject: subject, field: field),
                    path: object["path"] as? String))
        }
        var baseline = Baseline([])
        baseline.entries = recorded.sorted()
        return baseline
    }

    /// Writes the file (atomically); a failure is a usage error.
    package func write(to path: String) throws {
        try OutputFile.write(text, to: path, what: "baseline")
    }

    /// The diagnostics the baseline does not cover, how many it hid, and how many of its entries
    /// matched nothing (problems fixed since it was written). Each entry hides one diagnostic.
    /// Entries recorded with a path match a diagnostic in that file first, so that a problem's new
    /// copy (a third file sharing a baselined duplicate id) is the one reported, not an old one; the
    /// rest match by fingerprint alone, as a moved file's problems do.
    package func filter(_ diagnostics: [Diagnostic]) -> (new: [Diagnostic], hidden: [Diagnostic], fixed: Int) {
        var exact: [Entry: Int] = [:]
        for entry in entries where entry.path != nil { exact[entry, default: 0] += 1 }
        var unmatched: [Diagnostic] = []
        var hidden: [Diagnostic] = []
        for diagnostic in diagnostics {
            let key = Entry(fingerprint: diagnostic.fingerprint, path: diagnostic.path)
            if let count = exact[key], count > 0 {
                exact[key] = count - 1
                hidden.append(diagnostic)
            } else {
                unmatched.append(diagnostic)
            }
        }
        let loose =
            entries.filter { $0.path == nil }.map(\.fingerprint)
            + exact.flatMap { entry, count in Array(repeating: entry.fingerprint, count: count) }
        let (new, fixed) = Fingerprint.match(unmatched, against: loose)
        // `new` is `unmatched` less what matched by fingerprint, in order: the rest is hidden too.
        var remaining = new[...]
        for diagnostic in unmatched {
            if let first = remaining.first, first == diagnostic {
                remaining = remaining.dropFirst()
            } else {
                hidden.append(diagnostic)
            }
        }
        return (new, hidden, fixed)
    }

    /// "line 1, column 6": where Foundation's JSON parser stopped (it says "around character N", or
    /// that the text ended early: then just after its last character).
    static func position(of error: Error, in bytes: [UInt8]) -> String {
        let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
        var offset = (bytes.lastIndex { ![32, 9, 10, 13].contains($0) } ?? -1) + 1
        if let range = detail.range(of: "around character "),
            let number = Int(detail[range.upperBound...].prefix { $0.isNumber })
        {
            offset = min(number, bytes.count)
        }
        let before = bytes[..<offset]
        let line = before.count { $0 == 10 } + 1
        let lineStart = before.lastIndex(of: 10).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return "line \(line), column \(column)"
    }
}
