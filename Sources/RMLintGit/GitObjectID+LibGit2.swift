import CLibGit2
import RMLintCore

extension GitObjectID {
    /// The id libgit2 handed out.
    init(_ raw: git_oid) {
        self = withUnsafeBytes(of: raw.id) { GitObjectID(raw: $0) }
    }

    /// The id as libgit2 takes it.
    var raw: git_oid {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { write(to: $0) }
        return oid
    }
}
