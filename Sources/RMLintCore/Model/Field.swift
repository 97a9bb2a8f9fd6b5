/// A front-matter field after type checking: absent, present but invalid (already reported by
/// the `schema` rule, so other rules stay silent), or a valid value with its position.
package enum Field<Value: Sendable>: Sendable {
    case absent
    case invalid(SourceLocation)
    case valid(Located<Value>)

    package var value: Value? {
        if case .valid(let located) = self { return located.value }
        return nil
    }

    package var located: Located<Value>? {
        if case .valid(let located) = self { return located }
        return nil
    }

    package var isAbsent: Bool {
        if case .absent = self { return true }
        return false
    }

    /// Written, but failed its type check: unknown.
    package var isInvalid: Bool {
        if case .invalid = self { return true }
        return false
    }
}

extension Field: Equatable where Value: Equatable {}
extension Field: Hashable where Value: Hashable {}
