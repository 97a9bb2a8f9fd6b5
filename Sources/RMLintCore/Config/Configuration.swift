import Foundation

/// `.rmlint.yml`, typed. Every field has the documented default when the key is absent.
public struct Configuration: Sendable {
    /// Repository-relative path of the file it was read from; `nil` when there is none.
    public var path: String?
    public var roadmap: [String] = ["roadmap"]
    public var roadmapLocations: [SourceLocation] = []
    public var exclude: [String] = []
    public var strictFields = false
    public var capacity = CapacityConfiguration()
    public var review: ReviewConfiguration?
    public var rules: [String: RuleConfiguration] = [:]

    public init() {}

    /// Tracks a milestone may name: product, engineering and every track in `capacity.split`.
    public var tracks: [String] {
        var tracks = ["product", "engineering"]
        for range in capacity.split where !tracks.contains(range.track) { tracks.append(range.track) }
        return tracks
    }
}

/// `capacity:`.
public struct CapacityConfiguration: Sendable {
    public var unit = "team-weeks"
    public var period = PeriodGranularity.quarter
    public var split: [TrackShare] = []
    public var total: [Period: Located<Decimal>] = [:]
}

/// One `capacity.split` entry: a track's allowed share, in percent.
public struct TrackShare: Sendable {
    public var track: String
    public var minimum: Decimal
    public var maximum: Decimal
    public var location: SourceLocation
}

/// `review: {last, cadence}`.
public struct ReviewConfiguration: Sendable {
    public enum Cadence: String, Sendable, CaseIterable {
        case monthly
        case quarterly

        public var months: Int { self == .monthly ? 1 : 3 }
    }

    public var last: CalendarDate
    public var cadence: Cadence
    public var location: SourceLocation
}

/// One entry of `rules:`: a severity override and the rule's options.
public struct RuleConfiguration: Sendable {
    /// `nil` keeps the default severity; `.some(nil)` means `off`.
    public var severity: Severity??
    public var options: [String: YAMLNode] = [:]
    public var location: SourceLocation

    public var isOff: Bool {
        if case .some(.none) = severity { return true }
        return false
    }
}
