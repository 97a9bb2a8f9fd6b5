import Foundation

/// Reads single fields of a front-matter mapping with their types checked, collecting problems.
///
/// A key whose value is empty (`due:`) reads as absent: an empty value is a missing value, and a
/// missing value is reported by the rule that needs it, not as a type error.
struct FieldChecker {
    let root: YAMLNode
    var problems: [ParseProblem] = []

    init(root: YAMLNode) { self.root = root }

    mutating func problem(_ message: String, at location: SourceLocation, field: String?) {
        problems.append(ParseProblem(message: message, location: location, field: field))
    }

    /// The entry for `key` unless it is absent or empty.
    func entry(_ key: String) -> YAMLEntry? {
        guard let entry = root.entry(key), !entry.value.isNull else { return nil }
        return entry
    }

    private mutating func missing(_ key: String, _ hint: String, kind: ItemKind?) {
        let owner = kind.map { "a \($0.rawValue)" } ?? "an item"
        problem("\(owner) needs '\(key)' (\(hint)); add it to the front-matter", at: .start, field: key)
    }

    mutating func string(_ key: String, required: Bool, what: String, kind: ItemKind? = nil) -> Field<String> {
        guard let entry = entry(key) else {
            if required { missing(key, what, kind: kind) }
            return .absent
        }
        guard let text = entry.value.string else {
            problem("'\(key)' must be \(what); found \(entry.value.described)", at: entry.value.location, field: key)
            return .invalid(entry.value.location)
        }
        guard !text.isBlank else {
            if required || kind != nil {
                problem("'\(key)' is blank; write \(what)", at: entry.value.location, field: key)
                return .invalid(entry.value.location)
            }
            return .absent
        }
        return .valid(Located(text, at: entry.value.location))
    }

    mutating func enumeration<Value: RawRepresentable & Sendable>(
        _ key: String, _ allowed: [Value], required: Bool, kind: ItemKind? = nil
    ) -> Field<Value> where Value.RawValue == String {
        var choices: String { allowed.map(\.rawValue).joined(separator: ", ") }
        guard let entry = entry(key) else {
            if required { missing(key, "one of \(choices)", kind: kind) }
            return .absent
        }
        guard let text = entry.value.string, let value = Value(rawValue: text),
            allowed.contains(where: { $0.rawValue == value.rawValue })
        else {
            let found = entry.value.string.map { "'\($0)'" } ?? entry.value.described
            let meant = entry.value.string.flatMap { NearestName.suggestion(for: $0, among: allowed.map(\.rawValue)) }
            problem(
                "'\(key)' must be one of \(choices); found \(found)\(meant.map { " (did you mean '\($0)'?)" } ?? "")",
                at: entry.value.location, field: key)
            return .invalid(entry.value.location)
        }
        return .valid(Located(value, at: entry.value.location))
    }

    @discardableResult
    mutating func stringList(_ key: String) -> [Located<String>] {
        guard let entry = entry(key) else { return [] }
        guard let elements = entry.value.elements else {
            problem(
                "'\(key)' must be a list such as [\(key == "tags" ? "platform" : "ID-1")]; found \(entry.value.described)",
                at: entry.value.location, field: key)
            return []
        }
        var values: [Located<String>] = []
        for element in elements {
            guard let text = element.string, !text.isEmpty else {
                problem(
                    "every entry of '\(key)' must be a non-empty string; found \(element.described)",
                    at: element.location, field: key)
                continue
            }
            values.append(Located(text, at: element.location))
        }
        return values
    }

    mutating func date(_ key: String, field: String? = nil) -> Field<CalendarDate> {
        guard let entry = entry(key) else { return .absent }
        guard let text = entry.value.string, let date = CalendarDate(text) else {
            let found = entry.value.string.map { "'\($0)'" } ?? entry.value.described
            problem(
                "'\(field ?? key)' must be a real calendar date YYYY-MM-DD; found \(found)", at: entry.value.location,
                field: field ?? key)
            return .invalid(entry.value.location)
        }
        return .valid(Located(date, at: entry.value.location))
    }

    /// `period`, checked against the configured granularity and against `due`.
    mutating func period(granularity: PeriodGranularity, due: Field<CalendarDate>) -> Field<Period> {
        guard let entry = entry("period") else { return .absent }
        let location = entry.value.location
        guard let text = entry.value.string, let period = Period(text) else {
            let found = entry.value.string.map { "'\($0)'" } ?? entry.value.described
            problem(
                "'period' must be a quarter YYYY-Qn or a month YYYY-MM; found \(found)", at: location, field: "period")
            return .invalid(location)
        }
        if granularity == .month, case .quarter = period {
            problem(
                "'period' is the quarter \(period), but capacity is counted per month (capacity.period: month); write the month, YYYY-MM",
                at: location, field: "period")
            return .invalid(location)
        }
        if let due = due.value, !period.contains(due) {
            problem(
                "'period' is \(period), but 'due' \(due) falls in \(Period(containing: due, granularity: period.granularity)); make them agree (or drop 'period': it defaults to the period of 'due')",
                at: location, field: "period")
            return .invalid(location)
        }
        return .valid(Located(period, at: location))
    }

    mutating func estimate(unit: String) -> Field<Decimal> {
        guard let entry = entry("estimate") else { return .absent }
        let node = entry.value
        let lowered = node.text.lowercased()
        guard node.isNumber, !lowered.contains("inf"), !lowered.contains("nan"),
            let value = DecimalReading.decimal(node.text), value > 0
        else {
            problem(
                "'estimate' must be a positive number of \(unit); found \(node.described)", at: node.location,
                field: "estimate")
            return .invalid(node.location)
        }
        return .valid(Located(value, at: node.location))
    }

    /// `owner`: absent (or empty) is `nil`; anything else is read for `single-owner` to judge.
    func owner() -> Owner? {
        guard let entry = entry("owner") else { return nil }
        return Owner(OwnerNames.read(entry.value), at: entry.value.location)
    }
}

extension YAMLNode {
    /// What a value is, for "found …" in messages: `"3" (a string)`, `3 (an integer)`, `a list`.
    var described: String {
        switch value {
        case .string(let text): return "\"\(text)\" (a string)"
        case .int, .float, .bool: return "\(text) (\(typeName))"
        default: return typeName
        }
    }
}
