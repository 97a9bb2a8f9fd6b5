/// Glob patterns for `exclude`: `*` and `?` stay within one path segment, `**` spans segments.
/// A pattern naming a folder also excludes everything below it.
package struct Glob: Sendable {
    private let segments: [Substring]

    package init(_ pattern: String) {
        segments = pattern.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
    }

    package func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return Glob.match(segments[...], parts[...], allowPrefix: true)
    }

    private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>, allowPrefix: Bool)
        -> Bool
    {
        guard let head = pattern.first else { return path.isEmpty || allowPrefix }
        if head == "**" {
            let rest = pattern.dropFirst()
            for start in path.indices + [path.endIndex] where match(rest, path[start...], allowPrefix: allowPrefix) {
                return true
            }
            return false
        }
        guard let segment = path.first,
            matchSegment(Array(head.unicodeScalars)[...], Array(segment.unicodeScalars)[...])
        else {
            return false
        }
        return match(pattern.dropFirst(), path.dropFirst(), allowPrefix: allowPrefix)
    }

    private static func matchSegment(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool
    {
        guard let first = pattern.first else { return text.isEmpty }
        switch first {
        case "*":
            let rest = pattern.dropFirst()
            for start in text.indices + [text.endIndex] where matchSegment(rest, text[start...]) { return true }
            return false
        case "?":
            return !text.isEmpty && matchSegment(pattern.dropFirst(), text.dropFirst())
        default:
            return text.first == first && matchSegment(pattern.dropFirst(), text.dropFirst())
        }
    }
}
