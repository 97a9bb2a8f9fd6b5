extension BacklogLayout {
    /// A task's or milestone's front-matter (already renamed to rmlint's keys) as rmlint reads it:
    /// the kind from the folder, ids canonical, the configured status as rmlint's, `due_date` as a
    /// date. What Backlog.md would drop or fail on is recorded in `result`.
    func adjust(
        _ entries: inout [YAMLEntry], path: String, role: Role, marks: Set<SourceLocation>,
        into result: inout Convention.Translation
    ) {
        for index in entries.indices where !marks.isEmpty {
            Self.restoreHandles(&entries[index].value, marks)
        }
        let isMilestone = role == .milestone || role == .archivedMilestone
        if !entries.contains(where: { $0.key == "kind" }) {
            let kind = isMilestone ? ItemKind.milestone : .backlog
            entries.insert(Self.synthetic("kind", kind.rawValue), at: 0)
        }
        if isMilestone {
            adjustMilestone(&entries)
        } else {
            adjustTask(&entries, completed: role == .task(completed: true), path: path, into: &result)
        }
    }

    private func adjustMilestone(_ entries: inout [YAMLEntry]) {
        for index in entries.indices {
            switch entries[index].key {
            case "id":
                if let written = entries[index].value.string, let id = Self.milestoneID(written) {
                    entries[index].value.value = .string(id)
                }
            case "due":
                Self.datePart(&entries[index].value)
            default: break
            }
        }
        // Backlog.md milestones have no status: one on the board is in progress until archived.
        if !entries.contains(where: { $0.key == "status" }) {
            entries.append(Self.synthetic("status", ItemStatus.inProgress.rawValue))
        }
    }

    private func adjustTask(
        _ entries: inout [YAMLEntry], completed: Bool, path: String, into result: inout Convention.Translation
    ) {
        var dropped: Set<Int> = []
        for index in entries.indices {
            let entry = entries[index]
            switch entry.key {
            case "id":
                guard let written = entry.value.string else { continue }
                let id = Self.canonicalID(written)
                entries[index].value.value = .string(id)
                if !Self.fileName(of: path, startsWith: written), let named = fileID(of: path), named != id {
                    result.hidden.append(
                        ParseProblem(
                            message:
                                "id '\(written)' disagrees with the file name, which says \(named); Backlog.md lists the task as \(id) but finds it by \(named): rename the file or fix the id",
                            location: entry.value.location, field: "id"))
                }
            case "depends_on", "parent":
                entries[index].value = Self.canonicalIDs(entry.value)
                guard entry.key == "depends_on", !entry.value.isNull, entry.value.elements == nil else { continue }
                dropped.insert(index)
                result.hidden.append(Self.scalarList("dependencies", entry.value, example: "[\(entry.value.text)]"))
            case "tags":
                guard !entry.value.isNull, entry.value.elements == nil else { continue }
                dropped.insert(index)
                result.hidden.append(Self.scalarList("labels", entry.value, example: "[\(entry.value.text)]"))
            case "milestone":
                let written = entry.value.string ?? (entry.value.isNumber ? entry.value.text : nil)
                if let written, let id = Self.milestoneID(written) {
                    entries[index].value.value = .string(id)
                }
            case "due":
                guard let written = entry.value.string, CalendarDate(written) != nil else {
                    Self.datePart(&entries[index].value)
                    continue
                }
                result.unloadable = ParseProblem(
                    message:
                        "due_date '\(written)' is a date without a time; Backlog.md fails to load the whole task (it is missing from its board and searches): write '\(written) 00:00'",
                    location: entry.value.location, field: "due")
            case "status":
                if !adjustStatus(&entries[index], completed: completed, into: &result) { dropped.insert(index) }
            default: break
            }
        }
        let hadStatus = entries.contains { $0.key == "status" }
        entries = entries.indices.filter { !dropped.contains($0) }.map { entries[$0] }
        if completed, !hadStatus {
            entries.append(Self.synthetic("status", ItemStatus.done.rawValue))
        } else if !hadStatus {
            result.hidden.append(
                ParseProblem(
                    message:
                        "the task has no 'status'; Backlog.md leaves it off the board: add status: \(statuses.first ?? "To Do")",
                    location: .start, field: "status"))
            result.unknown.append((field: "status", location: .start))
        }
    }

    /// A task's status: a configured one (case and spaces aside) is rmlint's; in `completed/` it is
    /// done whatever it says; any other is a schema problem naming the configured ones. False when
    /// the entry is to be dropped (its value is unknown to the rules).
    private func adjustStatus(_ entry: inout YAMLEntry, completed: Bool, into result: inout Convention.Translation)
        -> Bool
    {
        let written = entry.value.string ?? (entry.value.isNull ? "" : entry.value.text)
        if completed {
            entry.value.value = .string(ItemStatus.done.rawValue)
        } else if let status = status(of: written) {
            entry.value.value = .string(status.rawValue)
        } else if written.trimmingCharacters(in: .whitespaces).isEmpty {
            result.hidden.append(
                ParseProblem(
                    message:
                        "status is empty; Backlog.md leaves the task off the board: set one of \(statusList)",
                    location: entry.value.location, field: "status"))
            result.unknown.append((field: "status", location: entry.value.location))
            return false
        } else {
            let source = configurationPath.map { "the statuses of \($0)" } ?? "Backlog.md's default statuses"
            result.schemaProblems.append(
                ParseProblem(
                    message:
                        "status '\(written)' is not one of \(source) (\(statusList)); use one of them, or add it to 'statuses'",
                    location: entry.value.location, field: "status"))
            result.unknown.append((field: "status", location: entry.value.location))
            return false
        }
        return true
    }

    private var statusList: String { statuses.joined(separator: ", ") }

    private static func scalarList(_ key: String, _ value: YAMLNode, example: String) -> ParseProblem {
        ParseProblem(
            message:
                "'\(key)' is written as a single value, which Backlog.md silently ignores; write a list: \(key): \(example)",
            location: value.location, field: key == "labels" ? "tags" : "depends_on")
    }

    /// Ids (a list, or one) canonical; numbers read as text.
    private static func canonicalIDs(_ node: YAMLNode) -> YAMLNode {
        var node = node
        switch node.value {
        case .string(let text): node.value = .string(canonicalID(text))
        case .int, .float: node.value = .string(canonicalID(node.text))
        case .sequence(let elements): node.value = .sequence(elements.map(canonicalIDs))
        default: break
        }
        return node
    }

    /// `2027-03-01 12:00` (Backlog.md's date and time) as the date rmlint reads.
    private static func datePart(_ node: inout YAMLNode) {
        guard let text = node.string, text.count > 10 else { return }
        let date = String(text.prefix(10))
        let rest = text.dropFirst(10)
        guard CalendarDate(date) != nil, rest.first == " " || rest.first == "T" else { return }
        node.value = .string(date)
    }

    /// The values marked before parsing (``markingHandles(_:)``) get their `@` back.
    private static func restoreHandles(_ node: inout YAMLNode, _ marks: Set<SourceLocation>) {
        switch node.value {
        case .string(let text) where text.hasPrefix("~") && marks.contains(node.location):
            let restored = "@" + text.dropFirst()
            node.value = .string(restored)
            node.text = restored
        case .sequence(var elements):
            for index in elements.indices { restoreHandles(&elements[index], marks) }
            node.value = .sequence(elements)
        default: break
        }
    }

    private static func synthetic(_ key: String, _ value: String) -> YAMLEntry {
        YAMLEntry(key: key, keyLocation: .start, value: YAMLNode(.string(value), at: .start, text: value))
    }

    /// Whether the file's name starts with `id` as written, case aside, then ` -` or `.md` (the
    /// usual case, told without building the name's id).
    private static func fileName(of path: String, startsWith id: String) -> Bool {
        let name = path.utf8.split(separator: UInt8(ascii: "/")).last ?? path.utf8[...]
        let written = id.utf8
        guard name.count > written.count else { return false }
        for (a, b) in zip(name, written) where a != b && !((65...90).contains(b) && a == b + 32) { return false }
        let rest = name.dropFirst(written.count)
        return rest.starts(with: " -".utf8) || rest.elementsEqual(".md".utf8)
    }
}
