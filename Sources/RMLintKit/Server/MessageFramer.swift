/// The LSP base protocol's framing: `Content-Length: N\r\n` (other headers allowed) `\r\n`, then N
/// bytes of JSON. Bytes arrive in any split — several messages in one read, one message across
/// several — and come out as whole bodies. A header without a usable length is an error the server
/// reports and recovers from; a length over ``maximumLength`` is refused without buffering it.
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

    private let maximumLength: Int
    private var buffer: [UInt8] = []
    /// Bytes of a refused body still to skip.
    private var skipping = 0

    package init(maximumLength: Int = MessageFramer.maximumLength) {
        self.maximumLength = maximumLength
    }

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
        guard skipping == 0, let end = Self.headerEnd(in: buffer) else { return nil }
        let header = String(decoding: buffer[..<end], as: UTF8.self)
        let bodyStart = end + 4
        var length: Int?
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "content-length" else { continue }
            length = Int(parts[1].trimmingCharacters(in: " \t"))
        }
        guard let length, length >= 0 else {
            buffer.removeFirst(bodyStart)
            return .badHeader(header)
        }
        guard length <= maximumLength else {
            let available = buffer.count - bodyStart
            skipping = max(0, length - available)
            buffer.removeFirst(min(buffer.count, bodyStart + length))
            return .tooLarge(length)
        }
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Array(buffer[bodyStart..<(bodyStart + length)])
        buffer.removeFirst(bodyStart + length)
        return .body(body)
    }

    /// The index of the `\r\n\r\n` that ends the header block.
    private static func headerEnd(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4)
        where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return index
        }
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
