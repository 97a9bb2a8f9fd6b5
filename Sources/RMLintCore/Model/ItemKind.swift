/// The four kinds of roadmap item, told apart by `kind:`.
package enum ItemKind: String, Sendable, CaseIterable {
    case theme
    case goal
    case milestone
    case backlog

    /// Statuses the kind accepts, in the documented order.
    package var statuses: [ItemStatus] {
        switch self {
        case .theme: return [.active, .archived]
        case .goal: return [.active, .achieved, .missed, .archived]
        case .milestone: return [.proposed, .committed, .inProgress, .done, .dropped]
        case .backlog: return [.open, .inProgress, .done, .dropped]
        }
    }

    /// The status an item of this kind has when `status:` is absent; milestones must write one.
    package var defaultStatus: ItemStatus? {
        switch self {
        case .theme, .goal: return .active
        case .backlog: return .open
        case .milestone: return nil
        }
    }

    /// Fields of this kind besides the common `id`, `kind`, `title`, `tags`, `rmlint-disable`.
    package var fields: [String] {
        switch self {
        case .theme: return ["owner", "status"]
        case .goal: return ["owner", "theme", "metric", "due", "status"]
        case .milestone:
            return [
                "owner", "theme", "horizon", "status", "track", "goals", "estimate", "due", "delivered",
                "metric", "depends_on", "scores", "period", "replans", "dropped-reason",
            ]
        case .backlog: return ["theme", "milestone", "owner", "status", "track", "estimate"]
        }
    }

    /// Fields a kind has only under a convention: a Backlog.md task's dependencies and parent
    /// (SPEC §1's native backlog item has neither, so there they stay unknown fields).
    package var conventionFields: [String] { self == .backlog ? ["depends_on", "parent"] : [] }

    /// The kind's fields, with ``conventionFields`` when a convention is in force.
    package func fields(underConvention: Bool) -> [String] { underConvention ? fields + conventionFields : fields }

    package static let commonFields = ["id", "kind", "title", "tags", "rmlint-disable"]
}

/// A milestone's horizon.
package enum Horizon: String, Sendable, CaseIterable {
    case now
    case next
    case later
}
