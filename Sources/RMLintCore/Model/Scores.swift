/// A milestone's `scores: {customer, business, effort, risk}` (each 1–5 when valid).
package struct Scores: Hashable, Sendable {
    package var customer: Int?
    package var business: Int?
    package var effort: Int?
    package var risk: Int?

    package init(customer: Int? = nil, business: Int? = nil, effort: Int? = nil, risk: Int? = nil) {
        self.customer = customer
        self.business = business
        self.effort = effort
        self.risk = risk
    }

    /// The one ranking `rmlint review` states (never a verdict): customer + business + risk − effort;
    /// `nil` unless all four are given.
    package var value: Int? {
        guard let customer, let business, let effort, let risk else { return nil }
        return customer + business + risk - effort
    }
}
