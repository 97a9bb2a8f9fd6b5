import Foundation

/// What one item contributes to capacity, read from a decoded item, a history snapshot or a file
/// that did not parse — so that lint, `diff` and `history` count capacity by one ledger.
package struct PlannedEffort: Sendable {
    /// The item's path (its id for a history snapshot), for notes that name it.
    package var source: String
    /// Whether it is a milestone; `nil` when its kind is unknown.
    package var isMilestone: Bool?
    /// Whether its status is `dropped`; `nil` when its status is unknown.
    package var isDropped: Bool?
    package var estimate: Reading<Decimal>
    /// The valid `track`, if any.
    package var track: String?
    package var placement: PeriodPlacement

    package init(
        source: String, isMilestone: Bool?, isDropped: Bool?, estimate: Reading<Decimal>, track: String?,
        placement: PeriodPlacement
    ) {
        self.source = source
        self.isMilestone = isMilestone
        self.isDropped = isDropped
        self.estimate = estimate
        self.track = track
        self.placement = placement
    }

    /// A decoded item. An item whose kind could not be read but that writes `estimate:` may be a milestone.
    /// The estimate of an item whose id another item holds too (a copied file) is unknown: which of
    /// them is the plan cannot be told, and counting both would count it twice.
    package init(_ item: RoadmapItem, granularity: PeriodGranularity, idIsShared: Bool = false) {
        let estimate: Reading<Decimal>
        if idIsShared {
            estimate = item.keyLocations["estimate"] != nil ? .unknown : .absent
        } else if item.kind == nil {
            estimate = item.keyLocations["estimate"] != nil ? .unknown : .absent
        } else {
            estimate = item.estimate.reading
        }
        self.init(
            source: item.path, isMilestone: item.kind.map { $0 == .milestone },
            isDropped: item.status.value.map { $0 == .dropped },
            estimate: estimate,
            track: item.track.value, placement: item.placement(granularity: granularity))
    }

    /// A file that did not parse: a milestone unless the kind visible in its first lines says otherwise, with
    /// an estimate and a period that cannot be read.
    package init(_ file: UnreadableFile) {
        self.init(
            source: file.path, isMilestone: file.salvaged.kind.map { $0 == .milestone },
            isDropped: nil, estimate: .unknown, track: nil, placement: .unknown)
    }

    /// An item as history keeps it.
    package init(_ snapshot: ItemSnapshot, granularity: PeriodGranularity) {
        self.init(
            source: snapshot.id, isMilestone: snapshot.kind.map { $0 == .milestone },
            isDropped: snapshot.unknown.contains(.status) ? nil : snapshot.status.map { $0 == .dropped },
            estimate: snapshot.estimate.reading(unknown: snapshot.unknown.contains(.estimate)),
            track: snapshot.track, placement: snapshot.placement(granularity: granularity))
    }
}
