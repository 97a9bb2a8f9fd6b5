import RMLintCore
import RMLintGit
import RMLintKit
import RMLintRules

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing to the standard streams by file descriptor (no shared `FILE*` state, Swift 6 safe).
enum Output {
    static func standardOutput(_ text: String) { write(text, to: 1) }
    static func standardError(_ text: String) { write(text, to: 2) }

    /// `rmlint: error: message` on stderr.
    static func error(_ message: String) { standardError("rmlint: error: \(message)\n") }

    static func terminate(_ code: Int32) -> Never { exit(code) }

    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    private static func write(_ text: String, to descriptor: Int32) {
        DescriptorWriter.write(text.utf8, to: descriptor)
    }
}

extension ReporterRegistry {
    /// The reporter `--format NAME` asks for; an unknown name is a usage error listing the formats.
    func reporter(_ name: String, options: ReporterOptions = ReporterOptions()) throws -> any Reporter<Subject> {
        guard let reporter = reporter(named: name, options: options) else {
            throw UsageError("unknown format '\(name)'; use one of \(identifiers.joined(separator: ", "))")
        }
        return reporter
    }
}
