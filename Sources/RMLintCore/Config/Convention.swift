import Foundation

/// A team's own vocabulary for roadmap files (`convention:` in `.rmlint.yml`): the keys it writes
/// for rmlint's fields, the values it writes for rmlint's enumerations, and the kind of a file by
/// its path when it has no `kind:`. Items are decoded as if written in rmlint's words, with every
/// position where the team wrote it, and schema messages name the team's keys.
package struct Convention: Hashable, Sendable {
    /// rmlint field → the team's key.
    package var fields: [String: String] = [:]
    /// rmlint field → (the kind it applies to, or `nil` for every kind) → the team's value → rmlint's value.
    package var values: [String: [String?: [String: String]]] = [:]
    /// Globs and the kind of files they match, first match wins.
    package var kinds: [KindRule] = []
    /// List fields the team may write as one comma-separated string (`labels: a, b`).
    package var lists: Set<String> = []

    /// The fields rmlint reads as lists.
    package static let listFields: Set<String> = ["goals", "depends_on", "tags"]

    package struct KindRule: Hashable, Sendable {
        package var glob: String
        package var kind: ItemKind
    }

    package init() {}

    /// Every field rmlint reads, by which a convention may rename.
    package static let knownFields = Set(ItemKind.commonFields + ItemKind.allCases.flatMap(\.fields))

    /// The team's key → rmlint's field.
    private var teamKeys: [String: String] {
        Dictionary(fields.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
    }

    /// The front-matter as rmlint's words say it: keys renamed, values mapped, `kind` from the
    /// path when not written (placed at the file's start).
    package func translate(_ root: YAMLNode, path: String) -> YAMLNode {
        guard var entries = root.entries else { return root }
        let renamed = teamKeys
        for index in entries.indices {
            if let field = renamed[entries[index].key] { entries[index].key = field }
        }
        if !entries.contains(where: { $0.key == "kind" }),
            let rule = kinds.first(where: { Glob($0.glob).matches(path) })
        {
            entries.insert(
                YAMLEntry(
                    key: "kind", keyLocation: .start,
                    value: YAMLNode(.string(rule.kind.rawValue), at: .start, text: rule.kind.rawValue)), at: 0)
        }
        for index in entries.indices where lists.contains(entries[index].key) {
            guard let written = entries[index].value.string else { continue }
            entries[index].value = Self.list(written, at: entries[index].value.location)
        }
        let kind = entries.first { $0.key == "kind" }?.value.string.flatMap { mappedKind($0) }
        for index in entries.indices {
            guard let byKind = values[entries[index].key] else { continue }
            let map = kind.flatMap { byKind[$0.rawValue] } ?? byKind[nil]
            guard let map, let written = entries[index].value.string, let value = map[written] else { continue }
            entries[index].value.value = .string(value)
            entries[index].value.text = value
        }
        var translated = root
        translated.value = .mapping(entries)
        return translated
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
        guard let byKind = values[field], let map = kind.flatMap({ byKind[$0.rawValue] }) ?? byKind[nil] else {
            return nil
        }
        return map.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
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
