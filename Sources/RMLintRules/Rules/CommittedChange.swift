import RMLintCore

/// What the change rules share: milestones that were committed at the base, what became of each
/// at the head, and whether a `replans` entry explains a change (SPEC §6).
struct CommittedChange {
    /// The milestone at the base: `committed` or `in-progress` there, its id held by it alone.
    let before: RoadmapItem
    /// The id at the head: the item, missing, or unknown (duplicated, or possibly in a file that
    /// does not parse); `wrongKind` holds an item that is no longer a milestone.
    let after: RoadmapGraph.Resolution

    /// Every milestone committed at the base, paired with the head; empty without a base.
    static func all(in context: LintContext) -> [CommittedChange] {
        guard let base = context.base else { return [] }
        return base.graph.milestones.compactMap { milestone in
            guard let id = milestone.itemID, base.graph.item(id) === milestone,
                let status = milestone.effectiveStatus, status == .committed || status == .inProgress
            else { return nil }
            return CommittedChange(before: milestone, after: context.graph.resolve(id, as: .milestone))
        }
    }

    /// The head's milestone when it is one item, read well enough to compare.
    var head: RoadmapItem? {
        guard case .item(let item) = after else { return nil }
        return item
    }

    /// `replans` entries at the head that the base did not have; `nil` when the head's `replans`
    /// could not be read (then nothing can be said about a match).
    func addedReplans(_ head: RoadmapItem) -> [Replan]? {
        Replan.added(head.readableReplans, since: before.replans)
    }

    /// What is missing from an added entry for it to explain a change from `from` to `to`
    /// (both `nil` for a change other than of `due`); `nil` when it explains it.
    static func mismatch(of entry: Replan, from: CalendarDate? = nil, to: CalendarDate? = nil) -> String? {
        if entry.reason.map(\.isBlank) ?? true { return "it has no reason" }
        if entry.date == nil { return "it has no valid date" }
        if let from, entry.from != from {
            return entry.from.map { "its 'from' is \($0), but the due was \(from)" } ?? "it has no 'from: \(from)'"
        }
        if let to, entry.to != to {
            return entry.to.map { "its 'to' is \($0), but the new due is \(to)" } ?? "it has no 'to: \(to)'"
        }
        return nil
    }
}
