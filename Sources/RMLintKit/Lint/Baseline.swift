import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// Known problems a team accepted when it adopted rmlint: diagnostics recorded by fingerprint
/// (rule, item id or configuration key, field) — never lines or message text, so the baseline
/// survives moving files and reordering fields. `--baseline` hides them; only new ones are reported.
package struct Baseline: Sendable, Equatable {
    /// Sorted; a fingerprint appears as often as the problem occurs.
    package private(set) var fingerprints: [Fingerprint]

    package init(_ diagnostics: [Diagnostic]) {
        fingerprints = diagnostics.map(\.fingerprint).sorted()
    }

    /// The file's text: sorted keys and entries, one field per line, so it diffs cleanly in review.
    package var text: String {
        JSONValue.object([
            (
                "baseline",
                .array(
                    fingerprints.map { fingerprint in
                        .object([
                            ("field", .string(fingerprint.field)), ("rule", .string(fingerprint.rule)),
                            ("subject", .string(fingerprint.subject)),
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
        guard let document = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw malformed("not a JSON object")
        }
        guard let version = document["version"] as? Int, version == 1 else { throw malformed("'version' must be 1") }
        guard let entries = document["baseline"] as? [Any] else { throw malformed("no 'baseline' list") }
        var fingerprints: [Fingerprint] = []
        for (index, entry) in entries.enumerated() {
            guard let object = entry as? [String: Any], let rule = object["rule"] as? String,
                let subject = object["subject"] as? String, let field = object["field"] as? String
            else {
                throw malformed("entry \(index + 1) needs string 'rule', 'subject' and 'field'")
            }
            fingerprints.append(Fingerprint(rule: rule, subject: subject, field: field))
        }
        var baseline = Baseline([])
        baseline.fingerprints = fingerprints.sorted()
        return baseline
    }

    /// Writes the file (atomically); a failure is a usage error.
    package func write(to path: String) throws {
        try OutputFile.write(text, to: path, what: "baseline")
    }

    /// The diagnostics the baseline does not cover, how many it hid, and how many of its entries
    /// matched nothing (problems fixed since it was written). Each entry hides one diagnostic.
    package func filter(_ diagnostics: [Diagnostic]) -> (new: [Diagnostic], hidden: Int, fixed: Int) {
        let (new, fixed) = Fingerprint.match(diagnostics, against: fingerprints)
        return (new, diagnostics.count - new.count, fixed)
    }
}
