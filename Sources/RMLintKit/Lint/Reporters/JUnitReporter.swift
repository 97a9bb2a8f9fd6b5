import RMLintCore
import RMLintGit
import RMLintRules

/// JUnit XML: one test suite, one failing test case per diagnostic (or one passing case when clean).
public struct JUnitReporter: Reporter {
    public static let identifier = "junit"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ result: LintResult) -> String {
        let count = max(result.diagnostics.count, 1)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"rmlint\" tests=\"\(count)\" failures=\"\(result.diagnostics.count)\">\n"
        xml +=
            "  <testsuite name=\"rmlint\" tests=\"\(count)\" failures=\"\(result.diagnostics.count)\" errors=\"0\">\n"
        if result.diagnostics.isEmpty {
            xml += "    <testcase classname=\"rmlint\" name=\"roadmap (\(result.itemCount) items)\"/>\n"
        }
        for diagnostic in result.diagnostics {
            let location = "\(diagnostic.displayPath):\(diagnostic.line):\(diagnostic.column)"
            xml +=
                "    <testcase classname=\"\(XMLEscaping.escape(diagnostic.displayPath))\" name=\"\(XMLEscaping.escape("\(diagnostic.rule) at \(location)"))\">\n"
            xml +=
                "      <failure type=\"\(diagnostic.severity.rawValue)\" message=\"\(XMLEscaping.escape(diagnostic.message))\">"
                + XMLEscaping.escape(
                    "\(location): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]")
                + "</failure>\n"
            xml += "    </testcase>\n"
        }
        return xml + "  </testsuite>\n</testsuites>\n"
    }
}
