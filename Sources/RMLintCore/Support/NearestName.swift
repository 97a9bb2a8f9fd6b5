/// "Did you mean": the one candidate a mistyped name most likely meant — the same but for case, or
/// one or two edits away (a letter added, dropped, changed, or two swapped), and clearly nearer
/// than any other candidate. No suggestion beats a wrong one.
package enum NearestName {
    /// The candidate `written` most likely meant, if one stands out.
    package static func suggestion(for written: String, among candidates: some Sequence<String>) -> String? {
        let lowered = Array(written.lowercased().unicodeScalars)
        // Short names allow one edit; longer ones two.
        let allowed = lowered.count <= 4 ? 1 : 2
        var best: (name: String, distance: Int)?
        var tied = false
        for candidate in candidates where candidate != written {
            let distance = Self.distance(lowered, Array(candidate.lowercased().unicodeScalars), limit: allowed)
            guard distance <= allowed else { continue }
            if let current = best, distance >= current.distance {
                if distance == current.distance { tied = true }
                continue
            }
            best = (candidate, distance)
            tied = false
        }
        guard let best, !tied else { return nil }
        return best.name
    }

    /// Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps),
    /// or `limit + 1` as soon as it is sure to exceed `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        guard abs(a.count - b.count) <= limit else { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, previous2[j - 2] + 1) }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
