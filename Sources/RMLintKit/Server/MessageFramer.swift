/// The LSP base protocol's framing: `Content-Length: N\r\n` (other headers allowed) `\r\n`, then N
/// bytes of JSON. Bytes arrive in any split — several messages in one read, one message across
/// several — and come out as whole bodies. A header without a usable length is an error the server
/// reports and recovers from; a length over ``maximumLength`` is refused without buffering it, and
/// so is a header that never ends (over ``maximumHeaderLength`` bytes without its blank line).
package struct MessageFramer: Sendable {
    /// What the next complete unit of input is.
    package enum Frame: Equatable, Sendable {
        case body([UInt8])
        /// A header block without a valid `Content-Length` (its bytes are dropped).
        case badHeader(String)
        /// A body announced larger than the framer accepts (its bytes are skipped as they arrive).
        case tooLarge(Int)
    }

    /// Larger bodies are refused by default: no editor sends a 256 MiB message.
    package static let maximumLength = 256 << 20
    /// A header block is a line or two; this many bytes without its end is not one.
    package static let maximumHeaderLength = 8 << 10

    private let maximumLength: Int
    /// Unread input is `buffer[start...]`; consumed bytes are dropped in bulk, not per message.
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the header's end resumes (bytes before it were searched).
    private var searched = 0
    /// Bytes of a refused body still to skip.
    private var skipping = 0

    package init(maximumLength: Int = MessageFramer.maximumLength) {
        self.maximumLength = maximumLength
    }

    /// Whether bytes are buffered that no frame has taken yet.
    package var hasBufferedBytes: Bool { start < buffer.count }

    /// Adds bytes read from the client.
    package mutating func append(_ bytes: some Collection<UInt8>) {
        guard skipping == 0 else {
            let skipped = min(skipping, bytes.count)
            skipping -= skipped
            buffer.append(contentsOf: bytes.dropFirst(skipped))
            return
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or `nil` until more bytes arrive.
    package mutating func next() -> Frame? {
        guard skipping == 0 else { return nil }
        guard let end = headerEnd() else {
            guard buffer.count - start > Self.maximumHeaderLength else { return nil }
            let header = String(decoding: buffer[start..<(start + 64)], as: UTF8.self)
            consume(buffer.count - start)
            return .badHeader(header + "…")
        }
        let header = String(decoding: buffer[start..<end], as: UTF8.self)
        let bodyStart = end + 4
        var length: Int?
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "content-length" else { continue }
            length = Int(parts[1].trimmingCharacters(in: " \t"))
        }
        guard let length, length >= 0 else {
            consume(bodyStart - start)
            return .badHeader(header)
        }
        guard length <= maximumLength else {
            let available = buffer.count - bodyStart
            skipping = max(0, length - available)
            consume(min(buffer.count, bodyStart + length) - start)
            return .tooLarge(length)
        }
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Array(buffer[bodyStart..<(bodyStart + length)])
        consume(bodyStart + length - start)
        return .body(body)
    }

    private mutating func consume(_ count: Int) {
        start += count
        searched = start
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.count <= 1 << 20)
            start = 0
            searched = 0
        } else if start > 1 << 20, start > buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
            searched = 0
        }
    }

    /// The index of the `\r\n\r\n` that ends the header block at `start`, searching each byte once.
    private mutating func headerEnd() -> Int? {
        var index = max(start, searched)
        while index + 4 <= buffer.count {
            if buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
                return index
            }
            index += 1
        }
        searched = max(start, index)
        return nil
    }

    /// One message framed for sending.
    package static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
