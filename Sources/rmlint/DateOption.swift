import RMLintCore
import RMLintKit

/// A `--since`, `--as-of` or other date option, read or refused with what it must look like.
enum DateOption {
    static func parse(_ text: String?, flag: String) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(text) else {
            throw UsageError("--\(flag) must be a calendar date YYYY-MM-DD; got '\(text)'")
        }
        return date
    }
}
