import Foundation

/// A metric's `target` or `baseline`: as written, and as a number with its unit when it reads as
/// one (`80%` is 80 with unit `%`, `1.5 s` is 1.5 with unit `s`, `200` is 200 with no unit).
package struct MetricValue: Hashable, Sendable, CustomStringConvertible {
    /// The value exactly as written.
    package var text: String
    package var number: Decimal?
    package var unit: String?
    package var location: SourceLocation

    package init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
        (number, unit) = MetricValue.split(text)
    }

    package var description: String { text }

    /// A leading decimal number and the rest as its unit (trimmed), or no number at all.
    static func split(_ text: String) -> (Decimal?, String?) {
        let bytes = Array(text.utf8)
        var end = 0
        if end < bytes.count, bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "+") { end += 1 }
        let digitsStart = end
        var sawDot = false
        while end < bytes.count, (48...57).contains(bytes[end]) || (bytes[end] == UInt8(ascii: ".") && !sawDot) {
            if bytes[end] == UInt8(ascii: ".") { sawDot = true }
            end += 1
        }
        guard end > digitsStart, bytes[digitsStart..<end].contains(where: { (48...57).contains($0) }) else {
            return (nil, nil)
        }
        guard let number = DecimalReading.decimal(String(decoding: bytes[0..<end], as: UTF8.self)) else {
            return (nil, nil)
        }
        guard end < bytes.count else { return (number, nil) }
        let unit = String(decoding: bytes[end...], as: UTF8.self).trimmedOfSpaces
        return (number, unit.isEmpty ? nil : unit)
    }
}

/// A goal's or milestone's `metric: {name, target, baseline?, unit?}`.
///
/// Each sub-field is a ``Field``: absent (not written, or written empty), invalid (its type check
/// failed and `schema` reported it, so it is unknown to every other rule) or valid.
package struct Metric: Hashable, Sendable {
    package var name: Field<String>
    package var target: Field<MetricValue>
    package var baseline: Field<MetricValue>
    package var unit: Field<String>
    /// Where `metric:` is written.
    package var location: SourceLocation

    package init(
        name: Field<String> = .absent, target: Field<MetricValue> = .absent, baseline: Field<MetricValue> = .absent,
        unit: Field<String> = .absent, location: SourceLocation
    ) {
        self.name = name
        self.target = target
        self.baseline = baseline
        self.unit = unit
        self.location = location
    }
}
