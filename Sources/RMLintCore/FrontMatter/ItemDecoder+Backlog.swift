extension ItemDecoder {
    /// A file of a Backlog.md folder as Backlog.md reads it: files it does not read are no items,
    /// a task file it hides (another prefix, no front-matter, a front-matter that does not parse or
    /// that it fails to load) is unreadable, with the id its file name gives it.
    func readBacklog(_ bytes: [UInt8], size: Int?, path: String, layout: BacklogLayout) -> FileReading {
        guard let role = layout.role(of: path) else { return .notAnItem }
        let isMilestone = role == .milestone || role == .archivedMilestone
        let what = isMilestone ? "milestone" : role == .setAside ? "draft or archived task" : "task"
        func unreadable(_ message: String, at location: SourceLocation = .start, id: String? = nil) -> FileReading {
            let named = isMilestone ? nil : layout.fileID(of: path)
            // With no id to go by, links name nothing Backlog.md reads: the path stands in for one.
            let salvaged = SalvagedIdentity(id: id ?? named ?? path, kind: isMilestone ? .milestone : .backlog)
            return .unreadable(
                UnreadableFile(
                    path: path, problem: ParseProblem(message: message, location: location), salvaged: salvaged))
        }
        if role == .unreadTask {
            let folder = path.split(separator: "/").dropLast().last.map(String.init) ?? "tasks"
            return unreadable(
                "Backlog.md does not read this file: task files in \(folder)/ are named '\(layout.prefix)-<number> - <title>.md' (task_prefix '\(layout.prefix)'); rename it and its id, or move it out of \(folder)/",
                id: path)
        }
        let marked = BacklogLayout.markingHandles(bytes)
        switch FrontMatterParser.parse(marked?.bytes ?? bytes, size: size) {
        case .notAnItem:
            return unreadable(
                "the \(what) has no front-matter; Backlog.md loads it with an empty id and title: start the file with '---', id, title and status lines and '---'"
            )
        case .broken(let problem, let salvaged):
            let id = salvaged.id.map {
                isMilestone ? BacklogLayout.milestoneID($0) ?? $0 : BacklogLayout.canonicalID($0)
            }
            return unreadable(problem.message + "; Backlog.md skips the file silently", at: problem.location, id: id)
        case .item(let root, let words, let spans, let criteria):
            let (item, unloadable) = decodeReporting(
                root: root, bodyWordCount: words, spans: spans, path: path, criteria: criteria, role: role,
                marks: marked?.marks ?? [])
            if let unloadable { return unreadable(unloadable.message, at: unloadable.location, id: item.itemID) }
            return .item(item)
        }
    }
}

extension BacklogLayout {
    /// The bytes with every bare `@handle` of the front-matter (a value or list element starting
    /// with `@` outside quotes, as Backlog.md quotes them before parsing) read as `~handle` — one
    /// ASCII byte for one, so every column stays and the bytes stay ASCII — with where each is, so
    /// exactly those values get their `@` back. `nil` when there is none (most files).
    static func markingHandles(_ bytes: [UInt8]) -> (bytes: [UInt8], marks: Set<SourceLocation>)? {
        let at = UInt8(ascii: "@")
        guard bytes.contains(at), FrontMatterParser.opensFrontMatter(bytes) else { return nil }
        var out: [UInt8]?
        var marks = Set<SourceLocation>()
        var index = (bytes.firstIndex(of: 10) ?? bytes.count - 1) + 1
        var line = 2
        var column = 1
        var quote: UInt8?
        var previous: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if column == 1 {
                if byte == 45, index + 2 < bytes.count, bytes[index + 1] == 45, bytes[index + 2] == 45 { break }
                quote = nil
                previous = 0
            }
            let next = index + 1 < bytes.count ? bytes[index + 1] : 10
            if byte == at, quote == nil,
                previous == UInt8(ascii: ":") || previous == UInt8(ascii: "-") || previous == UInt8(ascii: "[")
                    || previous == UInt8(ascii: ","),
                ![10, 13, 32, 9, UInt8(ascii: ","), UInt8(ascii: "]")].contains(next)
            {
                if out == nil { out = bytes }
                out?[index] = UInt8(ascii: "~")
                marks.insert(SourceLocation(line: line, column: column))
            }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { quote = quote == byte ? nil : (quote ?? byte) }
            if byte != 32 && byte != 9 { previous = byte }
            if byte == 10 {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return out.map { ($0, marks) }
    }
}
