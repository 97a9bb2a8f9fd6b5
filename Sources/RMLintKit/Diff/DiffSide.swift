import RMLintCore

/// One side of a comparison: a commit, the git index (what the next commit will contain), the
/// working tree (the files as they are, `--working-tree`), or nothing (the base of `--staged` before
/// the first commit).
public enum DiffSide: Hashable, Sendable {
    case nothing
    case index
    case workingTree
    case commit(GitObjectID)

    /// As SPEC §6's JSON writes it: the full commit id, `index`, `working-tree`, or empty for nothing.
    public var json: String {
        switch self {
        case .nothing: return ""
        case .index: return "index"
        case .workingTree: return "working-tree"
        case .commit(let id): return id.description
        }
    }

    /// As a terminal line shows it: ten hex digits of a commit, `index`, or `(nothing)`.
    public var short: String {
        switch self {
        case .nothing: return "(nothing)"
        case .index: return "index"
        case .workingTree: return "working tree"
        case .commit(let id): return String(id.description.prefix(10))
        }
    }
}
