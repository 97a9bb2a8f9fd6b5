import Foundation
import RMLintCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing a file a command was asked to write (`--output`, a baseline): folders that do not exist
/// are created, the file is replaced atomically (a reader never sees half of it) and keeps its
/// permissions, and a failure is a usage error that names the path and says why in plain words.
package enum OutputFile {
    /// Writes `text` to `path`; `what` names the file in the message ("baseline").
    package static func write(_ text: String, to path: String, what: String? = nil) throws {
        try write(Array(text.utf8), to: path, what: what)
    }

    /// Writes `bytes` to `path`, as they are.
    package static func write(_ bytes: [UInt8], to path: String, what: String? = nil) throws {
        let name = what.map { "\($0) \(path)" } ?? path
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, let problem = makeFolder(folder) {
            throw UsageError("cannot write \(name): \(problem)")
        }
        let temporary =
            (folder.isEmpty ? "" : folder + "/") + ".\((path as NSString).lastPathComponent).rmlint-\(getpid())"
        var status = stat()
        let mode = stat(path, &status) == 0 ? mode_t(status.st_mode & 0o7777) : 0o644
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw UsageError("cannot write \(name): \(reason(errno))") }
        if let code = DescriptorWriter.write(bytes, to: descriptor) {
            close(descriptor)
            unlink(temporary)
            throw UsageError("cannot write \(name): \(reason(code))")
        }
        fchmod(descriptor, mode)
        guard close(descriptor) == 0, rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw UsageError("cannot write \(name): \(reason(code))")
        }
    }

    /// Creates `folder` and its parents; what went wrong, or `nil`.
    private static func makeFolder(_ folder: String) -> String? {
        var status = stat()
        if stat(folder, &status) == 0 {
            return (status.st_mode & S_IFMT) == S_IFDIR ? nil : "\(folder) is not a folder"
        }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != folder, let problem = makeFolder(parent) { return problem }
        guard mkdir(folder, 0o755) == 0 || errno == EEXIST else {
            return "cannot create folder \(folder): \(reason(errno))"
        }
        return nil
    }

    /// `strerror`'s text, lowercased at the start ("permission denied").
    private static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
