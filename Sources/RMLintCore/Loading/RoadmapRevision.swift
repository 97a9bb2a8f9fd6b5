/// Which version of the roadmap to read: the files on disk, what the next commit will contain,
/// or what a commit recorded.
public enum RoadmapRevision: Hashable, Sendable, CustomStringConvertible {
    case workingTree
    /// The git index (`--staged`).
    case index
    /// A revision expression: `HEAD`, `origin/main`, a tag, a commit id.
    case commit(String)
    /// No revision at all: the empty roadmap a change is compared with before the first commit.
    case nothing

    public var description: String {
        switch self {
        case .workingTree: return "the working tree"
        case .index: return "the index"
        case .commit(let revision): return revision
        case .nothing: return "no commit"
        }
    }
}
