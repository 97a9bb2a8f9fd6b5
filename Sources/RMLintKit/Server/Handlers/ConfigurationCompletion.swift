import RMLintCore
import RMLintRules

/// Completion in `.rmlint.yml`: its keys at each level, rule ids under `rules:`, a rule's levels
/// (`error`, `warning`, `off`), `capacity.period` and `review.cadence` values.
enum ConfigurationCompletion {
    static let topLevel = ["roadmap", "exclude", "strict-fields", "capacity", "review", "rules", "convention"]
    static let convention = ["fields", "values", "kinds", "lists"]
    static let capacity = ["unit", "period", "split", "total"]
    static let review = ["last", "cadence"]

    /// The completions at `row`, where `before` is the line's text up to the cursor.
    static func items(_ lines: LineIndex, row: Int, before: String) -> [(label: String, insert: String, kind: Int)] {
        let indent = before.prefix { $0 == " " }.count
        let parent =
            indent == 0
            ? nil
            : (0..<row).reversed().lazy.map { String(lines.lines[$0]) }.first { line in
                let own = line.prefix { $0 == " " }.count
                return own < indent && !line.trimmingCharacters(in: .whitespaces).isEmpty
            }?.split(separator: ":").first.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let colon = before.firstIndex(of: ":") else {
            let keys: [String]
            switch parent {
            case nil: keys = topLevel
            case "capacity": keys = capacity
            case "review": keys = review
            case "convention": keys = convention
            case "fields": keys = Convention.knownFields.sorted()
            case "rules": keys = RuleRegistry.descriptions.map(\.id)
            default: keys = []
            }
            return keys.map { ($0, $0 + ": ", 10) }
        }
        let key = before[..<colon].trimmingCharacters(in: .whitespaces)
        let values: [String]
        switch (parent, key) {
        case ("rules", _): values = ["error", "warning", "off"]
        case ("capacity", "period"): values = PeriodGranularity.allCases.map(\.rawValue)
        case ("review", "cadence"): values = ReviewConfiguration.Cadence.allCases.map(\.rawValue)
        case (nil, "strict-fields"): values = ["true", "false"]
        default: values = []
        }
        return values.map { ($0, $0, 20) }
    }
}
