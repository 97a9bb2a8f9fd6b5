#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Git's conflict markers left in a file (`<<<<<<< `, `=======`, `>>>>>>> ` at the start of lines):
/// an unresolved merge, whichever of its lines YAML would trip over first.
enum ConflictMarkers {
    /// The 1-based lines of the first `<<<<<<<` and of the `>>>>>>>` that closes it, when the file has both.
    /// Every file is searched, so the search skips to each `<` with `memchr` (most files have few).
    static func find(in content: ArraySlice<UInt8>) -> (start: Int, end: Int)? {
        guard let start = firstMarker(60, in: content),
            let end = firstMarker(62, in: content[start...])
        else { return nil }
        return (line(of: start, in: content), line(of: end, in: content))
    }

    /// The index of the first line that starts with seven `byte`s followed by a space, a line break or the end.
    private static func firstMarker(_ byte: UInt8, in content: ArraySlice<UInt8>) -> Int? {
        var from = content.startIndex
        while from < content.endIndex {
            let found: Int? = content[from...].withUnsafeBufferPointer { haystack -> Int? in
                guard let base = haystack.baseAddress, let hit = memchr(base, Int32(byte), haystack.count) else {
                    return nil
                }
                return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            }
            guard let offset = found else { return nil }
            let index = from + offset
            let next = index + 7
            if index == content.startIndex || content[index - 1] == 10, next <= content.endIndex,
                content[index..<next].allSatisfy({ $0 == byte }),
                next == content.endIndex || content[next] == 32 || content[next] == 10 || content[next] == 13
            {
                return index
            }
            from = index + 1
        }
        return nil
    }

    private static func line(of index: Int, in content: ArraySlice<UInt8>) -> Int {
        content[content.startIndex..<index].count { $0 == 10 } + 1
    }
}
