import Foundation
import RMLintCore

/// `rmlint review --mark-reviewed`: `review.last` set to the review's date in the working tree's
/// `.rmlint.yml` — the one write rmlint makes to a user's file, only when asked. Only the value of
/// `last:` changes (or one line is added, or `last: DATE, ` inside a flow mapping); every comment,
/// blank line, line ending and byte elsewhere stays. The result is read back: when it does not
/// load to the same configuration with the new date, nothing is written.
public enum ReviewMarker {
    /// Writes the date; returns what was done, for a note.
    public static func markReviewed(root: String, date: CalendarDate) throws -> String {
        let path = root + "/.rmlint.yml"
        let original = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
        let updated = try marked(original ?? "", date: date)
        let loader = ConfigurationLoader.standard
        let refusal = UsageError(
            "cannot set review.last in .rmlint.yml without changing more of it; add 'review: {last: \(date)}' by hand")
        guard var after = try? loader.load(Array(updated.utf8), path: ".rmlint.yml"), after.review?.last == date else {
            throw refusal
        }
        // The same configuration but for the date (one that did not load before — a review without
        // `last` — only has to load now).
        if let original, let before = try? loader.load(Array(original.utf8), path: ".rmlint.yml") {
            if let previous = before.review {
                after.review?.last = previous.last
                after.review?.location = previous.location
            } else {
                after.review = nil
            }
            guard stripLocations(after) == stripLocations(before) else { throw refusal }
        }
        try Data(updated.utf8).write(to: URL(fileURLWithPath: path))
        return original == nil
            ? "wrote .rmlint.yml with review.last: \(date)" : "set review.last to \(date) in .rmlint.yml"
    }

    /// The configuration's text with `review.last` set to `date`.
    static func marked(_ text: String, date: CalendarDate) throws -> String {
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        // By scalars: "\r\n" is one Character, and a CRLF file's lines must still split.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            String(String.UnicodeScalarView($0))
        }
        func body(_ index: Int) -> String {
            lines[index].hasSuffix("\r") ? String(lines[index].dropLast()) : lines[index]
        }
        func setLine(_ index: Int, _ value: String) {
            lines[index] = value + (lines[index].hasSuffix("\r") ? "\r" : "")
        }
        guard
            let review = lines.indices.first(where: {
                body($0).range(of: #"^review\s*:"#, options: .regularExpression) != nil
            })
        else {
            var out = text
            if !out.isEmpty, !out.hasSuffix("\n") { out += newline }
            return out + "review:" + newline + "  last: \(date)" + newline
        }
        let head = body(review)
        let afterColon = head[head.index(after: head.firstIndex(of: ":") ?? head.startIndex)...]
        let value = afterColon.trimmingCharacters(in: .whitespaces)
        if value.hasPrefix("{") {
            // A flow mapping on one line: replace `last: …` in it, or add it first.
            if let range = head.range(of: #"last\s*:\s*[^,}]*"#, options: .regularExpression) {
                setLine(review, head.replacingCharacters(in: range, with: "last: \(date)"))
            } else if let brace = head.firstIndex(of: "{") {
                let rest = head[head.index(after: brace)...]
                let empty = rest.trimmingCharacters(in: .whitespaces).hasPrefix("}")
                setLine(
                    review, String(head[...brace]) + "last: \(date)" + (empty ? "" : ", ") + rest.drop { $0 == " " })
            }
            return lines.joined(separator: "\n")
        }
        guard value.isEmpty || value.hasPrefix("#") else {
            throw UsageError("'review' in .rmlint.yml is not a mapping; make it 'review: {last: \(date)}' by hand")
        }
        // A block mapping: its lines are the indented ones that follow.
        var indent: String?
        var index = review + 1
        while index < lines.count {
            let line = body(index)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                index += 1
                continue
            }
            guard line.first == " " || line.first == "\t" else { break }
            let leading = String(line.prefix { $0 == " " || $0 == "\t" })
            if indent == nil { indent = leading }
            if leading == indent,
                let range = line.range(of: #"^\s+last\s*:[ \t]*[^#]*?(?=[ \t]*(#|$))"#, options: .regularExpression)
            {
                setLine(index, line.replacingCharacters(in: range, with: leading + "last: \(date)"))
                return lines.joined(separator: "\n")
            }
            index += 1
        }
        let suffix = lines[review].hasSuffix("\r") ? "\r" : ""
        lines.insert((indent ?? "  ") + "last: \(date)" + suffix, at: review + 1)
        return lines.joined(separator: "\n")
    }

    /// A configuration compared without where its values were written (lines move by one).
    private static func stripLocations(_ configuration: Configuration) -> String {
        StableDescription.of(configuration).replacingOccurrences(
            of: #"SourceLocation\([^)]*\)"#, with: "", options: .regularExpression)
    }
}
