/// Every status an item may have; ``ItemKind/statuses`` says which ones each kind accepts.
package enum ItemStatus: String, Sendable, CaseIterable {
    case active
    case archived
    case achieved
    case missed
    case proposed
    case committed
    case inProgress = "in-progress"
    case done
    case dropped
    case open

    /// A milestone status that promises a date: `committed`, `in-progress` or `done`.
    package var isCommitment: Bool { self == .committed || self == .inProgress || self == .done }

    /// Finished work (`done`) or work given up (`dropped`): no longer live.
    package var isClosed: Bool { self == .done || self == .dropped }
}
