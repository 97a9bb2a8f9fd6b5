import Foundation

/// How `owner:` is read: one person or handle, or several (a list, or names joined by `,` `;`
/// ` and ` ` & `). Handles such as `@acme/payments` are one owner.
enum OwnerNames {
    static func read(_ node: YAMLNode) -> OwnerReading {
        switch node.value {
        case .null:
            return .empty
        case let .string(text):
            return reading(split(text), written: text)
        case let .sequence(elements):
            if let bad = elements.first(where: { $0.string == nil }) { return .malformed("a list holding \(bad.typeName)") }
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

    private static func split(_ text: String) -> [String] {
        // Most owners are one name: no separator byte and no " and ".
        if !text.utf8.contains(where: { $0 == 44 || $0 == 59 || $0 == 38 }), !text.contains(" and "), !text.contains(" AND ") {
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
