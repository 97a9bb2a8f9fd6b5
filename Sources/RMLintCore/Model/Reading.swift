/// What a field says once decoding is done: nothing (absent or written empty), something rmlint
/// could not read (*unknown*: rules and reports stay silent about it), or a value.
package enum Reading<Value: Sendable>: Sendable {
    case absent
    case unknown
    case value(Value)

    package var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }

    package var isAbsent: Bool {
        if case .absent = self { return true }
        return false
    }

    package var isUnknown: Bool {
        if case .unknown = self { return true }
        return false
    }
}

extension Reading: Equatable where Value: Equatable {}
extension Reading: Hashable where Value: Hashable {}

extension Field {
    /// The field without its position.
    package var reading: Reading<Value> {
        switch self {
        case .absent: return .absent
        case .invalid: return .unknown
        case .valid(let located): return .value(located.value)
        }
    }
}

extension Optional where Wrapped: Sendable {
    /// A value, unknown when `unknown`, else absent.
    func reading(unknown: Bool) -> Reading<Wrapped> {
        if unknown { return .unknown }
        return map(Reading.value) ?? .absent
    }
}
