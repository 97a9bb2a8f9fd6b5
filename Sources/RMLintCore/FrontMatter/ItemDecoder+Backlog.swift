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
        switch FrontMatterParser.parse(marked ?? bytes, size: size) {
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
                marked: marked != nil)
            if let unloadable { return unreadable(unloadable.message, at: unloadable.location, id: item.itemID) }
            return .item(item)
        }
    }
}

extension BacklogLayout {
    /// The bytes with every bare `@handle` of the front-matter (a value or list element starting
    /// with `@` outside quotes) marked, as Backlog.md quotes them before parsing; the body is
    /// untouched. `nil` when there is none (most files).
    static func markingHandles(_ bytes: [UInt8]) -> [UInt8]? {
        let at = UInt8(ascii: "@")
        guard bytes.contains(at), FrontMatterParser.opensFrontMatter(bytes) else { return nil }
        let mark = Array(String(handleMark).utf8)
        var out: [UInt8]?
        var index = (bytes.firstIndex(of: 10) ?? bytes.count - 1) + 1
        var lineStart = true
        var quote: UInt8?
        var previous: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if lineStart {
                if byte == 45, index + 2 < bytes.count, bytes[index + 1] == 45, bytes[index + 2] == 45 { break }
                quote = nil
                previous = 0
            }
            lineStart = byte == 10
            if byte == at, quote == nil,
                previous == UInt8(ascii: ":") || previous == UInt8(ascii: "-") || previous == UInt8(ascii: "[")
                    || previous == UInt8(ascii: ",")
            {
                if out == nil { out = Array(bytes[..<index]) }
                out?.append(contentsOf: mark)
            } else {
                out?.append(byte)
            }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { quote = quote == byte ? nil : (quote ?? byte) }
            if byte != 32 && byte != 9 { previous = byte }
            index += 1
        }
        guard var marked = out else { return nil }
        marked.append(contentsOf: bytes[index...])
        return marked
    }
}
