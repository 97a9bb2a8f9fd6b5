/// Writes a JSON document straight into UTF-8 bytes, member by member, laid out exactly as
/// ``JSONValue/rendered(pretty:)`` lays it out. For long documents (thousands of drift events)
/// where building a ``JSONValue`` tree first would cost more than the writing.
package struct JSONStream {
    private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var depth = 0
    private var empty = true

    package init(pretty: Bool = true, capacity: Int = 1 << 16) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// The document as a string.
    package var text: String { String(decoding: bytes, as: UTF8.self) }

    package mutating func openObject() { open(UInt8(ascii: "{")) }
    package mutating func closeObject() { close(UInt8(ascii: "}")) }
    package mutating func openArray() { open(UInt8(ascii: "[")) }
    package mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts an object member: the separator, the indentation and `"name": `.
    package mutating func key(_ name: String) {
        separate()
        JSONValue.quote(name, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
    }

    /// Starts an array element.
    package mutating func element() { separate() }

    mutating func string(_ text: String) { JSONValue.quote(text, into: &bytes) }

    mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    /// A value built as a tree, written at the current depth.
    mutating func value(_ value: JSONValue) { value.write(into: &bytes, indent: pretty ? depth : nil) }

    /// `"name": value`.
    package mutating func member(_ name: String, _ value: JSONValue) {
        key(name)
        self.value(value)
    }

    package mutating func member(_ name: String, string: String) {
        key(name)
        JSONValue.quote(string, into: &bytes)
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        empty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty, !empty {
            bytes.append(UInt8(ascii: "\n"))
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        }
        bytes.append(bracket)
        empty = false
    }

    private mutating func separate() {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        guard pretty else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }
}
