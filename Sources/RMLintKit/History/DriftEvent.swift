import RMLintCore
import RMLintGit
import RMLintRules

/// One change to the plan, found in one commit: what drift reports list.
package struct DriftEvent: Sendable {
    package enum Change: Sendable {
        case added(ItemKind?)
        case removed
        /// A field changed, as ``ItemSnapshot/changes(from:to:)`` tells it (the comparison `diff` uses too).
        case field(FieldChange)
    }

    package var id: String
    /// The item's kind at that commit (before it went, for a removal).
    package var kind: ItemKind?
    package var title: String?
    package var commit: GitObjectID
    package var date: CalendarDate
    package var change: Change
}
