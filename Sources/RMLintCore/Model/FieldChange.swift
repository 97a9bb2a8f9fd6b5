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
    /// Whether the value before (after) was written but could not be read; `from` (`to`) is then
    /// the text as written, or `nil` when it was not one scalar.
    package var fromInvalid = false
    package var toInvalid = false
    /// For a list (`goals`, `depends_on`, `tags`): the entries added and removed, in order.
    package var added: [String] = []
    package var removed: [String] = []

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

    /// The value before, for readers: as written (through `render`), `none`, `2027-02-30 (invalid)`
    /// or `an unreadable value`.
    package func before(_ render: (String) -> String = { $0 }) -> String { Self.side(from, fromInvalid, render) }

    /// The value after, as ``before(_:)`` words it.
    package func after(_ render: (String) -> String = { $0 }) -> String { Self.side(to, toInvalid, render) }

    /// For a list that gained or lost entries: "added G-2, G-3; removed G-1" (through `render`).
    package func listChange(_ render: (String) -> String = { $0 }) -> String? {
        guard !added.isEmpty || !removed.isEmpty else { return nil }
        let parts = [("added", added), ("removed", removed)].filter { !$0.1.isEmpty }
        return parts.map { "\($0.0) " + $0.1.map(render).joined(separator: ", ") }.joined(separator: "; ")
    }

    private static func side(_ value: String?, _ invalid: Bool, _ render: (String) -> String) -> String {
        guard invalid else { return value.map(render) ?? "none" }
        return value.map { render($0) + " (invalid)" } ?? "an unreadable value"
    }
}

extension ItemSnapshot {
    /// The fields `history` lists as drift (SPEC §5): what a commitment's date, scope, stage and
    /// owner are told by. `diff` lists every field.
    package static let driftFields: Set<String> = ["status", "due", "horizon", "metric.target", "estimate", "owner"]

    /// How `new` differs from `old`, field by field: SPEC §6's status, due, horizon, metric.target,
    /// estimate and owner, then title, theme, goals, milestone, depends_on, track, period, delivered,
    /// metric.name, metric.baseline and tags. A field written but unreadable on one side is a change
    /// to or from that text, marked invalid; unreadable on both sides, nothing can be said about it.
    /// This is the one comparison of two versions of an item: `diff` and `history`'s drift list what it finds.
    package static func changes(from old: ItemSnapshot, to new: ItemSnapshot) -> [FieldChange] {
        var changes: [FieldChange] = []
        // Values are compared as they are and written out only when they differ (history compares
        // every item at every commit that touches it).
        func compare<Value: Equatable>(
            _ field: Fields, _ name: String, key: String? = nil, _ from: Value?, _ to: Value?,
            _ written: (Value) -> String
        ) {
            let (fromInvalid, toInvalid) = (old.unknown.contains(field), new.unknown.contains(field))
            guard !(fromInvalid && toInvalid) else { return }
            guard fromInvalid || toInvalid else {
                if from != to { changes.append(FieldChange(field: name, from: from.map(written), to: to.map(written))) }
                return
            }
            var change = FieldChange(
                field: name, from: fromInvalid ? old.invalidText[key ?? name] : from.map(written),
                to: toInvalid ? new.invalidText[key ?? name] : to.map(written))
            (change.fromInvalid, change.toInvalid) = (fromInvalid, toInvalid)
            changes.append(change)
        }
        func compareList(_ field: Fields, _ name: String, _ from: [String], _ to: [String]) {
            guard !old.unknown.contains(field), !new.unknown.contains(field), from != to else { return }
            var change = FieldChange(
                field: name, from: from.isEmpty ? nil : from.joined(separator: ", "),
                to: to.isEmpty ? nil : to.joined(separator: ", "))
            change.added = to.filter { !from.contains($0) }
            change.removed = from.filter { !to.contains($0) }
            changes.append(change)
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
        // The shared box of what only diff compares is one object for most pairs: nothing to compare there.
        let details = old.details !== new.details || old.unknown != new.unknown
        compare(.title, "title", old.title, new.title) { $0 }
        if details { compare(.theme, "theme", old.theme, new.theme) { $0 } }
        compareList(.goals, "goals", old.goals, new.goals)
        if details {
            compare(.milestone, "milestone", old.milestone, new.milestone) { $0 }
            compareList(.dependsOn, "depends_on", old.dependsOn, new.dependsOn)
        }
        compare(.track, "track", old.track, new.track) { $0 }
        compare(.period, "period", old.period, new.period, \.description)
        compare(.delivered, "delivered", old.delivered, new.delivered, \.description)
        if details {
            compare(.metricName, "metric.name", old.metricName, new.metricName) { $0 }
            compare(.metricBaseline, "metric.baseline", old.metricBaseline, new.metricBaseline) { $0 }
            compareList(.tags, "tags", old.tags, new.tags)
        }
        return changes
    }
}
