/// One `replans` entry of a milestone: when and why its plan changed, and for a re-dating from
/// which `due` to which. Parts that are missing or failed their type check are `nil`.
package struct Replan: Hashable, Sendable {
    package var date: CalendarDate?
    package var from: CalendarDate?
    package var to: CalendarDate?
    package var reason: String?
    package var location: SourceLocation

    package init(date: CalendarDate?, from: CalendarDate?, to: CalendarDate?, reason: String?, location: SourceLocation)
    {
        self.date = date
        self.from = from
        self.to = to
        self.reason = reason
        self.location = location
    }

    /// The entry without its position: what makes two entries the same.
    package struct Content: Hashable {
        var date: CalendarDate?
        var from: CalendarDate?
        var to: CalendarDate?
        var reason: String?
    }

    package var content: Content { Content(date: date, from: from, to: to, reason: reason) }

    /// The entries of `current` that `earlier` does not hold, compared by content (an entry whose
    /// line moved is not new): "the `replans` entries added since the base". `nil` when `current`
    /// could not be read, so nothing can be said about what was added.
    package static func added(_ current: [Replan]?, since earlier: [Replan]) -> [Replan]? {
        guard let current else { return nil }
        let known = Set(earlier.map(\.content))
        return current.filter { !known.contains($0.content) }
    }
}
