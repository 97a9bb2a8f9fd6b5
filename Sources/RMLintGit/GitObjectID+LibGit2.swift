import CLibGit2
import RMLintCore

extension GitObjectID {
    /// The id libgit2 handed out.
    init(_ raw: git_oid) {
        self = withUnsafeBytes(of: raw.id) { GitObjectID(raw: $0) }
    }

    /// The id git gives a blob of these bytes (`git hash-object`), without a repository.
    package static func blob(of bytes: [UInt8]) -> GitObjectID? {
        GitLibrary.ensureInitialized()
        var oid = git_oid()
        let result = bytes.withUnsafeBytes { git_odb_hash(&oid, $0.baseAddress, $0.count, GIT_OBJECT_BLOB) }
        return result == 0 ? GitObjectID(oid) : nil
    }

    /// The id as libgit2 takes it.
    var raw: git_oid {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { write(to: $0) }
        return oid
    }
}
