import CLibYAML
import Foundation

/// Turns libyaml's error state into a message that says what to fix and points where the fix goes:
/// an unclosed quote or bracket at where it opened, a tab at the tab, never libyaml's internals.
enum YAMLErrorTranslator {
    static func translate(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>, lineOffset: Int) -> YAMLReadError
    {
        func at(_ mark: yaml_mark_t) -> SourceLocation {
            SourceLocation(line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1)
        }
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        let context = parser.context.map { String(cString: $0) }
        switch parser.error {
        case YAML_READER_ERROR:
            // Reader errors carry a byte offset: count the lines before it.
            let offset = min(parser.problem_offset, bytes.count)
            var line = 1
            var lineStart = 0
            for index in 0..<offset where bytes[index] == 10 {
                line += 1
                lineStart = index + 1
            }
            let column =
                String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<offset]), as: UTF8.self).unicodeScalars
                .count + 1
            return YAMLReadError(
                message: "invalid YAML: \(problem)", location: SourceLocation(line: line + lineOffset, column: column))
        case YAML_SCANNER_ERROR where problem.contains("end of stream") && context != nil:
            let what = (context ?? "").replacingOccurrences(of: "while scanning ", with: "")
            return YAMLReadError(
                message: "invalid YAML: \(what) opened here is never closed; close it",
                location: at(parser.context_mark))
        case YAML_PARSER_ERROR where context?.contains("flow") == true:
            let what = (context ?? "").replacingOccurrences(of: "while parsing a ", with: "")
            return YAMLReadError(
                message: "invalid YAML: \(what) opened here is not closed (\(problem))",
                location: at(parser.context_mark))
        default:
            if let tab = tabIndentation(in: bytes, upTo: Int(parser.problem_mark.line) + 1) {
                return YAMLReadError(
                    message: "tab character used for indentation; YAML indents with spaces only",
                    location: SourceLocation(line: tab.line + lineOffset, column: tab.column))
            }
            let hint = YAMLMistakeHint(bytes, lineOffset: lineOffset)
            let (line, column) = (Int(parser.problem_mark.line), Int(parser.problem_mark.column))
            let explained: (message: String, column: Int)?
            switch problem {
            case "mapping values are not allowed in this context":
                explained = hint.colonInValue(line: line, column: column)
            case "did not find expected key": explained = hint.misindented(line: line)
            default: explained = nil
            }
            guard let explained else {
                return YAMLReadError(message: "invalid YAML: \(problem)", location: at(parser.problem_mark))
            }
            return YAMLReadError(
                message: "invalid YAML: " + explained.message,
                location: SourceLocation(line: line + 1 + lineOffset, column: explained.column + 1))
        }
    }

    /// The first line (1-based) at or above `line` whose indentation holds a tab, and the tab's column.
    private static func tabIndentation(in bytes: UnsafeBufferPointer<UInt8>, upTo line: Int) -> SourceLocation? {
        var number = 1
        var column = 1
        var inIndentation = true
        for byte in bytes {
            if byte == 10 {
                number += 1
                if number > line { break }
                column = 1
                inIndentation = true
                continue
            }
            if inIndentation {
                if byte == 9 { return SourceLocation(line: number, column: column) }
                if byte != 32 { inIndentation = false }
            }
            column += 1
        }
        return nil
    }
}
