import RMLintCore

/// What `rmlint review` was asked to do (SPEC §7).
public struct ReviewRequest: Sendable {
    public var workingDirectory: String
    public var revision: String
    /// The period's first day; `nil`: `review.last` of the configuration at the revision, else 30
    /// days before `asOf`.
    public var since: CalendarDate?
    public var asOf: CalendarDate
    /// Days ahead in which a committed milestone not yet started is at risk.
    public var horizon: Int
    public var tolerance: Int
    public var useCache: Bool

    public init(
        workingDirectory: String, revision: String = "HEAD", since: CalendarDate? = nil, asOf: CalendarDate,
        horizon: Int = 30, tolerance: Int = 0, useCache: Bool = true
    ) {
        self.workingDirectory = workingDirectory
        self.revision = revision
        self.since = since
        self.asOf = asOf
        self.horizon = horizon
        self.tolerance = tolerance
        self.useCache = useCache
    }
}
