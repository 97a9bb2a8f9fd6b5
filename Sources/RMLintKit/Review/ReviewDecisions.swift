import Foundation
import RMLintCore

/// The questions a review meeting must answer, one per finding that needs a decision.
enum ReviewDecisions {
    static func questions(_ review: ReviewReport) -> [String] {
        var questions: [String] = []
        func name(_ id: String) -> String { review.titles[id].map { "\(id) (\($0))" } ?? id }
        for miss in review.missed {
            questions.append(
                "\(name(miss.id)) missed its committed \(miss.committedDue) by \(miss.daysOverdue) days: re-date it with a reason, or drop it?"
            )
        }
        for risk in review.atRisk {
            switch risk.why {
            case .overdue where review.missed.contains { $0.id == risk.id }:
                continue
            case .overdue:
                questions.append("\(name(risk.id)) is past its due \(risk.due?.description ?? ""): re-date, or drop?")
            case .dueSoonNotStarted:
                questions.append(
                    "\(name(risk.id)) is due \(risk.due?.description ?? "") and not started: start it now, or re-date it?"
                )
            case .dependsOnLater:
                questions.append(
                    "\(name(risk.id)) is due before \(risk.detail), which it depends on: re-order, or cut the dependency?"
                )
            case .dependsOnOverdueOrDropped:
                questions.append(
                    "\(name(risk.id)) depends on \(risk.detail), overdue or dropped: how does it land now?")
            case .replannedRepeatedly:
                questions.append(
                    "\(name(risk.id)) has moved \(risk.detail.split(separator: " ").first ?? "") times: is the commitment still real?"
                )
            }
        }
        for goal in review.goals where goal.unplanned {
            questions.append("\(name(goal.id)) has no live milestone: plan one, or retire the goal?")
        }
        for row in review.capacity where row.inSplit == false {
            let tracks = row.outside.map { "\($0.track) outside \($0.range)" }.joined(separator: ", ")
            questions.append("\(row.period): \(tracks): rebalance the period, or change the split?")
        }
        for row in review.capacity {
            guard let total = row.capacityTotal, row.total > total else { continue }
            questions.append(
                "\(row.period) plans \(CapacityLedger.format(row.total)) of \(CapacityLedger.format(total)) \(review.unit): what moves out?"
            )
        }
        for question in review.priorities {
            switch question.kind {
            case .moveUp:
                questions.append(
                    "\(name(question.id)) scores above \(question.other.map(name) ?? "") in \(question.theme ?? "its theme"), which is planned now: move it up?"
                )
            case .moveDown:
                questions.append(
                    "\(name(question.id)) scores lowest of \(question.theme ?? "its theme") yet is planned now: move it down?"
                )
            case .remove:
                questions.append(
                    "\(name(question.id)) has not changed for \(question.days ?? 0) days in 'later': keep it, or remove it?"
                )
            }
        }
        return questions
    }
}
