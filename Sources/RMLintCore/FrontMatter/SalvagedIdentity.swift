import Foundation

/// The `id:` and `kind:` of a file that does not parse, read from its top-level lines, so that
/// links to it are *unknown* rather than dangling and capacity knows whether it could be a milestone.
package struct SalvagedIdentity: Hashable, Sendable {
    package var id: String?
    package var kind: ItemKind?

    package init(id: String? = nil, kind: ItemKind? = nil) {
        self.id = id
        self.kind = kind
    }

    /// Reads `id:` and `kind:` lines written at the start of a line; lines that are not UTF-8 are skipped.
    init(lines: ArraySlice<ArraySlice<UInt8>>) {
        for line in lines where id == nil || kind == nil {
            guard line.starts(with: Array("id:".utf8)) || line.starts(with: Array("kind:".utf8)),
                let text = String(validating: line, as: UTF8.self)
            else { continue }
            if text.hasPrefix("id:"), id == nil {
                let value = SalvagedIdentity.scalar(text.dropFirst(3))
                if let value, ItemDecoder.isValidID(value) { id = value }
            } else if text.hasPrefix("kind:"), kind == nil {
                kind = SalvagedIdentity.scalar(text.dropFirst(5)).flatMap(ItemKind.init(rawValue:))
            }
        }
    }

    /// The identity of a mapping that did parse.
    init(root: YAMLNode) {
        id = root.entry("id")?.value.string.flatMap { ItemDecoder.isValidID($0) ? $0 : nil }
        kind = root.entry("kind")?.value.string.flatMap(ItemKind.init(rawValue:))
    }

    /// A plain or quoted one-line scalar, without a trailing comment.
    private static func scalar(_ text: Substring) -> String? {
        var value = text.drop { $0 == " " || $0 == "\t" }
        if let hash = value.range(of: " #") { value = value[..<hash.lowerBound] }
        var trimmed = String(value).trimmingCharacters(in: CharacterSet(charactersIn: " \t\r"))
        if trimmed.count >= 2, let first = trimmed.first, first == "\"" || first == "'", trimmed.last == first {
            trimmed = String(trimmed.dropFirst().dropLast())
        }
        return trimmed.isEmpty ? nil : trimmed
    }
}
