// Regenerates the parts of checked-in files that list the rules (README rule table, the JSON
// Schemas' rule ids) from the rule registry. Run from the package root: `swift run rmlint-generate`;
// `--check` only reports stale files (exit 1).
import Foundation
import RMLintRules

let check = CommandLine.arguments.dropFirst().contains("--check")
var stale: [String] = []
for document in RegistryDocuments.documents {
    let url = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(document.path)
    do {
        let current = try String(contentsOf: url, encoding: .utf8)
        let generated = try document.update(current)
        guard generated != current else { continue }
        stale.append(document.path)
        if !check { try generated.write(to: url, atomically: true, encoding: .utf8) }
    } catch {
        FileHandle.standardError.write(Data("rmlint-generate: \(document.path): \(error)\n".utf8))
        exit(2)
    }
}
for path in stale { print(check ? "stale: \(path)" : "wrote \(path)") }
exit(check && !stale.isEmpty ? 1 : 0)
