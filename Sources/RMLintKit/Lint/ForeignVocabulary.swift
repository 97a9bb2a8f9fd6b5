import RMLintCore

/// A roadmap folder whose files mostly have neither an `id` nor a `kind` is likely kept in another
/// vocabulary (Backlog.md, an improvement-proposal repository): one note says so and names the keys
/// those files do use, beside the per-file diagnostics, so that a new user sees what to map.
enum ForeignVocabulary {
    static func note(for roadmap: Roadmap) -> String? {
        let files = roadmap.items.count + roadmap.unreadable.count
        let foreign = roadmap.items.filter { $0.itemID == nil || $0.kind == nil }
        guard files >= 5, foreign.count * 2 > files else { return nil }
        var counts: [String: Int] = [:]
        for item in foreign {
            for entry in item.keyLocations.entries where entry.key != "id" && entry.key != "kind" {
                counts[entry.key, default: 0] += 1
            }
        }
        let keys = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(5).map(\.key)
        let folders = roadmap.configuration.roadmap.map { $0 + "/" }.joined(separator: ", ")
        return
            "\(foreign.count) of \(files) files in \(folders) look like another convention: they have no id or kind"
            + (keys.isEmpty ? "" : " and use \(keys.joined(separator: ", "))")
            + "; map those keys with 'convention:' in .rmlint.yml (README: Configuration; rmlint init --detect guesses one)"
    }
}
