import RMLintCore
import RMLintGit
import RMLintRules

/// Checkstyle XML, read by Jenkins, GitLab and many review tools.
public struct CheckstyleReporter: Reporter {
    public static let identifier = "checkstyle"

    public init(options: ReporterOptions = ReporterOptions()) {}

    public func report(_ result: LintResult) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        var current: String?
        for diagnostic in result.diagnostics {
            if diagnostic.path != current {
                if current != nil { xml += "  </file>\n" }
                xml += "  <file name=\"\(XMLEscaping.escape(diagnostic.displayPath))\">\n"
                current = diagnostic.path
            }
            xml +=
                "    <error line=\"\(diagnostic.line)\" column=\"\(diagnostic.column)\" severity=\"\(diagnostic.severity.rawValue)\""
                + " message=\"\(XMLEscaping.escape(diagnostic.message))\" source=\"rmlint.\(diagnostic.rule)\"/>\n"
        }
        if current != nil { xml += "  </file>\n" }
        return xml + "</checkstyle>\n"
    }
}
