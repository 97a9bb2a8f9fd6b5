import CLibGit2
import RMLintCore

/// A libgit2 failure, carrying `git_error_last()`'s message.
public struct GitError: Error, Sendable, CustomStringConvertible {
    public var code: Int32
    public var message: String

    /// The error libgit2 recorded for the failed call that returned `code`.
    init(code: Int32, action: String) {
        self.code = code
        let detail = git_error_last().flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "error \(code)"
        self.message = "\(action): \(detail)"
    }

    /// A failure rmlint itself found (no repository, a bare one), with the message to show.
    package init(_ message: String, code: Int32 = -1) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    /// `GIT_ENOTFOUND`.
    public var isNotFound: Bool { code == GIT_ENOTFOUND.rawValue }
}

/// Calls a libgit2 function, turning a negative result into a ``GitError``.
@discardableResult
func check(_ result: Int32, _ action: @autoclosure () -> String) throws(GitError) -> Int32 {
    guard result >= 0 else { throw GitError(code: result, action: action()) }
    return result
}

/// `git_libgit2_init`, exactly once per process.
///
/// Objects are not re-hashed on every read: rmlint only reads, as `git log` does, and leaves
/// checking the object database to `git fsck`. That hashing was a third of a history walk.
enum GitLibrary {
    private static let initialized: Bool = {
        guard git_libgit2_init() > 0 else { return false }
        _ = rmlint_git_set_strict_hash_verification(0)
        return true
    }()

    static func ensureInitialized() {
        _ = initialized
    }
}
