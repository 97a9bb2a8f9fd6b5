import Foundation

/// Reads single fields of a front-matter mapping with their types checked, collecting problems.
struct FieldChecker {
    let root: YAMLNode
    private(set) var problems: [ParseProblem] = []

    init(root: YAMLNode) { self.root = root }

    mutating func problem(_ message: String, at location: SourceLocation) {
        problems.append(ParseProblem(message: message, location: location))
    }

    private mutating func missing(_ key: String, _ hint: String, kind: ItemKind?) {
        let owner = kind.map { "a \($0.rawValue)" } ?? "an item"
        problem("\(owner) needs '\(key)' (\(hint)); add it to the front-matter", at: .start)
    }

    mutating func string(_ key: String, required: Bool, what: String, kind: ItemKind? = nil) -> Field<String> {
        guard let entry = root.entry(key) else {
            if required { missing(key, what, kind: kind) }
            return .absent
        }
        guard let text = entry.value.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            problem("'\(key)' must be \(what), not \(entry.value.typeName)", at: entry.value.location)
            return .invalid(entry.value.location)
        }
        return .valid(Located(text, at: entry.value.location))
    }

    mutating func enumeration(_ key: String, _ allowed: [String], required: Bool, kind: ItemKind? = nil) -> Field<String> {
        let choices = allowed.joined(separator: ", ")
        guard let entry = root.entry(key) else {
            if required { missing(key, "one of \(choices)", kind: kind) }
            return .absent
        }
        guard let text = entry.value.string, allowed.contains(text) else {
            let found = entry.value.string.map { "'\($0)'" } ?? entry.value.typeName
            problem("'\(key)' must be one of \(choices); found \(found)", at: entry.value.location)
            return .invalid(entry.value.location)
        }
        return .valid(Located(text, at: entry.value.location))
    }

    @discardableResult
    mutating func stringList(_ key: String) -> [Located<String>] {
        guard let entry = root.entry(key) else { return [] }
        guard let elements = entry.value.elements else {
            problem("'\(key)' must be a list such as [\(key == "tags" ? "platform" : "ID-1")], not \(entry.value.typeName)", at: entry.value.location)
            return []
        }
        var values: [Located<String>] = []
        for element in elements {
            guard let text = element.string, !text.isEmpty else {
                problem("every entry of '\(key)' must be a string, not \(element.typeName)", at: element.location)
                continue
            }
            values.append(Located(text, at: element.location))
        }
        return values
    }

    mutating func date(_ key: String) -> Field<CalendarDate> {
        guard let entry = root.entry(key) else { return .absent }
        guard let text = entry.value.string, let date = CalendarDate(text) else {
            let found = entry.value.string.map { "'\($0)'" } ?? entry.value.typeName
            problem("'\(key)' must be a real calendar date YYYY-MM-DD; found \(found)", at: entry.value.location)
            return .invalid(entry.value.location)
        }
        return .valid(Located(date, at: entry.value.location))
    }

    mutating func period() -> Field<Period> {
        guard let entry = root.entry("period") else { return .absent }
        guard let text = entry.value.string, let period = Period(text) else {
            let found = entry.value.string.map { "'\($0)'" } ?? entry.value.typeName
            problem("'period' must be a quarter YYYY-Qn or a month YYYY-MM; found \(found)", at: entry.value.location)
            return .invalid(entry.value.location)
        }
        return .valid(Located(period, at: entry.value.location))
    }

    mutating func estimate(unit: String) -> Field<Decimal> {
        guard let entry = root.entry("estimate") else { return .absent }
        let node = entry.value
        guard node.isNumber, let value = Decimal(string: node.text, locale: Locale(identifier: "en_US_POSIX")),
              value > 0, node.text.lowercased().contains("inf") == false, node.text.lowercased().contains("nan") == false else {
            problem("'estimate' must be a positive number of \(unit); found \(node.isNumber ? node.text : node.typeName)", at: node.location)
            return .invalid(node.location)
        }
        return .valid(Located(value, at: node.location))
    }

    /// `metric: {name, target, baseline?, unit?}`; missing parts are smart-measurable's to report.
    mutating func metric() -> Field<Metric> {
        guard let entry = root.entry("metric") else { return .absent }
        guard let fields = entry.value.entries else {
            problem("'metric' must be a mapping {name, target, baseline?, unit?}, not \(entry.value.typeName)", at: entry.value.location)
            return .invalid(entry.value.location)
        }
        var metric = Metric(name: nil, target: nil, baseline: nil, location: entry.keyLocation)
        for field in fields {
            switch field.key {
            case "name", "unit":
                if let text = field.value.string, !text.isEmpty {
                    if field.key == "name" { metric.name = text }
                } else {
                    problem("'metric.\(field.key)' must be a non-empty string, not \(field.value.typeName)", at: field.value.location)
                }
            case "target", "baseline":
                guard field.value.isNumber || field.value.string?.isEmpty == false else {
                    problem("'metric.\(field.key)' must be a number or a string such as \"65%\", not \(field.value.typeName)", at: field.value.location)
                    continue
                }
                if field.key == "target" { metric.target = field.value } else { metric.baseline = field.value }
            default:
                problem("unknown metric field '\(field.key)'; a metric has name, target, baseline and unit", at: field.keyLocation)
            }
        }
        return .valid(Located(metric, at: entry.keyLocation))
    }

    mutating func scores() {
        guard let entry = root.entry("scores") else { return }
        guard let fields = entry.value.entries else {
            problem("'scores' must be a mapping {customer, business, effort, risk}, not \(entry.value.typeName)", at: entry.value.location)
            return
        }
        let names: Set = ["customer", "business", "effort", "risk"]
        for field in fields {
            guard names.contains(field.key) else {
                problem("unknown score '\(field.key)'; scores are customer, business, effort and risk", at: field.keyLocation)
                continue
            }
            guard case let .int(score) = field.value.value, (1...5).contains(score) else {
                problem("'scores.\(field.key)' must be a whole number from 1 to 5; found \(field.value.text.isEmpty ? field.value.typeName : field.value.text)", at: field.value.location)
                continue
            }
        }
    }

    mutating func replans() {
        guard let entry = root.entry("replans") else { return }
        guard let elements = entry.value.elements else {
            problem("'replans' must be a list of {date, reason, from?, to?}, not \(entry.value.typeName)", at: entry.value.location)
            return
        }
        for element in elements {
            guard let fields = element.entries else {
                problem("every 'replans' entry must be a mapping {date, reason, from?, to?}, not \(element.typeName)", at: element.location)
                continue
            }
            var nested = FieldChecker(root: element)
            for field in fields {
                switch field.key {
                case "date", "from", "to": _ = nested.date(field.key)
                case "reason": _ = nested.string("reason", required: false, what: "a non-empty reason")
                default: nested.problem("unknown replans field '\(field.key)'; use date, reason, from and to", at: field.keyLocation)
                }
            }
            if element.entry("date") == nil { nested.problem("a 'replans' entry needs 'date' (YYYY-MM-DD)", at: element.location) }
            if element.entry("reason") == nil { nested.problem("a 'replans' entry needs a non-empty 'reason'", at: element.location) }
            problems += nested.problems
        }
    }

    /// `rmlint-disable: {rule-id: "reason"}`; unknown ids and empty reasons are schema problems.
    mutating func disabledRules(known: Set<String>) -> [String: String] {
        guard let entry = root.entry("rmlint-disable") else { return [:] }
        guard let fields = entry.value.entries else {
            problem("'rmlint-disable' must be a mapping {rule-id: \"reason\"}, not \(entry.value.typeName)", at: entry.value.location)
            return [:]
        }
        var disabled: [String: String] = [:]
        for field in fields {
            guard known.contains(field.key) else {
                problem("'rmlint-disable' names unknown rule '\(field.key)'; run 'rmlint rules' for the list", at: field.keyLocation)
                continue
            }
            guard let reason = field.value.string, !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                problem("disabling '\(field.key)' needs a reason: write \(field.key): \"why this item is an exception\"", at: field.value.location)
                continue
            }
            disabled[field.key] = reason
        }
        return disabled
    }
}
