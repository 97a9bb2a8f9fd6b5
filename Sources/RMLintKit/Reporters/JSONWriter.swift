/// Builds JSON text with keys in the order given, so documents are stable and diffable.
public enum JSONValue: Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// Compact, or pretty with two-space indentation.
    public func rendered(pretty: Bool = true) -> String {
        var output = ""
        write(into: &output, indent: pretty ? 0 : nil)
        return output
    }

    private func write(into output: inout String, indent: Int?) {
        switch self {
        case let .string(text): output += JSONValue.quote(text)
        case let .int(value): output += String(value)
        case let .double(value): output += value.isFinite ? String(value) : "null"
        case let .bool(value): output += value ? "true" : "false"
        case .null: output += "null"
        case let .array(values):
            writeContainer(values.map { (nil, $0) }, open: "[", close: "]", into: &output, indent: indent)
        case let .object(pairs):
            writeContainer(pairs.map { ($0.0, $0.1) }, open: "{", close: "}", into: &output, indent: indent)
        }
    }

    private func writeContainer(_ members: [(String?, JSONValue)], open: String, close: String,
                                into output: inout String, indent: Int?) {
        guard !members.isEmpty else { output += open + close; return }
        output += open
        let inner = indent.map { "\n" + String(repeating: "  ", count: $0 + 1) }
        for (position, member) in members.enumerated() {
            if position > 0 { output += "," }
            if let inner { output += inner }
            if let key = member.0 { output += JSONValue.quote(key) + (indent == nil ? ":" : ": ") }
            member.1.write(into: &output, indent: indent.map { $0 + 1 })
        }
        if let indent { output += "\n" + String(repeating: "  ", count: indent) }
        output += close
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
