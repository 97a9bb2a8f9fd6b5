import Foundation

/// A team's own vocabulary for roadmap files (`convention:` in `.rmlint.yml`): the keys it writes
/// for rmlint's fields, the values it writes for rmlint's enumerations, and the kind of a file by
/// its path when it has no `kind:`. Items are decoded as if written in rmlint's words, with every
/// position where the team wrote it, and schema messages name the team's keys.
package struct Convention: Hashable, Sendable {
    /// rmlint field → the team's key.
    package var fields: [String: String] = [:] {
        didSet {
            teamKeys = Dictionary(fields.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
            renames = fields.filter { $0.key != $0.value }.map { Rename(field: $0.key, team: $0.value) }
                .sorted { $0.field < $1.field }
        }
    }
    /// The team's key → rmlint's field.
    private var teamKeys: [String: String] = [:]
    /// The fields whose key differs, as a list: a handful, compared faster than hashed per file.
    private var renames: [Rename] = []

    private struct Rename: Hashable, Sendable {
        var field: String
        var team: String
    }
    /// rmlint field → (the kind it applies to, or `nil` for every kind) → the team's value → rmlint's value.
    package var values: [String: [String?: [String: String]]] = [:]
    /// Globs and the kind of files they match, first match wins.
    package var kinds: [KindRule] = []
    /// List fields the team may write as one comma-separated string (`labels: a, b`).
    package var lists: Set<String> = []
    /// The built-in Backlog.md convention's folder, when this is it.
    package var backlog: BacklogLayout?
    /// Fields the convention does not have, by kind: never required, and rules that need them are off.
    package var absentFields: [ItemKind: Set<String>] = [:]
    /// Rules off under this convention unless `.rmlint.yml` turns them on, each with why.
    package var rulesOff: [String: String] = [:]
    /// A name for messages: `backlog.md`, or `the convention in .rmlint.yml`.
    package var name = "the convention in .rmlint.yml"

    /// The fields rmlint reads as lists.
    package static let listFields: Set<String> = ["goals", "depends_on", "tags"]

    package struct KindRule: Hashable, Sendable {
        package var glob: String { didSet { matcher = Glob(glob) } }
        package var kind: ItemKind
        /// `glob`, compiled once (not per file).
        private var matcher: Glob

        package init(glob: String, kind: ItemKind) {
            self.glob = glob
            self.kind = kind
            matcher = Glob(glob)
        }

        package func matches(_ path: String) -> Bool { matcher.matches(path) }

        package static func == (left: KindRule, right: KindRule) -> Bool {
            left.glob == right.glob && left.kind == right.kind
        }

        package func hash(into hasher: inout Hasher) {
            hasher.combine(glob)
            hasher.combine(kind)
        }
    }

    package init() {}

    /// Every field rmlint reads, by which a convention may rename.
    package static let knownFields = Set(
        ItemKind.commonFields + ItemKind.allCases.flatMap { $0.fields(underConvention: true) })

    /// Whether decoding depends on a file's path (kinds by glob, Backlog.md's folders): readings
    /// of the same bytes at two paths may differ.
    package var readsPath: Bool { !kinds.isEmpty || backlog != nil }

    /// A front-matter in rmlint's words, with what the translation found wrong.
    package struct Translation: Sendable {
        package var root: YAMLNode
        /// Problems for the `schema` rule.
        package var schemaProblems: [ParseProblem] = []
        /// What the team's tool would silently drop or hide (the `backlog-md-hidden` rule).
        package var hidden: [ParseProblem] = []
        /// Why the team's tool cannot load the file at all: it is reported as unreadable.
        package var unloadable: ParseProblem?
        /// Fields whose value is unknown to every rule (a problem about them is reported already).
        package var unknown: [(field: String, location: SourceLocation)] = []
    }

    /// The front-matter as rmlint's words say it: keys renamed, values mapped, `kind` from the
    /// path when not written (placed at the file's start). A key written both in rmlint's words
    /// and in the team's is a schema problem, and the team's wins. `role`: the file's Backlog.md
    /// role under `backlog.md`; `marks`: where bare `@handles` were marked before parsing
    /// (see ``BacklogLayout/markingHandles(_:)``).
    func translated(_ root: YAMLNode, path: String, role: BacklogLayout.Role?, marks: Set<SourceLocation>)
        -> Translation
    {
        guard var entries = root.entries else { return Translation(root: root) }
        var result = Translation(root: root)
        // A key written in rmlint's words beside the team's (rare): the team's wins.
        if renames.contains(where: { rename in entries.contains { $0.key == rename.field } }) {
            let keys = entries.map(\.key)
            entries.removeAll { entry in
                guard let rename = renames.first(where: { $0.field == entry.key }), keys.contains(rename.team) else {
                    return false
                }
                result.schemaProblems.append(
                    ParseProblem(
                        message:
                            "both '\(rename.team)' and '\(entry.key)' are written; \(name) reads '\(rename.team)' as rmlint's '\(entry.key)', so remove '\(entry.key)'",
                        location: entry.keyLocation, field: entry.key))
                return true
            }
        }
        for index in entries.indices where !renames.isEmpty {
            if let rename = renames.first(where: { $0.team == entries[index].key }) {
                entries[index].key = rename.field
            }
        }
        if let backlog, let role {
            backlog.adjust(&entries, path: path, role: role, marks: marks, into: &result)
        }
        if !kinds.isEmpty, !entries.contains(where: { $0.key == "kind" }),
            let rule = kinds.first(where: { $0.matches(path) })
        {
            entries.insert(
                YAMLEntry(
                    key: "kind", keyLocation: .start,
                    value: YAMLNode(.string(rule.kind.rawValue), at: .start, text: rule.kind.rawValue)), at: 0)
        }
        for index in entries.indices where !lists.isEmpty && lists.contains(entries[index].key) {
            guard let written = entries[index].value.string else { continue }
            entries[index].value = Self.list(written, at: entries[index].value.location)
        }
        guard !values.isEmpty else {
            result.root.value = .mapping(entries)
            return result
        }
        let kind = entries.first { $0.key == "kind" }?.value.string.flatMap { mappedKind($0) }
        for index in entries.indices {
            guard let byKind = values[entries[index].key] else { continue }
            let map = kind.flatMap { byKind[$0.rawValue] } ?? byKind[nil]
            guard let map, let written = entries[index].value.string, let value = map[written] else { continue }
            entries[index].value.value = .string(value)
            entries[index].value.text = value
        }
        result.root.value = .mapping(entries)
        return result
    }

    /// `a, b` as the list [a, b], each element where it is written on the line.
    private static func list(_ written: String, at location: SourceLocation) -> YAMLNode {
        var elements: [YAMLNode] = []
        var column = location.column
        for part in written.split(separator: ",", omittingEmptySubsequences: false) {
            let leading = part.prefix { $0 == " " }.count
            let text = part.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty {
                elements.append(
                    YAMLNode(
                        .string(text), at: SourceLocation(line: location.line, column: column + leading), text: text))
            }
            column += part.unicodeScalars.count + 1
        }
        return YAMLNode(.sequence(elements), at: location, text: written)
    }

    private func mappedKind(_ written: String) -> ItemKind? {
        ItemKind(rawValue: values["kind"]?[nil]?[written] ?? written)
    }

    /// The key the team writes for an rmlint field.
    package func key(for field: String) -> String { fields[field] ?? field }

    /// The rmlint field a key the team writes stands for.
    package func field(forKey key: String) -> String { teamKeys[key] ?? key }

    /// The values the team writes for a field (of a kind), when the convention maps them: each
    /// with the rmlint value it stands for.
    package func teamValues(for field: String, kind: ItemKind?) -> [(team: String, value: String)]? {
        if let backlog, field == "status", kind == .backlog {
            return backlog.statuses.compactMap { status in backlog.status(of: status).map { (status, $0.rawValue) } }
        }
        guard let byKind = values[field], let map = kind.flatMap({ byKind[$0.rawValue] }) ?? byKind[nil] else {
            return nil
        }
        return map.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// How the team writes a status of a kind: the first value the convention maps to it (for
    /// Backlog.md: the first configured status is open, the last done), else rmlint's word.
    package func word(for status: ItemStatus, kind: ItemKind) -> String {
        if let backlog, kind == .backlog {
            switch status {
            case .open: return backlog.statuses.first ?? status.rawValue
            case .done: return backlog.statuses.last ?? status.rawValue
            case .inProgress where backlog.statuses.count > 2: return backlog.statuses[1]
            default: return status.rawValue
            }
        }
        return teamValues(for: "status", kind: kind)?.first { $0.value == status.rawValue }?.team ?? status.rawValue
    }

    /// A schema message in the team's words: `'owner'` becomes `'assignee'`.
    package func message(_ text: String) -> String {
        var out = text
        for (field, team) in fields where out.contains("'\(field)'") {
            out = out.replacingOccurrences(of: "'\(field)'", with: "'\(team)'")
        }
        return out
    }
}
