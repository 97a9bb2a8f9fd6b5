/// The four kinds of roadmap item, told apart by `kind:`.
public enum ItemKind: String, Sendable, CaseIterable {
    case theme
    case goal
    case milestone
    case backlog

    /// Statuses the kind accepts, in the documented order.
    public var statuses: [String] {
        switch self {
        case .theme: return ["active", "archived"]
        case .goal: return ["active", "achieved", "missed", "archived"]
        case .milestone: return ["proposed", "committed", "in-progress", "done", "dropped"]
        case .backlog: return ["open", "in-progress", "done", "dropped"]
        }
    }

    /// Fields of this kind besides the common `id`, `kind`, `title`, `tags`, `rmlint-disable`.
    public var fields: [String] {
        switch self {
        case .theme: return ["owner", "status"]
        case .goal: return ["owner", "theme", "metric", "due", "status"]
        case .milestone:
            return ["owner", "theme", "horizon", "status", "track", "goals", "estimate", "due", "delivered",
                    "metric", "depends_on", "scores", "period", "replans", "dropped-reason"]
        case .backlog: return ["theme", "milestone", "owner", "status", "track", "estimate"]
        }
    }

    public static let commonFields = ["id", "kind", "title", "tags", "rmlint-disable"]
}

/// A milestone's horizon.
public enum Horizon: String, Sendable, CaseIterable {
    case now
    case next
    case later
}
