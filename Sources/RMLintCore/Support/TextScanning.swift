import Foundation

extension String {
    /// True when the text is empty or only spaces and tabs (or other Unicode spaces): a blank value.
    /// Decides on the first byte in the common case.
    package var isBlank: Bool {
        for byte in utf8 {
            if byte == 32 || byte == 9 { continue }
            if byte < 0x80 { return false }
            return trimmingCharacters(in: .whitespaces).isEmpty
        }
        return true
    }

    /// The text without leading and trailing spaces and tabs (other Unicode spaces too).
    var trimmedOfSpaces: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        let ascii = { (byte: UInt8) in byte != 32 && byte != 9 && byte < 0x80 }
        if ascii(first) && ascii(last) { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}

/// The documented order of paths in every output: by their UTF-8 bytes.
package enum PathOrder {
    package static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        var left = lhs
        var right = rhs
        return left.withUTF8 { a in
            right.withUTF8 { b in
                let common = min(a.count, b.count)
                guard common > 0, let x = a.baseAddress, let y = b.baseAddress else { return a.count < b.count }
                let order = memcmp(x, y, common)
                return order != 0 ? order < 0 : a.count < b.count
            }
        }
    }
}
