import Foundation
import RMLintCore

/// A lint rule: static metadata plus a check over the whole graph, run once per lint.
package protocol Rule: Sendable {
    /// Id, severity, description, rationale, options and examples.
    static var description: RuleDescription { get }

    init()

    /// Everything this rule finds in the roadmap. Severity and suppressions are applied by the engine.
    func check(_ context: LintContext) -> [Finding]

    /// The periods this rule did not judge because a value it needs could not be read (see
    /// ``CapacityLedger``): the engine says so once, on stderr. Empty for most rules.
    func heldBack(_ context: LintContext) -> CapacityLedger.PeriodSet

    /// The rule as an ``ItemRule`` when it is one (no runtime cast: the engine asks every lint).
    var asItemRule: (any ItemRule)? { get }

    /// The rule as a ``LinkRule`` when it is one.
    var asLinkRule: (any LinkRule)? { get }
}

extension Rule {
    package var asItemRule: (any ItemRule)? { nil }

    package var asLinkRule: (any LinkRule)? { nil }

    package func heldBack(_ context: LintContext) -> CapacityLedger.PeriodSet { CapacityLedger.PeriodSet() }
}

/// A problem found by a rule, before severity and suppressions are applied.
package struct Finding: Sendable {
    package var path: String
    package var location: SourceLocation
    /// The id of the item it belongs to; `nil` for roadmap-wide findings.
    package var item: String?
    package var message: String
    /// What the finding is about, for its fingerprint: the item id (or path), or a configuration key.
    package var subject: String
    /// The field it is about; empty for the item as a whole.
    package var field: String
    /// The text it is about, from `location` (just the position when nothing is written there).
    package var range: SourceRange
    /// Other places it is about.
    package var related: [RelatedLocation] = []
    /// The edit that does what the message says, when it is certain.
    package var fix: Fix?
    /// For a roadmap-wide finding about a limit (a capacity range): how far past it the roadmap is,
    /// signed (below a minimum negative, above a maximum positive). With a base, a finding that the
    /// same one before the change was at least as far past, on the same side, was not made worse.
    package var excess: Decimal?

    /// A roadmap-wide finding, in the configuration file: `subject` is the configuration key.
    package init(
        path: String, location: SourceLocation, item: String?, subject: String? = nil, field: String = "",
        message: String
    ) {
        self.path = path
        self.location = location
        self.item = item
        self.message = message
        self.subject = subject ?? item ?? path
        self.field = field
        self.range = SourceRange(location)
    }

    /// A finding about `item`, at `location` in its file, about `field` of it.
    package init(_ item: RoadmapItem, at location: SourceLocation, field: String = "", _ message: String) {
        self.init(path: item.path, location: location, item: item.itemID, field: field, message: message)
        range = item.range(at: location)
    }
}
