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
        case .string(let text): JSONValue.quote(text, into: &output)
        case .int(let value): output.append(contentsOf: String(value).utf8)
        case .double(let value): output.append(contentsOf: (value.isFinite ? String(value) : "null").utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: output.append(contentsOf: "null".utf8)
        case .array(let values):
            guard !values.isEmpty else { return output.append(contentsOf: "[]".utf8) }
            output.append(UInt8(ascii: "["))
            for (position, value) in values.enumerated() {
                JSONValue.separate(position, into: &output, indent: indent)
                value.write(into: &output, indent: indent.map { $0 + 1 })
            }
            JSONValue.close(UInt8(ascii: "]"), into: &output, indent: indent)
        case .object(let pairs):
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

    /// Appends `text` as a JSON string: runs of bytes that need no escape are copied whole (only
    /// `"`, `\\` and control characters are escaped).
    static func quote(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                start = index + 1
                output.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\n"): output.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): output.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): output.append(UInt8(ascii: "t"))
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
                default:
                    let digits: StaticString = "0123456789abcdef"
                    output.append(contentsOf: [
                        UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                        digits.utf8Start[Int(byte >> 4)], digits.utf8Start[Int(byte & 0x0F)],
                    ])
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    static func quote(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        quote(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
