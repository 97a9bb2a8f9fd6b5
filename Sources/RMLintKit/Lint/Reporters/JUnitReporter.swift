import RMLintCore
import RMLintGit
import RMLintRules

/// JUnit XML: one test suite, one test case per diagnostic (or one passing case when clean). What fails
/// the run is a failure — errors, and warnings under `--strict`; other warnings pass with their text in
/// `system-out`; problems a baseline hid are skipped cases, so the report says they are still there.
public struct JUnitReporter: Reporter {
    public static let identifier = "junit"

    private let strict: Bool

    public init(options: ReporterOptions = ReporterOptions()) {
        strict = options.strict
    }

    public func report(_ result: LintResult) -> String {
        let failures = result.diagnostics.count { $0.severity == .error || strict }
        let count = max(result.diagnostics.count + result.hidden.count, 1)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"rmlint\" tests=\"\(count)\" failures=\"\(failures)\">\n"
        xml +=
            "  <testsuite name=\"rmlint\" tests=\"\(count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(result.hidden.count)\">\n"
        if result.diagnostics.isEmpty && result.hidden.isEmpty {
            xml += "    <testcase classname=\"rmlint\" name=\"roadmap (\(result.itemCount) items)\"/>\n"
        }
        for diagnostic in result.diagnostics {
            xml += testCase(diagnostic, outcome: diagnostic.severity == .error || strict ? "failure" : "system-out")
        }
        for diagnostic in result.hidden { xml += testCase(diagnostic, outcome: "skipped") }
        return xml + "  </testsuite>\n</testsuites>\n"
    }

    /// One case: a `failure`, a passing case whose `system-out` holds the warning, or a `skipped` one.
    private func testCase(_ diagnostic: Diagnostic, outcome: String) -> String {
        let location = "\(diagnostic.displayPath):\(diagnostic.line):\(diagnostic.column)"
        let line = "\(location): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]"
        var xml =
            "    <testcase classname=\"\(XMLEscaping.escape(diagnostic.displayPath))\" name=\"\(XMLEscaping.escape("\(diagnostic.rule) at \(location)"))\">\n"
        switch outcome {
        case "failure":
            xml +=
                "      <failure type=\"\(diagnostic.severity.rawValue)\" message=\"\(XMLEscaping.escape(diagnostic.message))\">"
                + XMLEscaping.escape(line) + "</failure>\n"
        case "skipped":
            xml += "      <skipped message=\"\(XMLEscaping.escape("in the baseline: " + line))\"/>\n"
        default:
            xml += "      <system-out>" + XMLEscaping.escape(line) + "</system-out>\n"
        }
        return xml + "    </testcase>\n"
    }
}
