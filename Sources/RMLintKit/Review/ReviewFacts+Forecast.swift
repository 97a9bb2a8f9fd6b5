import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

extension ReviewFacts {
    /// SPEC §7's forecast: for each open or missed commitment, its current due plus the 50th and
    /// 80th percentile (nearest rank) of this repository's delivery delays — of its track when
    /// that has at least 8 deliveries, else of all; none below 5. With the share of all delays
    /// within tolerance: the accuracy the next period can expect if the record holds.
    func forecast() -> ([ReviewReport.Forecast], Double?) {
        let delivered = history.entries.filter { $0.outcome == .onTime || $0.outcome == .late }
        let delays: [(track: String?, days: Int)] = delivered.compactMap { entry in
            entry.timeline.deliveredOn.map { (entry.timeline.last.track, entry.commitment.due.days(until: $0)) }
        }
        let forecasts = history.entries.filter { $0.outcome == .open || $0.outcome == .missed }.map {
            entry -> ReviewReport.Forecast in
            let track = entry.timeline.last.track
            let ofTrack = delays.filter { track != nil && $0.track == track }.map(\.days)
            let (sample, basis) = ofTrack.count >= 8 ? (ofTrack, track) : (delays.map(\.days), nil)
            let sorted = sample.sorted()
            func percentile(_ rank: Int) -> CalendarDate? {
                guard sorted.count >= 5, let due = entry.timeline.latestDue else { return nil }
                let index = (rank * sorted.count + 99) / 100 - 1
                return due.adding(days: sorted[max(0, index)])
            }
            return ReviewReport.Forecast(
                id: entry.timeline.id, committedDue: entry.commitment.due, due: entry.timeline.latestDue,
                p50: percentile(50), p80: percentile(80), track: basis, deliveries: sample.count)
        }
        let within = delays.count { $0.days <= history.tolerance }
        let expected = delays.count >= 5 ? HistoryScorecard.round(Double(within) / Double(delays.count)) : nil
        return (forecasts, expected)
    }

    /// The questions of order the scores raise, per theme (value = customer + business + risk −
    /// effort), and `later` ideas no commit has touched for 180 days.
    func priorities() -> [ReviewReport.PriorityQuestion] {
        var questions: [ReviewReport.PriorityQuestion] = []
        var byTheme: [String: [(id: String, horizon: Horizon?, value: Int)]] = [:]
        for item in revision.ranked {
            byTheme[item.theme, default: []].append(
                (item.id, item.horizon.flatMap(Horizon.init(rawValue:)), item.value))
        }
        for theme in byTheme.keys.sorted(by: PathOrder.precedes) {
            let ranked = byTheme[theme, default: []]
            let now = ranked.filter { $0.horizon == .now }
            for candidate in ranked where candidate.horizon != .now {
                guard let lowest = now.min(by: { ($0.value, $1.id) < ($1.value, $0.id) }),
                    candidate.value > lowest.value
                else { continue }
                questions.append(
                    .init(kind: .moveUp, id: candidate.id, theme: theme, value: candidate.value, other: lowest.id))
            }
            if ranked.count >= 2, let lowest = ranked.min(by: { $0.value < $1.value }), lowest.horizon == .now,
                ranked.count(where: { $0.value == lowest.value }) == 1
            {
                questions.append(.init(kind: .moveDown, id: lowest.id, theme: theme, value: lowest.value))
            }
        }
        var touched: [String: CalendarDate] = [:]
        for event in history.drift where event.date <= period.asOf { touched[event.id] = event.date }
        for milestone in live where milestone.horizon == .later {
            guard let last = touched[milestone.id], last.days(until: period.asOf) >= 180 else { continue }
            questions.append(
                .init(
                    kind: .remove, id: milestone.id, theme: milestone.theme, value: nil, other: nil,
                    days: last.days(until: period.asOf)))
        }
        return questions.sorted {
            $0.kind.rawValue != $1.kind.rawValue
                ? $0.kind.rawValue < $1.kind.rawValue : PathOrder.precedes($0.id, $1.id)
        }
    }
}
