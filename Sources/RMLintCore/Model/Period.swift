/// How capacity is counted: per calendar quarter or per calendar month.
package enum PeriodGranularity: String, Sendable, CaseIterable {
    case quarter
    case month
}

/// A planning period: a quarter `YYYY-Qn` or a month `YYYY-MM`.
package enum Period: Hashable, Sendable, Comparable, CustomStringConvertible {
    case quarter(year: Int, quarter: Int)
    case month(year: Int, month: Int)

    /// Parses `YYYY-Qn` or `YYYY-MM`.
    package init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), year > 0 else { return nil }
        let rest = parts[1]
        if rest.count == 2, rest.first == "Q", let quarter = Int(rest.dropFirst()), (1...4).contains(quarter) {
            self = .quarter(year: year, quarter: quarter)
        } else if rest.count == 2, rest.allSatisfy(\.isASCII), let month = Int(rest), (1...12).contains(month) {
            self = .month(year: year, month: month)
        } else {
            return nil
        }
    }

    /// The period of the given granularity that contains `date`.
    package init(containing date: CalendarDate, granularity: PeriodGranularity) {
        switch granularity {
        case .quarter: self = .quarter(year: date.year, quarter: (date.month - 1) / 3 + 1)
        case .month: self = .month(year: date.year, month: date.month)
        }
    }

    /// A month placed in its quarter when counting quarters; other periods stay as written.
    package func normalized(to granularity: PeriodGranularity) -> Period {
        switch (self, granularity) {
        case (.month(let year, let month), .quarter): return .quarter(year: year, quarter: (month - 1) / 3 + 1)
        default: return self
        }
    }

    /// The period just before, of the same granularity.
    package var previous: Period {
        switch self {
        case .quarter(let year, let quarter):
            return quarter == 1 ? .quarter(year: year - 1, quarter: 4) : .quarter(year: year, quarter: quarter - 1)
        case .month(let year, let month):
            return month == 1 ? .month(year: year - 1, month: 12) : .month(year: year, month: month - 1)
        }
    }

    /// Quarter or month.
    package var granularity: PeriodGranularity {
        if case .quarter = self { return .quarter }
        return .month
    }

    /// True when `date` falls inside this period.
    package func contains(_ date: CalendarDate) -> Bool {
        self == Period(containing: date, granularity: granularity)
    }

    private var sortKey: (Int, Int, Int) {
        switch self {
        case .quarter(let year, let quarter): return (year, (quarter - 1) * 3 + 1, 0)
        case .month(let year, let month): return (year, month, 1)
        }
    }

    package static func < (lhs: Period, rhs: Period) -> Bool { lhs.sortKey < rhs.sortKey }

    package var description: String {
        switch self {
        case .quarter(let year, let quarter): return "\(year)-Q\(quarter)"
        case .month(let year, let month): return "\(year)-\(month < 10 ? "0" : "")\(month)"
        }
    }
}
