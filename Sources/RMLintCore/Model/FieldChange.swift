/// One field of an item that changed between two versions of it: what `rmlint diff` lists per
/// item and what `rmlint history` lists as drift. Values as written (dates `YYYY-MM-DD`, numbers as
/// `CapacityLedger.format` writes them), `nil` where absent.
package struct FieldChange: Hashable, Sendable {
    /// The field's name as SPEC §6 writes it: `status`, `due`, `horizon`, `metric.target`, `estimate`, `owner`
    /// (and `path`, which only `diff` knows).
    package var field: String
    package var from: String?
    package var to: String?
    /// For `due` moved from one date to another: days moved (positive: later).
    package var days: Int?
    /// For such a move: the non-blank reasons of the `replans` entries added with it, in order.
    package var reasons: [String] = []
    /// For such a move explained by a reason: how many entries the milestone's `replans` holds now
    /// (the move is its n-th replan).
    package var replans: Int?

    package init(
        field: String, from: String?, to: String?, days: Int? = nil, reasons: [String] = [], replans: Int? = nil
    ) {
        self.field = field
        self.from = from
        self.to = to
        self.days = days
        self.reasons = reasons
        self.replans = replans
    }

    /// The reason of the last `replans` entry added with the move, if any.
    package var reason: String? { reasons.last }
}

extension ItemSnapshot {
    /// How `new` differs from `old`, field by field, in SPEC §6's order: status, due, horizon,
    /// metric.target, estimate, owner. A field unknown on either side (written but unreadable) is
    /// not compared: nothing can be said about it. This is the one comparison of two versions of an
    /// item: `diff` and `history`'s drift both list what it finds.
    package static func changes(from old: ItemSnapshot, to new: ItemSnapshot) -> [FieldChange] {
        var changes: [FieldChange] = []
        // Values are compared as they are and written out only when they differ (history compares
        // every item at every commit that touches it).
        func compare<Value: Equatable>(
            _ field: Fields, _ name: String, _ from: Value?, _ to: Value?, _ written: (Value) -> String
        ) {
            guard !old.unknown.contains(field), !new.unknown.contains(field), from != to else { return }
            changes.append(FieldChange(field: name, from: from.map(written), to: to.map(written)))
        }
        compare(.status, "status", old.status, new.status, \.rawValue)
        compare(.due, "due", old.due, new.due, \.description)
        if let from = old.due, let to = new.due, changes.last?.field == "due" {
            changes[changes.count - 1].days = from.days(until: to)
            let reasons = (Replan.added(new.readableReplans, since: old.replans) ?? []).compactMap(\.reason).filter {
                !$0.isBlank
            }
            changes[changes.count - 1].reasons = reasons
            changes[changes.count - 1].replans = reasons.isEmpty ? nil : new.replans.count
        }
        compare(.horizon, "horizon", old.horizon, new.horizon, \.rawValue)
        compare(.target, "metric.target", old.target, new.target) { $0 }
        compare(.estimate, "estimate", old.estimate, new.estimate, CapacityLedger.format)
        compare(.owner, "owner", old.ownerText, new.ownerText) { $0 }
        return changes
    }
}
