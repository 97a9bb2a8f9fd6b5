import Foundation
import RMLintCore
import RMLintRules

/// Times the front-matter parser alone (bytes → typed item) on one core: every `*.md` file under
/// the folder is read into memory first, then parsed and decoded `rounds` times.
/// Usage: rmlint-parser-benchmark FOLDER [ROUNDS]
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: rmlint-parser-benchmark FOLDER [ROUNDS]\n".utf8))
    exit(2)
}
let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3
var files: [[UInt8]] = []
let enumerator = FileManager.default.enumerator(atPath: arguments[1])
while let path = enumerator?.nextObject() as? String {
    guard path.hasSuffix(".md"), let data = FileManager.default.contents(atPath: arguments[1] + "/" + path) else {
        continue
    }
    files.append(Array(data))
}
let decoder = ItemDecoder()
var items = 0
var best = Double.infinity
for _ in 0..<rounds {
    let start = DispatchTime.now().uptimeNanoseconds
    items = 0
    for bytes in files {
        if case .item(let root, let words, let spans, _) = FrontMatterParser.parse(bytes) {
            _ = decoder.decode(root: root, bodyWordCount: words, spans: spans)
            items += 1
        }
    }
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
print("parser: \(items) items in \(String(format: "%.3f", best)) s on one core: \(Int(Double(items) / best)) items/s")
