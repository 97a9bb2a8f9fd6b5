/// A 1-based line and column in a file.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of a file: where diagnostics about a missing field point.
    public static let start = SourceLocation(line: 1, column: 1)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// Where something is written: from `start` to just past its end (`end == start`: a position only).
package struct SourceRange: Hashable, Sendable {
    package var start: SourceLocation
    package var end: SourceLocation

    package init(_ start: SourceLocation, _ end: SourceLocation? = nil) {
        self.start = start
        self.end = max(start, end ?? start)
    }
}

/// A ``SourceRange`` stored compactly (an item keeps one per key and value of its front-matter):
/// 12 bytes; columns and the number of lines spanned are clamped at 65,535.
package struct Span: Hashable, Sendable {
    private let startLine: UInt32
    private let startColumn: UInt16
    private let lines: UInt16
    private let endColumn: UInt16

    package init(_ range: SourceRange) {
        startLine = UInt32(clamping: range.start.line)
        startColumn = UInt16(clamping: range.start.column)
        lines = UInt16(clamping: range.end.line - range.start.line)
        endColumn = UInt16(clamping: range.end.column)
    }

    /// The start, as one number that orders like the location.
    package var startKey: UInt64 { UInt64(startLine) << 32 | UInt64(startColumn) }

    package var range: SourceRange {
        SourceRange(
            SourceLocation(line: Int(startLine), column: Int(startColumn)),
            SourceLocation(line: Int(startLine) + Int(lines), column: Int(endColumn)))
    }
}

/// A value together with where it was written.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
