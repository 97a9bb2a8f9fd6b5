/// A front-matter field after type checking: absent, present but invalid (already reported by
/// the `schema` rule, so other rules stay silent), or a valid value with its position.
public enum Field<Value: Sendable>: Sendable {
    case absent
    case invalid(SourceLocation)
    case valid(Located<Value>)

    public var value: Value? {
        if case let .valid(located) = self { return located.value }
        return nil
    }

    public var located: Located<Value>? {
        if case let .valid(located) = self { return located }
        return nil
    }

    public var isAbsent: Bool {
        if case .absent = self { return true }
        return false
    }

    /// Written, but failed its type check: unknown.
    public var isInvalid: Bool {
        if case .invalid = self { return true }
        return false
    }
}

extension Field: Equatable where Value: Equatable {}
extension Field: Hashable where Value: Hashable {}
