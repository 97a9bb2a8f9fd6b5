import Foundation

/// How `owner:` is read: one person or handle, or several (a list, or names joined by `,` `;`
/// ` and ` ` & `). Handles such as `@acme/payments` are one owner.
enum OwnerNames {
    static func read(_ node: YAMLNode) -> OwnerReading {
        switch node.value {
        case .null:
            return .empty
        case .string(let text):
            return reading(split(text), written: text)
        case .sequence(let elements):
            if let bad = elements.first(where: { $0.string == nil }) {
                return .malformed("a list holding \(bad.typeName)")
            }
            let names = elements.compactMap(\.string).flatMap(split)
            return reading(names, written: names.joined(separator: ", "))
        default:
            return .malformed(node.typeName)
        }
    }

    private static func reading(_ names: [String], written: String) -> OwnerReading {
        switch names.count {
        case 0: return .empty
        case 1: return .one(names[0])
        default: return .several(names, written: written)
        }
    }

    /// True when the text holds " and " or " AND " (checked on bytes, without Foundation).
    private static func containsAnd(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 5 else { return false }
        for index in 0...(bytes.count - 5) where bytes[index] == 32 && bytes[index + 4] == 32 {
            let word = (bytes[index + 1] | 0x20, bytes[index + 2] | 0x20, bytes[index + 3] | 0x20)
            if word == (UInt8(ascii: "a"), UInt8(ascii: "n"), UInt8(ascii: "d")),
                bytes[index + 1...index + 3].allSatisfy({ $0 >= 97 })
                    || bytes[index + 1...index + 3].allSatisfy({ $0 < 97 })
            {
                return true
            }
        }
        return false
    }

    private static func split(_ text: String) -> [String] {
        // Most owners are one name: no separator byte and no " and ".
        if !text.utf8.contains(where: { $0 == 44 || $0 == 59 || $0 == 38 }), !containsAnd(text) {
            let name = text.trimmedOfSpaces
            return name.isEmpty ? [] : [name]
        }
        var normalized = text
        for separator in [" and ", " AND ", " & ", ";"] where normalized.contains(separator) {
            normalized = normalized.replacingOccurrences(of: separator, with: ",")
        }
        return normalized.split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
