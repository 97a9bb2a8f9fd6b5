/// How serious a diagnostic is. `error` fails the run; `warning` fails it only with `--strict`.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}
