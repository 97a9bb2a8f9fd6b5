import RMLintCore

#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
    private let systemPoll = Glibc.poll
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
    private let systemPoll = Darwin.poll
#endif

/// The stdio transport of `rmlint lsp`: reads framed messages from a file descriptor, hands them to
/// the ``LanguageServer`` and writes what it answers. Everything readable at once is handed over as
/// one batch (so a burst of keystrokes is linted once, and a request cancelled in the same burst is
/// not computed). A header without a usable length or a body too large is answered with an error
/// and reading goes on. Returns the exit code: the server's after `exit`, 1 when the input ends
/// without one.
package enum LSPTransport {
    /// A batch stops growing here, so that a client that never pauses still gets answers.
    static let maximumBatch = 256

    package static func run(_ server: LanguageServer, input: Int32 = 0, output: Int32 = 1) -> Int32 {
        var framer = MessageFramer()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var ended = false
        func send(_ replies: [JSONValue]) {
            for reply in replies {
                DescriptorWriter.write(MessageFramer.frame(Array(reply.rendered(pretty: false).utf8)), to: output)
            }
        }
        func readMore(waiting: Bool) -> Bool {
            if !waiting {
                var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
                guard systemPoll(&descriptor, 1, 0) > 0 else { return false }
            }
            while true {
                let count = buffer.withUnsafeMutableBytes { systemRead(input, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else {
                    ended = true
                    return false
                }
                framer.append(buffer[..<count])
                return true
            }
        }
        server.emit = { send($0) }
        defer { server.emit = nil }
        while server.exitCode == nil {
            var batch: [[UInt8]] = []
            /// Takes the complete frames already buffered (errors for bad ones are sent in order).
            func drain() {
                while batch.count < maximumBatch, server.exitCode == nil, let frame = framer.next() {
                    switch frame {
                    case .body(let body): batch.append(body)
                    case .badHeader:
                        send(server.receive(batch: batch))
                        batch = []
                        send([LanguageServer.error(id: .null, code: -32700, "header without a Content-Length")])
                    case .tooLarge(let length):
                        send(server.receive(batch: batch))
                        batch = []
                        send([
                            LanguageServer.error(
                                id: .null, code: -32600,
                                "message of \(length) bytes refused (over \(MessageFramer.maximumLength))")
                        ])
                    }
                }
            }
            // Frames left from a full batch first; else wait for input.
            drain()
            if batch.isEmpty {
                guard !ended, readMore(waiting: true) else { break }
                drain()
            }
            // A message half read: wait for the rest; else take what else is already there.
            while batch.count < maximumBatch, !ended,
                framer.hasBufferedBytes ? readMore(waiting: batch.isEmpty) : readMore(waiting: false)
            {
                drain()
            }
            send(server.receive(batch: batch))
        }
        return server.exitCode ?? 1
    }
}
