/// One `replans` entry of a milestone: when and why its plan changed, and for a re-dating from
/// which `due` to which. Parts that are missing or failed their type check are `nil`.
public struct Replan: Hashable, Sendable {
    public var date: CalendarDate?
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var reason: String?
    public var location: SourceLocation

    public init(date: CalendarDate?, from: CalendarDate?, to: CalendarDate?, reason: String?, location: SourceLocation) {
        self.date = date
        self.from = from
        self.to = to
        self.reason = reason
        self.location = location
    }

    /// The entry without its position: what makes two entries the same.
    public struct Content: Hashable {
        var date: CalendarDate?
        var from: CalendarDate?
        var to: CalendarDate?
        var reason: String?
    }

    public var content: Content { Content(date: date, from: from, to: to, reason: reason) }

    /// The entries of `current` that `earlier` does not hold, compared by content (an entry whose
    /// line moved is not new): "the `replans` entries added since the base". `nil` when `current`
    /// could not be read, so nothing can be said about what was added.
    public static func added(_ current: [Replan]?, since earlier: [Replan]) -> [Replan]? {
        guard let current else { return nil }
        let known = Set(earlier.map(\.content))
        return current.filter { !known.contains($0.content) }
    }
}
