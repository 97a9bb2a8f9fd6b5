/// How `owner:` is read: one person or handle, or several (a list, or names joined by `,` `;`
/// ` and ` ` & `). Handles such as `@acme/payments` are one owner.
enum OwnerNames {
    enum Reading {
        case one(String)
        case empty
        case several([String], written: String)
        case malformed(String)
    }

    static func read(_ node: YAMLNode) -> Reading {
        switch node.value {
        case .null:
            return .empty
        case let .string(text):
            let names = split(text)
            if names.isEmpty { return .empty }
            return names.count == 1 ? .one(names[0]) : .several(names, written: text)
        case let .sequence(elements):
            if let bad = elements.first(where: { $0.string == nil }) { return .malformed("a list holding \(bad.typeName)") }
            let names = elements.compactMap(\.string).flatMap(split)
            if names.isEmpty { return .empty }
            return names.count == 1 ? .one(names[0]) : .several(names, written: names.joined(separator: ", "))
        default:
            return .malformed(node.typeName)
        }
    }

    private static func split(_ text: String) -> [String] {
        var normalized = text
        for separator in [" and ", " AND ", " & ", ";"] {
            normalized = normalized.replacingOccurrences(of: separator, with: ",")
        }
        return normalized.split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}

import Foundation
