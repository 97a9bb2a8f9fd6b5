import Foundation

/// Reads `[-+]?digits[.digits]` into an exact `Decimal` without Foundation's string scanner (the
/// common case of estimates and metric targets); exponents and numbers of more than 18 digits go
/// through `Decimal(string:)` with a fixed POSIX locale; anything else is not a number.
package enum DecimalReading {
    static let posix = Locale(identifier: "en_US_POSIX")

    package static func decimal(_ text: some StringProtocol) -> Decimal? {
        var mantissa: UInt64 = 0
        var digits = 0
        var scale = 0
        var negative = false
        var seenDot = false
        var index = 0
        for byte in text.utf8 {
            defer { index += 1 }
            switch byte {
            case UInt8(ascii: "-") where index == 0: negative = true
            case UInt8(ascii: "+") where index == 0: continue
            case UInt8(ascii: ".") where !seenDot: seenDot = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 18 else { return Decimal(string: String(text), locale: posix) }
                mantissa = mantissa * 10 + UInt64(byte - 48)
                digits += 1
                if seenDot { scale += 1 }
            case UInt8(ascii: "e") where digits > 0, UInt8(ascii: "E") where digits > 0:
                return Decimal(string: String(text), locale: posix)
            default:
                return nil
            }
        }
        guard digits > 0 else { return nil }
        return Decimal(sign: negative ? .minus : .plus, exponent: -scale, significand: Decimal(mantissa))
    }
}
