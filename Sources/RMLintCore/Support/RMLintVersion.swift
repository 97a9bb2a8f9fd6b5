/// The version `rmlint --version` prints and SARIF names, and the project's home.
public enum RMLintVersion {
    public static let current = "0.2.0"
    /// What `rmlint --version` prints: the name says which `rmlint` this is (Debian ships an
    /// unrelated duplicate-file finder under the same name), and the hook checks for it.
    public static let banner = "rmlint \(current) (roadmap-as-code linter)"
    public static let homepage = "https://rmlint.dev"

    /// The documentation page of a rule.
    public static func ruleURL(_ id: String) -> String { "\(homepage)/rules/\(id)" }
}
