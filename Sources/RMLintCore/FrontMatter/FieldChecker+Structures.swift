import Foundation

/// The structured fields: `metric`, `scores`, `replans` and `rmlint-disable`.
extension FieldChecker {
    /// `metric: {name, target, baseline?, unit?}`; a missing name or target is smart-measurable's to report.
    mutating func metric() -> Field<Metric> {
        guard let entry = entry("metric") else { return .absent }
        guard let fields = entry.value.entries else {
            problem(
                "'metric' must be a mapping {name, target, baseline?, unit?}; found \(entry.value.described)",
                at: entry.value.location, field: "metric")
            return .invalid(entry.value.location)
        }
        var metric = Metric(location: entry.keyLocation)
        for field in fields {
            let value = field.value
            // An empty value is a missing one: smart-measurable reports a missing name or target.
            if value.isNull || value.string?.isBlank == true { continue }
            switch field.key {
            case "name", "unit":
                let read: Field<String>
                if let text = value.string {
                    read = .valid(Located(text, at: value.location))
                } else {
                    problem(
                        "'metric.\(field.key)' must be a string; found \(value.described)", at: value.location,
                        field: "metric.\(field.key)")
                    read = .invalid(value.location)
                }
                if field.key == "name" { metric.name = read } else { metric.unit = read }
            case "target", "baseline":
                let read: Field<MetricValue>
                if value.isNumber || value.string != nil {
                    read = .valid(Located(MetricValue(text: value.text, location: value.location), at: value.location))
                } else {
                    problem(
                        "'metric.\(field.key)' must be a number or a string such as \"65%\"; found \(value.described)",
                        at: value.location, field: "metric.\(field.key)")
                    read = .invalid(value.location)
                }
                if field.key == "target" { metric.target = read } else { metric.baseline = read }
            default:
                problem(
                    "unknown metric field '\(field.key)'; a metric has name, target, baseline and unit",
                    at: field.keyLocation, field: "metric.\(field.key)")
            }
        }
        return .valid(Located(metric, at: entry.keyLocation))
    }

    /// The valid scores (each 1–5); `nil` when `scores` is absent or not a mapping.
    mutating func scores() -> Scores? {
        guard let entry = entry("scores") else { return nil }
        guard let fields = entry.value.entries else {
            problem(
                "'scores' must be a mapping {customer, business, effort, risk}; found \(entry.value.described)",
                at: entry.value.location, field: "scores")
            return nil
        }
        var scores = Scores()
        let names: Set = ["customer", "business", "effort", "risk"]
        for field in fields {
            guard names.contains(field.key) else {
                problem(
                    "unknown score '\(field.key)'; scores are customer, business, effort and risk",
                    at: field.keyLocation, field: "scores.\(field.key)")
                continue
            }
            guard case .int(let score) = field.value.value, (1...5).contains(score) else {
                problem(
                    "'scores.\(field.key)' must be a whole number from 1 to 5; found \(field.value.described)",
                    at: field.value.location, field: "scores.\(field.key)")
                continue
            }
            switch field.key {
            case "customer": scores.customer = score
            case "business": scores.business = score
            case "effort": scores.effort = score
            default: scores.risk = score
            }
        }
        return scores
    }

    mutating func replans() -> [Replan] {
        guard let entry = entry("replans") else { return [] }
        guard let elements = entry.value.elements else {
            problem(
                "'replans' must be a list of {date, reason, from?, to?}; found \(entry.value.described)",
                at: entry.value.location, field: "replans")
            return []
        }
        var replans: [Replan] = []
        for element in elements {
            guard let fields = element.entries else {
                problem(
                    "every 'replans' entry must be a mapping {date, reason, from?, to?}; found \(element.described)",
                    at: element.location, field: "replans")
                continue
            }
            var nested = FieldChecker(root: element)
            for field in fields where !["date", "from", "to", "reason"].contains(field.key) {
                nested.problem(
                    "unknown replans field '\(field.key)'; use date, reason, from and to", at: field.keyLocation,
                    field: "replans")
            }
            let date = nested.date("date", field: "replans.date").value
            let from = nested.date("from", field: "replans.from").value
            let to = nested.date("to", field: "replans.to").value
            let reason = nested.string("reason", required: false, what: "why the plan changed").value
            if nested.entry("date") == nil {
                nested.problem(
                    "a 'replans' entry needs 'date' (YYYY-MM-DD)", at: element.location, field: "replans.date")
            }
            if reason == nil, nested.problems.allSatisfy({ $0.field != "reason" }) {
                nested.problem(
                    "a 'replans' entry needs a non-empty 'reason': say why the plan changed", at: element.location,
                    field: "replans.reason")
            }
            problems += nested.problems
            replans.append(Replan(date: date, from: from, to: to, reason: reason, location: element.location))
        }
        return replans
    }

    /// `rmlint-disable: {rule-id: "reason"}`; unknown ids, roadmap-wide rules and empty reasons are schema problems.
    mutating func disabledRules(known: Set<String>, perItem: Set<String>) -> [String: String] {
        guard let entry = entry("rmlint-disable") else { return [:] }
        guard let fields = entry.value.entries else {
            problem(
                "'rmlint-disable' must be a mapping {rule-id: \"reason\"}; found \(entry.value.described)",
                at: entry.value.location, field: "rmlint-disable")
            return [:]
        }
        var disabled: [String: String] = [:]
        for field in fields {
            let key = "rmlint-disable.\(field.key)"
            guard known.contains(field.key) else {
                problem(
                    "'rmlint-disable' names unknown rule '\(field.key)'; run 'rmlint rules' for the list",
                    at: field.keyLocation, field: key)
                continue
            }
            guard perItem.contains(field.key) else {
                problem(
                    "'\(field.key)' cannot be turned off for one item: it checks the whole roadmap; set 'rules: {\(field.key): off}' in .rmlint.yml instead",
                    at: field.keyLocation, field: key)
                continue
            }
            guard let reason = field.value.string, !reason.isBlank else {
                problem(
                    "disabling '\(field.key)' needs a reason: write \(field.key): \"why this item is an exception\"",
                    at: field.value.location, field: key)
                continue
            }
            disabled[field.key] = reason
        }
        return disabled
    }
}
