import Foundation

/// `.rmlint.yml`, typed. Every field has the documented default when the key is absent.
package struct Configuration: Equatable, Sendable {
    /// Repository-relative path of the file it was read from; `nil` when there is none.
    package var path: String?
    package var roadmap: [String] = ["roadmap"]
    package var roadmapLocations: [SourceLocation] = []
    package var exclude: [String] = []
    package var strictFields = false
    package var capacity = CapacityConfiguration()
    package var review: ReviewConfiguration?
    package var rules: [String: RuleConfiguration] = [:]
    /// The team's vocabulary, when its files are not written in rmlint's (`convention:`).
    package var convention: Convention?

    package init() {}

    /// Tracks a milestone may name: product, engineering and every track in `capacity.split`.
    package var tracks: [String] {
        var tracks = ["product", "engineering"]
        for range in capacity.split where !tracks.contains(range.track) { tracks.append(range.track) }
        return tracks
    }
}

/// `capacity:`.
package struct CapacityConfiguration: Equatable, Sendable {
    package var unit = "team-weeks"
    package var period = PeriodGranularity.quarter
    package var split: [TrackShare] = []
    package var total: [Period: Located<Decimal>] = [:]
}

/// One `capacity.split` entry: a track's allowed share, in percent.
package struct TrackShare: Equatable, Sendable {
    package var track: String
    package var minimum: Decimal
    package var maximum: Decimal
    package var location: SourceLocation

    /// Where a share of `effort` in `total` falls against the range (percentages, inclusive).
    package enum Placement: Sendable {
        case below
        case within
        case above
    }

    /// The one test of a track's share against its configured range (`capacity-split`, `review`).
    package func placement(of effort: Decimal, in total: Decimal) -> Placement {
        let scaled = effort * 100
        if scaled < minimum * total { return .below }
        if scaled > maximum * total { return .above }
        return .within
    }
}

/// `review: {last, cadence}`.
package struct ReviewConfiguration: Equatable, Sendable {
    package enum Cadence: String, Sendable, CaseIterable {
        case monthly
        case quarterly

        package var months: Int { self == .monthly ? 1 : 3 }
    }

    package var last: CalendarDate
    package var cadence: Cadence
    package var location: SourceLocation
}

/// What `rules:` says about one rule's severity.
package enum RuleLevel: Hashable, Sendable {
    /// Not said: the rule's default severity.
    case `default`
    case off
    case severity(Severity)

    /// The severity the rule reports with, or `nil` when it is off.
    package func severity(default severity: Severity) -> Severity? {
        switch self {
        case .default: return severity
        case .off: return nil
        case .severity(let chosen): return chosen
        }
    }
}

/// One entry of `rules:`: the level and the rule's options, parsed and checked when the
/// configuration is read (nothing of the YAML is read at lint time).
package struct RuleConfiguration: Equatable, Sendable {
    package var level: RuleLevel
    /// Option name → value, each validated against the rule's ``RuleOption``.
    package var options: [String: Int] = [:]
    package var location: SourceLocation

    package var isOff: Bool { level == .off }
}
