/// Git's conflict markers left in a file (`<<<<<<< `, `=======`, `>>>>>>> ` at the start of lines):
/// an unresolved merge, whichever of its lines YAML would trip over first.
enum ConflictMarkers {
    /// The 1-based lines of the first `<<<<<<<` and of the `>>>>>>>` that closes it, when the file has both.
    static func find(in content: ArraySlice<UInt8>) -> (start: Int, end: Int)? {
        var line = 1
        var start: Int?
        var atLineStart = true
        var index = content.startIndex
        while index < content.endIndex {
            let byte = content[index]
            if atLineStart, byte == 60 || byte == 62, marker(byte, at: index, in: content) {
                if byte == 60, start == nil { start = line }
                if byte == 62, let start { return (start, line) }
            }
            atLineStart = byte == 10
            if byte == 10 { line += 1 }
            index += 1
        }
        return nil
    }

    /// Seven `<` (or `>`) at `index`, then a space, a line break or the end.
    private static func marker(_ byte: UInt8, at index: Int, in content: ArraySlice<UInt8>) -> Bool {
        guard content.endIndex - index >= 7, content[index..<(index + 7)].allSatisfy({ $0 == byte }) else {
            return false
        }
        let next = index + 7
        return next == content.endIndex || content[next] == 32 || content[next] == 10 || content[next] == 13
    }
}
