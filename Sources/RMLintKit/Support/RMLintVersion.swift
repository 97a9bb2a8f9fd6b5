/// The version `rmlint --version` prints and SARIF names.
public enum RMLintVersion {
    public static let current = "0.1.0"
}
