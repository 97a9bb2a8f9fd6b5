import Foundation

/// `.rmlint.yml`, typed. Every field has the documented default when the key is absent.
package struct Configuration: Sendable {
    /// Repository-relative path of the file it was read from; `nil` when there is none.
    package var path: String?
    package var roadmap: [String] = ["roadmap"]
    package var roadmapLocations: [SourceLocation] = []
    package var exclude: [String] = []
    package var strictFields = false
    package var capacity = CapacityConfiguration()
    package var review: ReviewConfiguration?
    package var rules: [String: RuleConfiguration] = [:]

    package init() {}

    /// Tracks a milestone may name: product, engineering and every track in `capacity.split`.
    package var tracks: [String] {
        var tracks = ["product", "engineering"]
        for range in capacity.split where !tracks.contains(range.track) { tracks.append(range.track) }
        return tracks
    }
}

/// `capacity:`.
package struct CapacityConfiguration: Sendable {
    package var unit = "team-weeks"
    package var period = PeriodGranularity.quarter
    package var split: [TrackShare] = []
    package var total: [Period: Located<Decimal>] = [:]
}

/// One `capacity.split` entry: a track's allowed share, in percent.
package struct TrackShare: Sendable {
    package var track: String
    package var minimum: Decimal
    package var maximum: Decimal
    package var location: SourceLocation
}

/// `review: {last, cadence}`.
package struct ReviewConfiguration: Sendable {
    package enum Cadence: String, Sendable, CaseIterable {
        case monthly
        case quarterly

        package var months: Int { self == .monthly ? 1 : 3 }
    }

    package var last: CalendarDate
    package var cadence: Cadence
    package var location: SourceLocation
}

/// One entry of `rules:`: a severity override and the rule's options.
package struct RuleConfiguration: Sendable {
    /// `nil` keeps the default severity; `.some(nil)` means `off`.
    package var severity: Severity??
    package var options: [String: YAMLNode] = [:]
    package var location: SourceLocation

    package var isOff: Bool {
        if case .some(.none) = severity { return true }
        return false
    }
}
