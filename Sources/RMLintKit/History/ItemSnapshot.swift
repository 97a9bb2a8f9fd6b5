import Foundation

/// The small projection of an item that history keeps per commit: what accuracy and drift need,
/// nothing of the text around it.
public struct ItemSnapshot: Hashable, Sendable {
    public var id: String
    public var kind: ItemKind?
    public var title: String?
    public var status: ItemStatus?
    /// The valid `due`, if any.
    public var due: CalendarDate?
    public var delivered: CalendarDate?
    public var horizon: Horizon?
    /// `metric.target` as written.
    public var target: String?
    public var estimate: Decimal?
    public var owner: String?
    public var track: String?
    /// The valid `period`, if any.
    public var period: Period?
    public var goals: [String]
    public var replans: [Replan]

    /// An item known only by its id (the cache fills in the rest).
    init(id: String) {
        self.id = id
        goals = []
        replans = []
    }

    /// The snapshot of a decoded item; `nil` when its id could not be read (it cannot be followed).
    public init?(_ item: RoadmapItem) {
        guard let id = item.itemID else { return nil }
        self.id = id
        kind = item.kind
        title = item.title.value
        status = item.effectiveStatus
        due = item.due.value
        delivered = item.delivered.value
        horizon = item.horizon.value
        target = item.metric.value?.target?.text
        estimate = item.estimate.value
        owner = item.owner?.name
        track = item.track.value
        period = item.period.value
        goals = item.goals.map(\.value)
        replans = item.replans
    }
}
