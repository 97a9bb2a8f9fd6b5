/// Builds JSON text with keys in the order given, so documents are stable and diffable.
package enum JSONValue: Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    package static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// Compact, or pretty with two-space indentation.
    package func rendered(pretty: Bool = true) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(into: &output, indent: pretty ? 0 : nil)
        return String(decoding: output, as: UTF8.self)
    }

    /// Writes UTF-8 straight into one buffer: no intermediate strings or member arrays.
    func write(into output: inout [UInt8], indent: Int?) {
        switch self {
        case let .string(text): JSONValue.quote(text, into: &output)
        case let .int(value): output.append(contentsOf: String(value).utf8)
        case let .double(value): output.append(contentsOf: (value.isFinite ? String(value) : "null").utf8)
        case let .bool(value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: output.append(contentsOf: "null".utf8)
        case let .array(values):
            guard !values.isEmpty else { return output.append(contentsOf: "[]".utf8) }
            output.append(UInt8(ascii: "["))
            for (position, value) in values.enumerated() {
                JSONValue.separate(position, into: &output, indent: indent)
                value.write(into: &output, indent: indent.map { $0 + 1 })
            }
            JSONValue.close(UInt8(ascii: "]"), into: &output, indent: indent)
        case let .object(pairs):
            guard !pairs.isEmpty else { return output.append(contentsOf: "{}".utf8) }
            output.append(UInt8(ascii: "{"))
            for (position, pair) in pairs.enumerated() {
                JSONValue.separate(position, into: &output, indent: indent)
                JSONValue.quote(pair.0, into: &output)
                output.append(UInt8(ascii: ":"))
                if indent != nil { output.append(UInt8(ascii: " ")) }
                pair.1.write(into: &output, indent: indent.map { $0 + 1 })
            }
            JSONValue.close(UInt8(ascii: "}"), into: &output, indent: indent)
        }
    }

    private static func separate(_ position: Int, into output: inout [UInt8], indent: Int?) {
        if position > 0 { output.append(UInt8(ascii: ",")) }
        guard let indent else { return }
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * (indent + 1)))
    }

    private static func close(_ bracket: UInt8, into output: inout [UInt8], indent: Int?) {
        if let indent {
            output.append(UInt8(ascii: "\n"))
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
        }
        output.append(bracket)
    }

    static func quote(_ text: String, into output: inout [UInt8]) {
        let utf8 = text.utf8
        if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output.append(UInt8(ascii: "\""))
            output.append(contentsOf: utf8)
            output.append(UInt8(ascii: "\""))
        } else {
            output.append(contentsOf: quote(text).utf8)
        }
    }

    static func quote(_ text: String) -> String {
        // Most strings need no escaping: copy them whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
