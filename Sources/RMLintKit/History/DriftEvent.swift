import RMLintCore
import RMLintGit
import RMLintRules

/// One change to the plan, found in one commit: what drift reports list.
public struct DriftEvent: Sendable {
    public enum Change: Sendable {
        case added(ItemKind?)
        case removed
        /// A field changed, as ``ItemSnapshot/changes(from:to:)`` tells it (the comparison `diff` uses too).
        case field(FieldChange)
    }

    public var id: String
    public var title: String?
    public var commit: GitObjectID
    public var date: CalendarDate
    public var change: Change
}
