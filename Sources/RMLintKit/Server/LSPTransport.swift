import RMLintCore

#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
#endif

/// The stdio transport of `rmlint lsp`: reads framed messages from a file descriptor, hands each
/// body to the ``LanguageServer`` and writes what it answers. A header without a usable length or a
/// body too large is answered with an error and reading goes on. Returns the exit code: the server's
/// after `exit`, 1 when the input ends without one.
package enum LSPTransport {
    package static func run(_ server: LanguageServer, input: Int32 = 0, output: Int32 = 1) -> Int32 {
        var framer = MessageFramer()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while server.exitCode == nil {
            let count = buffer.withUnsafeMutableBytes { systemRead(input, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            framer.append(buffer[..<count])
            while server.exitCode == nil, let frame = framer.next() {
                let replies: [JSONValue]
                switch frame {
                case .body(let body): replies = server.receive(body)
                case .badHeader:
                    replies = [LanguageServer.error(id: .null, code: -32700, "header without a Content-Length")]
                case .tooLarge(let length):
                    replies = [
                        LanguageServer.error(
                            id: .null, code: -32600,
                            "message of \(length) bytes refused (over \(MessageFramer.maximumLength))")
                    ]
                }
                for reply in replies {
                    DescriptorWriter.write(MessageFramer.frame(Array(reply.rendered(pretty: false).utf8)), to: output)
                }
            }
        }
        return server.exitCode ?? 1
    }
}
