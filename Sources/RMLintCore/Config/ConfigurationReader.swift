import Foundation

/// The key-by-key reading of `.rmlint.yml` behind ``ConfigurationLoader``.
struct ConfigurationReader {
    let path: String
    let rules: [String: [RuleOption]]

    private func fail(_ message: String, _ location: SourceLocation) -> ConfigurationError {
        ConfigurationError(path: path, location: location, message: message)
    }

    mutating func read(_ entry: YAMLEntry, into configuration: inout Configuration) throws(ConfigurationError) {
        let value = entry.value
        switch entry.key {
        case "roadmap":
            let folders =
                value.string.map { [Located($0, at: value.location)] }
                ?? (value.elements ?? []).compactMap { element in
                    element.string.map { Located($0, at: element.location) }
                }
            guard !folders.isEmpty, folders.count == (value.elements?.count ?? 1) else {
                throw fail(
                    "'roadmap' must be a folder or a list of folders relative to the repository root, such as [roadmap]",
                    value.location)
            }
            for folder in folders { try checkFolder(folder) }
            configuration.roadmap = folders.map { normalize($0.value) }
            configuration.roadmapLocations = folders.map(\.location)
        case "exclude":
            guard let elements = value.elements, elements.allSatisfy({ $0.string != nil }) else {
                throw fail("'exclude' must be a list of glob patterns such as [\"roadmap/archive/**\"]", value.location)
            }
            configuration.exclude = elements.compactMap(\.string)
        case "strict-fields":
            guard case .bool(let flag) = value.value else {
                throw fail(
                    "'strict-fields' must be true or false; found \(value.text.isEmpty ? value.typeName : "'\(value.text)'")",
                    value.location)
            }
            configuration.strictFields = flag
        case "capacity":
            configuration.capacity = try readCapacity(value)
        case "review":
            configuration.review = try readReview(value)
        case "rules":
            configuration.rules = try readRules(value)
        case "convention":
            configuration.convention = try readConvention(value)
        default:
            throw fail(
                "unknown key '\(entry.key)'; the configuration has roadmap, capacity, review, rules, exclude, strict-fields and convention",
                entry.keyLocation)
        }
    }

    private func normalize(_ folder: String) -> String {
        let parts = folder.split(separator: "/").filter { $0 != "." && !$0.isEmpty }
        return parts.joined(separator: "/")
    }

    private func checkFolder(_ folder: Located<String>) throws(ConfigurationError) {
        if folder.value.hasPrefix("/") || folder.value.hasPrefix("~") {
            throw fail(
                "roadmap folder '\(folder.value)' is absolute; write it relative to the repository root",
                folder.location)
        }
        var depth = 0
        for part in folder.value.split(separator: "/") {
            if part == ".." { depth -= 1 } else if part != "." { depth += 1 }
            if depth < 0 {
                throw fail(
                    "roadmap folder '\(folder.value)' is outside the repository; keep the roadmap inside it",
                    folder.location)
            }
        }
    }

    // MARK: - capacity

    private func readCapacity(_ node: YAMLNode) throws(ConfigurationError) -> CapacityConfiguration {
        guard let entries = node.entries else {
            throw fail("'capacity' must be a mapping with unit, period, split and total", node.location)
        }
        var capacity = CapacityConfiguration()
        for entry in entries {
            let value = entry.value
            switch entry.key {
            case "unit":
                guard let unit = value.string, !unit.isEmpty else {
                    throw fail("'capacity.unit' must be a name such as team-weeks", value.location)
                }
                capacity.unit = unit
            case "period":
                guard let text = value.string, let period = PeriodGranularity(rawValue: text) else {
                    throw fail("'capacity.period' must be quarter or month; found '\(value.text)'", value.location)
                }
                capacity.period = period
            case "split":
                capacity.split = try readSplit(value, at: entry.keyLocation)
            case "total":
                guard let totals = value.entries else {
                    throw fail("'capacity.total' must map periods to capacity, such as {2026-Q1: 40}", value.location)
                }
                for total in totals {
                    guard let period = Period(total.key) else {
                        throw fail(
                            "'capacity.total' key '\(total.key)' is not a period YYYY-Qn or YYYY-MM", total.keyLocation)
                    }
                    guard total.value.isNumber, let amount = Decimal(string: total.value.text), amount >= 0 else {
                        throw fail(
                            "'capacity.total.\(total.key)' must be a number of \(capacity.unit), 0 or more; found \(total.value.described)",
                            total.value.location)
                    }
                    capacity.total[period] = Located(amount, at: total.keyLocation)
                }
            default:
                throw fail(
                    "unknown key 'capacity.\(entry.key)'; capacity has unit, period, split and total", entry.keyLocation
                )
            }
        }
        // Checked after the loop: `period:` may come after `total:`.
        for (period, total) in capacity.total.sorted(by: { $0.value.location < $1.value.location })
        where period.granularity != capacity.period {
            let example = capacity.period == .quarter ? "2026-Q4" : "2026-12"
            throw fail(
                "'capacity.total' key '\(period)' is a \(period.granularity.rawValue), but capacity is counted per \(capacity.period.rawValue) (capacity.period: \(capacity.period.rawValue)); write \(capacity.period.rawValue)s such as \(example)",
                total.location)
        }
        return capacity
    }

    private func readSplit(_ node: YAMLNode, at keyLocation: SourceLocation) throws(ConfigurationError) -> [TrackShare]
    {
        guard let entries = node.entries else {
            throw fail(
                "'capacity.split' must map tracks to [min, max] percentages, such as {product: [60, 80]}", node.location
            )
        }
        var shares: [TrackShare] = []
        for entry in entries {
            guard let bounds = entry.value.elements, bounds.count == 2, bounds.allSatisfy(\.isNumber),
                let minimum = Decimal(string: bounds[0].text), let maximum = Decimal(string: bounds[1].text),
                minimum >= 0, minimum <= maximum, maximum <= 100
            else {
                throw fail(
                    "'capacity.split.\(entry.key)' must be [min, max] percentages with 0 ≤ min ≤ max ≤ 100",
                    entry.value.location)
            }
            shares.append(TrackShare(track: entry.key, minimum: minimum, maximum: maximum, location: entry.keyLocation))
        }
        let minimums = shares.reduce(Decimal(0)) { $0 + $1.minimum }
        let maximums = shares.reduce(Decimal(0)) { $0 + $1.maximum }
        if minimums > 100 {
            throw fail(
                "'capacity.split' minimums add up to \(CapacityLedger.format(minimums))%, more than 100%: no period can meet them all; lower some minimums",
                keyLocation)
        }
        if !shares.isEmpty, maximums < 100 {
            throw fail(
                "'capacity.split' maximums add up to \(CapacityLedger.format(maximums))%, less than 100%: no period can stay within them all; raise some maximums",
                keyLocation)
        }
        return shares
    }

    // MARK: - review

    private func readReview(_ node: YAMLNode) throws(ConfigurationError) -> ReviewConfiguration {
        guard let entries = node.entries else {
            throw fail("'review' must be a mapping {last: YYYY-MM-DD, cadence: monthly|quarterly}", node.location)
        }
        var last: Located<CalendarDate>?
        var cadence = ReviewConfiguration.Cadence.quarterly
        for entry in entries {
            switch entry.key {
            case "last":
                guard let text = entry.value.string, let date = CalendarDate(text) else {
                    throw fail(
                        "'review.last' must be a calendar date YYYY-MM-DD; found '\(entry.value.text)'",
                        entry.value.location)
                }
                last = Located(date, at: entry.keyLocation)
            case "cadence":
                guard let text = entry.value.string, let value = ReviewConfiguration.Cadence(rawValue: text) else {
                    throw fail(
                        "'review.cadence' must be monthly or quarterly; found '\(entry.value.text)'",
                        entry.value.location)
                }
                cadence = value
            default:
                throw fail("unknown key 'review.\(entry.key)'; review has last and cadence", entry.keyLocation)
            }
        }
        guard let last else {
            throw fail("'review' needs 'last: YYYY-MM-DD', the date of the last roadmap review", node.location)
        }
        return ReviewConfiguration(last: last.value, cadence: cadence, location: last.location)
    }

    // MARK: - rules

    private func readRules(_ node: YAMLNode) throws(ConfigurationError) -> [String: RuleConfiguration] {
        guard let entries = node.entries else {
            throw fail("'rules' must map rule ids to error, warning, off or {severity, options}", node.location)
        }
        var result: [String: RuleConfiguration] = [:]
        for entry in entries {
            guard let options = rules[entry.key] else {
                throw fail("unknown rule '\(entry.key)' in 'rules'; run 'rmlint rules' to list them", entry.keyLocation)
            }
            var setting = RuleConfiguration(level: .default, location: entry.keyLocation)
            if entry.value.string != nil {
                setting.level = try level(entry.value, rule: entry.key)
            } else if let fields = entry.value.entries {
                for field in fields {
                    if field.key == "severity" {
                        setting.level = try level(field.value, rule: entry.key)
                    } else if let option = options.first(where: { $0.name == field.key }) {
                        setting.options[field.key] = try option.validate(field.value, rule: entry.key, path: path)
                    } else {
                        let known = (["severity"] + options.map(\.name)).joined(separator: ", ")
                        throw fail(
                            "unknown option '\(field.key)' for rule '\(entry.key)'; it takes \(known)",
                            field.keyLocation)
                    }
                }
            } else {
                throw fail(
                    "rule '\(entry.key)' must be set to error, warning, off or a mapping {severity: …}",
                    entry.value.location)
            }
            result[entry.key] = setting
        }
        return result
    }

    private func level(_ node: YAMLNode, rule: String) throws(ConfigurationError) -> RuleLevel {
        switch node.string {
        case "error": return .severity(.error)
        case "warning": return .severity(.warning)
        case "off": return .off
        default:
            throw fail(
                "severity of '\(rule)' must be error, warning or off; found \(node.text.isEmpty ? node.typeName : "'\(node.text)'")",
                node.location)
        }
    }
}
