import RMLintCore

/// A convention guessed from the keys a folder's files use: which key is the id, the title, the
/// owner, the dependencies, the tags, and what the status values mean. Each item is read as a
/// backlog item; rules that need what the files do not have are turned off, and every guess is said.
struct ForeignMapping {
    var folder: String
    var files: [ForeignFolder.File]

    static let synonyms: [(field: String, keys: [String])] = [
        ("id", ["id", "key", "slug", "ticket", "code", "ref", "identifier", "number"]),
        ("title", ["title", "name", "summary", "subject"]),
        ("owner", ["owner", "assignee", "author", "lead", "dri", "responsible", "driver"]),
        ("depends_on", ["depends_on", "dependencies", "requires", "blocked_by", "depends", "after", "prerequisites"]),
        ("parent", ["parent", "parent_id", "parent_task_id", "epic"]),
        ("tags", ["tags", "labels", "categories", "topics"]),
    ]

    static let statuses: [(status: ItemStatus, words: Set<String>)] = [
        (
            .done,
            [
                "done", "final", "shipped", "complete", "completed", "closed", "resolved", "merged", "released",
                "living", "accepted", "implemented",
            ]
        ),
        (
            .inProgress,
            ["inprogress", "doing", "active", "wip", "review", "inreview", "started", "lastcall", "ongoing", "blocked"]
        ),
        (
            .dropped,
            [
                "dropped", "withdrawn", "rejected", "abandoned", "cancelled", "canceled", "stagnant", "superseded",
                "obsolete", "wontfix", "moved", "deferred",
            ]
        ),
        (
            .open,
            [
                "open", "todo", "draft", "proposed", "new", "backlog", "idea", "planned", "next", "later",
                "review-pending", "pending", "ready",
            ]
        ),
    ]

    /// The share of files with `key` (0...1).
    private func share(_ key: String) -> Double {
        Double(files.count { $0.values[key] != nil }) / Double(max(files.count, 1))
    }

    /// The key of the most files among `keys` that most files (`least` of them) write.
    private func key(among keys: [String], least: Double = 0.5) -> String? {
        keys.map { ($0, share($0)) }.filter { $0.1 >= least }.max { $0.1 < $1.1 }?.0
    }

    func guess() -> ConventionDetector.Guess {
        var notes: [String] = []
        let byField = Dictionary(uniqueKeysWithValues: Self.synonyms)
        // The id: a key nearly every file writes, valid ids, nearly all distinct.
        let idKey = (byField["id"] ?? []).first { key in
            let values = files.compactMap { $0.values[key]?.first }
            guard Double(values.count) >= 0.9 * Double(files.count) else { return false }
            let valid = values.filter(ItemDecoder.isValidID)
            return Double(valid.count) >= 0.9 * Double(values.count)
                && Double(Set(valid).count) >= 0.95 * Double(valid.count)
        }
        guard let idKey else {
            // The key that looks like the id: a synonym, else one every file writes with distinct values.
            let distinct = Set(files.flatMap { $0.values.keys }).sorted().first { key in
                let values = files.compactMap { $0.values[key]?.first }
                return key != "title" && values.count == files.count && Set(values).count == values.count
            }
            let written = (byField["id"] ?? []).first { share($0) >= 0.9 } ?? distinct
            let why =
                written.map { "the values of '\($0)' are not ids rmlint reads (an id starts with a letter)" }
                ?? "no key holds a distinct id in most of them"
            return ConventionDetector.Guess(
                configuration: "",
                notes: [
                    "\(files.count) files in \(folder)/ have front-matter in another vocabulary, but \(why); map them yourself with 'convention:' in .rmlint.yml (README: Configuration); nothing was written"
                ])
        }
        var fields: [(String, String)] = []
        if idKey != "id" { fields.append(("id", idKey)) }
        let ids = Set(files.compactMap { $0.values[idKey]?.first })
        var lists: [String] = []
        for (field, keys) in Self.synonyms where field != "id" {
            guard let key = key(among: keys, least: field == "title" ? 0.5 : 0.2) else { continue }
            switch field {
            case "owner":
                // A backlog item's owner is one name.
                guard !files.contains(where: { $0.lists.contains(key) }) else {
                    notes.append("'\(key)' holds lists, so it is not read as the owner")
                    continue
                }
            case "depends_on", "parent":
                let targets = files.flatMap { file in
                    (file.values[key] ?? []).flatMap { value in
                        file.lists.contains(key)
                            ? [value] : value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    }
                }.filter { !$0.isEmpty }
                guard !targets.isEmpty, Double(targets.filter(ids.contains).count) >= 0.8 * Double(targets.count) else {
                    notes.append("'\(key)' does not name the ids in '\(idKey)', so it is not read as \(field)")
                    continue
                }
                if field == "depends_on", files.contains(where: { $0.values[key] != nil && !$0.lists.contains(key) }) {
                    lists.append("depends_on")
                }
            case "tags":
                if files.contains(where: { $0.values[key] != nil && !$0.lists.contains(key) }) { lists.append("tags") }
            default: break
            }
            if key != field { fields.append((field, key)) }
        }
        let statusKey = share("status") >= 0.5 ? "status" : nil
        var values: [(String, String)] = []
        if let statusKey {
            let written = Set(files.compactMap { $0.values[statusKey]?.first }).sorted()
            var unknown: [String] = []
            for value in written {
                let folded = value.lowercased().filter { $0.isLetter || $0 == "-" }.replacingOccurrences(
                    of: "-", with: "")
                let status = Self.statuses.first { $0.words.contains(folded) }?.status
                if status == nil { unknown.append(value) }
                values.append((value, (status ?? .open).rawValue))
            }
            if !unknown.isEmpty {
                notes.append(
                    "read as open, for want of a better guess: status \(unknown.map { "'\($0)'" }.joined(separator: ", "))"
                )
            }
        }
        notes.insert(
            "\(files.count) files in \(folder)/ use another vocabulary; wrote a convention reading them as backlog items: "
                + (fields.isEmpty ? "keys as written" : fields.map { "\($1) as \($0)" }.joined(separator: ", "))
                + " (check it, then run rmlint)", at: 0)
        return ConventionDetector.Guess(
            configuration: yaml(fields: fields, values: values, lists: lists), notes: notes)
    }

    private func yaml(fields: [(String, String)], values: [(String, String)], lists: [String]) -> String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        var text = """
            # Guessed by rmlint init from the keys of \(folder)/: check it. Each file is read as a backlog
            # item in the team's words (see README: Configuration).
            roadmap: [\(quoted(folder))]
            convention:

            """
        if !fields.isEmpty {
            text += "  fields: {" + fields.map { "\($0): \(quoted($1))" }.joined(separator: ", ") + "}\n"
        }
        if !values.isEmpty {
            text += "  values:\n    status: {" + values.map { "\(quoted($0)): \($1)" }.joined(separator: ", ") + "}\n"
        }
        text += "  kinds: {\(quoted(folder + "/**")): backlog}\n"
        if !lists.isEmpty { text += "  lists: [" + lists.joined(separator: ", ") + "]\n" }
        text += """
            rules:
              backlog-theme-link: off   # these items link no theme

            """
        return text
    }
}
