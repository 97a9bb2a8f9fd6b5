import RMLintCore

/// The parts of checked-in files that list the rules — the README's rule table and the rule ids in
/// both JSON Schemas — generated from ``RuleRegistry``, so they cannot drift from the rules that exist.
/// `swift run rmlint-generate` rewrites them; a test fails, naming that command, when one is stale.
package enum RegistryDocuments {
    /// The command that regenerates the files.
    package static let command = "swift run rmlint-generate"

    /// A generated file: its path from the package root, and how its current text becomes the generated one.
    package struct Document: Sendable {
        package var path: String
        package var update: @Sendable (String) throws(GenerationError) -> String
    }

    /// A file whose anchors are missing, so the generated part has nowhere to go.
    package struct GenerationError: Error, CustomStringConvertible {
        package var description: String
    }

    package static let documents: [Document] = [
        Document(path: "README.md") { text throws(GenerationError) in
            try replaceBlock(in: text, path: "README.md", begin: readmeBegin, end: readmeEnd, with: readmeTable)
        },
        Document(path: "schema/item.schema.json") { text throws(GenerationError) in
            try replaceEnum(
                in: text, path: "schema/item.schema.json", under: "\"rmlint-disable\": {",
                with: RuleRegistry.descriptions.filter(\.canBeDisabledPerItem).map(\.id))
        },
        Document(path: "schema/rmlint-config.schema.json") { text throws(GenerationError) in
            try replaceEnum(
                in: text, path: "schema/rmlint-config.schema.json", under: "\"rules\": {",
                with: RuleRegistry.descriptions.map(\.id))
        },
    ]

    static let readmeBegin = "<!-- rule table: generated from the rule registry by `\(command)`; do not edit -->"
    static let readmeEnd = "<!-- end of rule table -->"

    /// One row per rule, in the registry's order.
    static var readmeTable: String {
        var table = "| id | default | fires when |\n|---|---|---|\n"
        for rule in RuleRegistry.descriptions {
            let suffix = rule.requiresBase ? " (change rule)" : ""
            table +=
                "| `\(rule.id)` | \(rule.severity.rawValue) | \(rule.summary.replacingOccurrences(of: "|", with: "\\|"))\(suffix) |\n"
        }
        return table
    }

    /// `text` with the lines between the `begin` and `end` lines replaced by `block`.
    static func replaceBlock(in text: String, path: String, begin: String, end: String, with block: String)
        throws(GenerationError) -> String
    {
        guard let start = text.range(of: begin + "\n"),
            let stop = text.range(of: end, range: start.upperBound..<text.endIndex)
        else {
            throw GenerationError(description: "\(path) has no '\(begin)' … '\(end)' lines to hold the generated part")
        }
        return String(text[..<start.upperBound]) + block + String(text[stop.lowerBound...])
    }

    /// `text` with the first `"enum": [ … ]` after `anchor` holding `ids`, indented as it was.
    static func replaceEnum(in text: String, path: String, under anchor: String, with ids: [String])
        throws(GenerationError) -> String
    {
        guard let key = text.range(of: anchor),
            let open = text.range(of: "\"enum\": [", range: key.upperBound..<text.endIndex),
            let close = text.range(of: "]", range: open.upperBound..<text.endIndex)
        else {
            throw GenerationError(description: "\(path) has no \"enum\" list under \(anchor) for the rule ids")
        }
        let lineStart = text[..<open.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let indent = String(text[lineStart..<open.lowerBound])
        let items = ids.map { "\(indent)  \"\($0)\"" }.joined(separator: ",\n")
        return String(text[..<open.upperBound]) + "\n" + items + "\n" + indent + String(text[close.lowerBound...])
    }
}
