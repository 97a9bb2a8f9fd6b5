/// The planning period a milestone's effort falls in (SPEC §1, §3): its `period` (a month placed in
/// its quarter when capacity counts quarters), else the period containing its `due`.
///
/// This is the one place that decides it: lint's capacity rules, `smart-achievable`, `diff`'s
/// capacity split and `history`'s scorecard all ask it, so they never disagree about a milestone.
package enum PeriodPlacement: Hashable, Sendable {
    /// Neither `period` nor `due`: the milestone is in no period and not counted.
    case none
    case period(Period)
    /// `period` (or, without one, `due`) was written but could not be read: it could be any period.
    case unknown

    /// - Parameters:
    ///   - dueKeyWritten: whether `due:` is written at all. `due:` with no value is a missing due
    ///     (`smart-time-bound` reports it), but its author meant a date: for capacity the milestone
    ///     could be in any period, so one mistake does not also move a period's split.
    ///   - dueRequired: whether the milestone must have a due (``dueIsRequired(status:horizon:)``):
    ///     without one (and without a period) it is in some period nobody wrote, not in none.
    package init(
        period: Reading<Period>, due: Reading<CalendarDate>, dueKeyWritten: @autoclosure () -> Bool,
        dueRequired: @autoclosure () -> Bool = false, granularity: PeriodGranularity
    ) {
        switch (period, due) {
        case (.value(let period), _): self = .period(period.normalized(to: granularity))
        case (.unknown, _), (.absent, .unknown): self = .unknown
        case (.absent, .value(let due)): self = .period(Period(containing: due, granularity: granularity))
        case (.absent, .absent): self = dueKeyWritten() || dueRequired() ? .unknown : .none
        }
    }

    /// Whether a milestone must have a `due` (SPEC §3's `smart-time-bound`): it is `committed` or
    /// `in-progress`, or in `now`. Its missing date is that rule's to report; capacity holds its period unknown.
    package static func dueIsRequired(status: ItemStatus?, horizon: Horizon?) -> Bool {
        status == .committed || status == .inProgress || horizon == .now
    }

    /// The period, when it is known.
    package var period: Period? {
        if case .period(let period) = self { return period }
        return nil
    }
}

extension RoadmapItem {
    /// The period this item's effort falls in.
    package func placement(granularity: PeriodGranularity) -> PeriodPlacement {
        PeriodPlacement(
            period: fields.period.reading, due: fields.due.reading, dueKeyWritten: fields.keyLocations["due"] != nil,
            dueRequired: fields.kind == .milestone
                && PeriodPlacement.dueIsRequired(status: fields.status.value, horizon: fields.horizon.value),
            granularity: granularity)
    }
}

extension ItemSnapshot {
    /// The period this item's effort falls in.
    package func placement(granularity: PeriodGranularity) -> PeriodPlacement {
        PeriodPlacement(
            period: period.reading(unknown: unknown.contains(.period)),
            due: due.reading(unknown: unknown.contains(.due)), dueKeyWritten: dueKeyWritten,
            dueRequired: kind == .milestone && PeriodPlacement.dueIsRequired(status: status, horizon: horizon),
            granularity: granularity)
    }
}
