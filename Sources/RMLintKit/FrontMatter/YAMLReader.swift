import Foundation
import Yams

/// A YAML problem with the position it was found at (already shifted to file coordinates).
public struct YAMLReadError: Error, Sendable {
    public var message: String
    public var location: SourceLocation
}

/// Reads one YAML document into ``YAMLNode``s on top of Yams, with file positions.
///
/// Aliases are expanded within a node budget, so an alias bomb ("billion laughs") is refused
/// after a bounded amount of work instead of exhausting memory.
public enum YAMLReader {
    /// The most nodes one document may expand to, counting alias expansions.
    public static let nodeBudget = 20_000

    /// Parses `text`; `lineOffset` is added to every line (the front-matter starts below `---`).
    public static func read(_ text: String, lineOffset: Int = 0) throws(YAMLReadError) -> YAMLNode? {
        let root: Node?
        do {
            let parser = try Parser(yaml: text, resolver: .basic, constructor: .default, encoding: .utf8)
            root = try parser.singleRoot()
        } catch let error as YamlError {
            throw translate(error, text: text, lineOffset: lineOffset)
        } catch {
            throw YAMLReadError(message: "invalid YAML: \(error)", location: SourceLocation(line: lineOffset + 1, column: 1))
        }
        guard let root else { return nil }
        var converter = Converter(lineOffset: lineOffset)
        return try converter.convert(root)
    }

    private struct Converter {
        let lineOffset: Int
        var visited = 0

        func location(_ mark: Mark?) -> SourceLocation {
            guard let mark else { return SourceLocation(line: lineOffset + 1, column: 1) }
            return SourceLocation(line: mark.line + lineOffset, column: mark.column)
        }

        mutating func convert(_ node: Node) throws(YAMLReadError) -> YAMLNode {
            visited += 1
            guard visited <= YAMLReader.nodeBudget else {
                throw YAMLReadError(
                    message: "front-matter expands to more than \(YAMLReader.nodeBudget) values (aliases used as a bomb?); write the values out",
                    location: location(node.mark))
            }
            switch node {
            case let .scalar(scalar):
                // Quoted and block scalars are strings; plain ones resolve with the core schema.
                let value: YAMLNode.Value = scalar.style == .plain || scalar.style == .any
                    ? CoreSchema.resolvePlain(scalar.string)
                    : .string(scalar.string)
                return YAMLNode(value, at: location(scalar.mark), text: scalar.string)
            case let .sequence(sequence):
                var elements: [YAMLNode] = []
                elements.reserveCapacity(sequence.count)
                for element in sequence { elements.append(try convert(element)) }
                return YAMLNode(.sequence(elements), at: location(sequence.mark))
            case let .mapping(mapping):
                var entries: [YAMLEntry] = []
                for (key, value) in mapping {
                    guard case let .scalar(keyScalar) = key else {
                        throw YAMLReadError(message: "a mapping key must be a plain string, not \(key.sequence != nil ? "a list" : "a mapping")",
                                            location: location(key.mark))
                    }
                    visited += 1
                    entries.append(YAMLEntry(key: keyScalar.string, keyLocation: location(keyScalar.mark), value: try convert(value)))
                }
                return YAMLNode(.mapping(entries), at: location(mapping.mark))
            case let .alias(alias):
                throw YAMLReadError(message: "unresolved alias '\(alias.anchor.rawValue)'", location: location(alias.mark))
            }
        }
    }

    private static func translate(_ error: YamlError, text: String, lineOffset: Int) -> YAMLReadError {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(line: mark.line + lineOffset, column: mark.column) }
        switch error {
        case let .scanner(context?, problem, _, _) where problem.contains("end of stream"):
            // An unclosed quote or bracket: point at where it was opened, not at the end of the block.
            let what = context.text.replacingOccurrences(of: "while scanning ", with: "")
            return YAMLReadError(message: "invalid YAML: \(what) opened here is never closed; close it", location: at(context.mark))
        case let .parser(context?, problem, _, _) where context.text.contains("flow"):
            // An unclosed [ or {: the opening bracket is what to fix.
            let what = context.text.replacingOccurrences(of: "while parsing a ", with: "")
            return YAMLReadError(message: "invalid YAML: \(what) opened here is not closed (\(problem))", location: at(context.mark))
        case let .parser(_, problem, mark, _) where problem.contains("nesting level"):
            return YAMLReadError(message: "front-matter nests lists or mappings too deeply (over 1000 levels); flatten it",
                                 location: at(mark))
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            if let tab = tabIndentation(in: text, upTo: mark.line) {
                return YAMLReadError(message: "tab character used for indentation; YAML indents with spaces only",
                                     location: SourceLocation(line: tab.line + lineOffset, column: tab.column))
            }
            return YAMLReadError(message: "invalid YAML: \(problem)", location: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? "?"
            let second = secondOccurrence(of: key, in: text, after: context.mark)
            return YAMLReadError(message: "duplicate key '\(key)' in a mapping; keep one of them",
                                 location: second.map { SourceLocation(line: $0.line + lineOffset, column: $0.column) } ?? at(context.mark))
        case let .reader(problem, _, _, _):
            return YAMLReadError(message: "invalid YAML: \(problem)", location: SourceLocation(line: lineOffset + 1, column: 1))
        default:
            return YAMLReadError(message: "invalid YAML: \(error)", location: SourceLocation(line: lineOffset + 1, column: 1))
        }
    }

    /// The first line (1-based, within `text`) whose indentation contains a tab, at or above `line`.
    private static func tabIndentation(in text: String, upTo line: Int) -> SourceLocation? {
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if number > line { break }
            var column = 0
            for character in rawLine.unicodeScalars {
                column += 1
                if character == "\t" { return SourceLocation(line: number, column: column) }
                if character != " " { break }
            }
        }
        return nil
    }

    /// Yams points at the first of two duplicate keys; the second one is what the user just added.
    private static func secondOccurrence(of key: String, in text: String, after mark: Mark) -> SourceLocation? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = mark.column - 1
        var number = mark.line
        while number < lines.count {
            let line = lines[number]
            number += 1
            let stripped = line.drop { $0 == " " }
            guard line.count - stripped.count == indent else { continue }
            for candidate in [key, "\"\(key)\"", "'\(key)'"] where stripped.hasPrefix(candidate) {
                let rest = stripped.dropFirst(candidate.count).drop { $0 == " " }
                if rest.first == ":" { return SourceLocation(line: number, column: indent + 1) }
            }
        }
        return nil
    }
}
