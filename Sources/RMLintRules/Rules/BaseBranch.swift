import RMLintCore

/// The branch a change will merge into, as it is now and as it was where the change branched
/// off: what tells an id the change adds from one the base branch gave out meanwhile.
package struct BaseBranch: Sendable {
    /// The base branch's tip (`--base REV`; the left side of `diff BASE...HEAD`).
    package var tip: Roadmap
    /// The merge base of the tip and the change.
    package var mergeBase: Roadmap
    /// How to name the base branch in messages (`origin/main`).
    package var name: String

    package init(tip: Roadmap, mergeBase: Roadmap, name: String) {
        self.tip = tip
        self.mergeBase = mergeBase
        self.name = name
    }
}
