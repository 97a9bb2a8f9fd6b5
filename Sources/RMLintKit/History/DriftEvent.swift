/// One change to the plan, found in one commit: what drift reports list.
public struct DriftEvent: Sendable {
    public enum Change: Sendable {
        case added(ItemKind?)
        case removed
        /// `due` moved, by `days` (positive: later), with the reasons of the `replans` entries added then.
        case due(from: CalendarDate, to: CalendarDate, days: Int, reasons: [String])
        case horizon(from: Horizon, to: Horizon)
        case status(from: ItemStatus, to: ItemStatus)
        /// `metric.target` or `estimate` changed.
        case scope(field: String, from: String, to: String)
        case owner(from: String, to: String)
    }

    public var id: String
    public var title: String?
    public var commit: GitObjectID
    public var date: CalendarDate
    public var change: Change

    /// The changes between two states of one item.
    static func changes(from old: ItemSnapshot, to new: ItemSnapshot) -> [Change] {
        var changes: [Change] = []
        if let from = old.due, let to = new.due, from != to {
            let known = Set(old.replans.map(\.content))
            let reasons = new.replans.filter { !known.contains($0.content) }.compactMap(\.reason)
            changes.append(.due(from: from, to: to, days: from.days(until: to), reasons: reasons))
        }
        if let from = old.horizon, let to = new.horizon, from != to { changes.append(.horizon(from: from, to: to)) }
        if let from = old.status, let to = new.status, from != to { changes.append(.status(from: from, to: to)) }
        if old.target != new.target, old.target != nil || new.target != nil {
            changes.append(.scope(field: "metric.target", from: old.target ?? "none", to: new.target ?? "none"))
        }
        if old.estimate != new.estimate, old.estimate != nil || new.estimate != nil {
            changes.append(.scope(field: "estimate", from: old.estimate.map(CapacityLedger.format) ?? "none",
                                  to: new.estimate.map(CapacityLedger.format) ?? "none"))
        }
        if let from = old.owner, let to = new.owner, from != to { changes.append(.owner(from: from, to: to)) }
        return changes
    }
}
