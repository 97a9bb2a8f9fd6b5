/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=rule-id::message`.
public struct GitHubReporter: Reporter {
    public static let identifier = "github"

    public init() {}

    public func report(_ result: LintResult) -> String {
        result.diagnostics.map { diagnostic in
            let command = diagnostic.severity == .error ? "error" : "warning"
            let properties = "file=\(escapeProperty(diagnostic.displayPath)),line=\(diagnostic.line),col=\(diagnostic.column),title=\(escapeProperty(diagnostic.rule))"
            return "::\(command) \(properties)::\(escapeData(diagnostic.message))\n"
        }.joined()
    }

    private func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private func escapeProperty(_ text: String) -> String {
        escapeData(text)
            .replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
    }
}

import Foundation
