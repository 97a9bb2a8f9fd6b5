#if canImport(Glibc)
    import Glibc
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let systemWrite = Darwin.write
#endif

/// Writing bytes to a file descriptor whole: short writes continued, `EINTR` retried. The one write
/// loop behind the standard streams, `--output` files and the language server's replies.
package enum DescriptorWriter {
    /// Writes every byte; the `errno` of the failure, or `nil` when all were written.
    @discardableResult
    package static func write(_ bytes: some Collection<UInt8>, to descriptor: Int32) -> Int32? {
        var rest = ArraySlice(bytes)
        while !rest.isEmpty {
            let written = rest.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            rest = rest.dropFirst(written)
        }
        return nil
    }
}
