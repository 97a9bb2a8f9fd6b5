import Foundation
import RMLintCore

/// Reading JSON messages into ``JSONValue``s (objects keep their member order) and looking into them.
extension JSONValue {
    /// Not JSON, or JSON nested too deep.
    package struct ParseError: Error, Sendable {
        package var message: String
    }

    /// Parses one JSON document.
    package static func parse(_ bytes: [UInt8]) throws(ParseError) -> JSONValue {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw ParseError(message: "not valid JSON")
        }
        guard let value = JSONValue(foundation: object, depth: 0) else {
            throw ParseError(message: "JSON nested too deep")
        }
        return value
    }

    private init?(foundation object: Any, depth: Int) {
        guard depth < 200 else { return nil }
        switch object {
        case is NSNull: self = .null
        case let text as String: self = .string(text)
        case let number as NSNumber:
            if String(describing: type(of: number)).contains("Boolean") {
                self = .bool(number.boolValue)
            } else if let whole = Int(exactly: number.doubleValue), !"\(number)".contains(".") {
                self = .int(whole)
            } else {
                self = .double(number.doubleValue)
            }
        case let array as [Any]:
            var values: [JSONValue] = []
            for element in array {
                guard let value = JSONValue(foundation: element, depth: depth + 1) else { return nil }
                values.append(value)
            }
            self = .array(values)
        case let dictionary as [String: Any]:
            var pairs: [(String, JSONValue)] = []
            for (key, element) in dictionary.sorted(by: { $0.key < $1.key }) {
                guard let value = JSONValue(foundation: element, depth: depth + 1) else { return nil }
                pairs.append((key, value))
            }
            self = .object(pairs)
        default:
            self = .null
        }
    }

    /// A member of an object.
    package subscript(key: String) -> JSONValue? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    /// A path of members: `value["params", "textDocument", "uri"]`.
    package subscript(path: String...) -> JSONValue? {
        var current: JSONValue? = self
        for key in path { current = current?[key] }
        return current
    }

    package var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// A number, whole or not.
    package var number: Double? {
        switch self {
        case .int(let value): return Double(value)
        case .double(let value): return value
        default: return nil
        }
    }

    package var int: Int? {
        switch self {
        case .int(let value): return value
        case .double(let value): return Int(exactly: value)
        default: return nil
        }
    }

    package var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    package var array: [JSONValue]? {
        if case .array(let values) = self { return values }
        return nil
    }

    package var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
