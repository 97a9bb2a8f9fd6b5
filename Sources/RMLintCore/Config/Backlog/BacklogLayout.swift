/// A Backlog.md folder as Backlog.md itself reads it (`convention: backlog.md`): where it is, what
/// its `config.yml` says (the task prefix, the statuses), which files are tasks, drafts and
/// milestones, and how it compares ids.
package struct BacklogLayout: Hashable, Sendable {
    /// The folder, relative to the repository: `backlog` or `.backlog`.
    package var root: String
    /// `task_prefix`, lower-cased: task files are `<prefix>-*.md`.
    package var prefix: String
    /// `statuses`, in order: the first is not started, the last is done.
    package var statuses: [String] { didSet { foldedStatuses = statuses.map(Self.folded) } }
    /// `statuses` as compared (``statusKey(_:)``).
    private var foldedStatuses: [[UInt8]]
    /// `default_status`, when `config.yml` sets one.
    package var defaultStatus: String?
    /// Where `config.yml` is, for messages; `nil` when the folder has none.
    package var configurationPath: String?

    package static let defaultPrefix = "task"
    package static let defaultStatuses = ["To Do", "In Progress", "Done"]
    /// The folders Backlog.md looks in, in its order.
    package static let roots = ["backlog", ".backlog"]

    package init(
        root: String = "backlog", prefix: String = defaultPrefix, statuses: [String] = defaultStatuses,
        defaultStatus: String? = nil, configurationPath: String? = nil
    ) {
        self.root = root
        self.prefix = prefix.lowercased()
        self.statuses = statuses
        foldedStatuses = statuses.map(Self.folded)
        self.defaultStatus = defaultStatus
        self.configurationPath = configurationPath
    }

    /// What a file is to Backlog.md.
    package enum Role: Sendable, Equatable {
        /// A task in `tasks/`, or in `completed/` (done whatever its status says).
        case task(completed: Bool)
        /// A draft (`drafts/draft-*.md`) or an archived task or draft: read, never a link target.
        case setAside
        /// `milestones/m-*.md`.
        case milestone
        /// `archive/milestones/m-*.md`: not a link target, but a link naming it is told so.
        case archivedMilestone
        /// A task file at the top of `tasks/` or `completed/` that Backlog.md does not read: named
        /// like one (`task-8 - Title.md`) but with another prefix.
        case unreadTask
    }

    /// The role of the file at `path` (repository-relative), or `nil` when Backlog.md does not read
    /// it as a task, draft or milestone (documents, decisions, sub-folders).
    package func role(of path: String) -> Role? {
        let bytes = path.utf8
        guard bytes.count > root.utf8.count + 1, bytes.starts(with: root.utf8),
            bytes.dropFirst(root.utf8.count).first == UInt8(ascii: "/")
        else { return nil }
        let rest = bytes.dropFirst(root.utf8.count + 1)
        guard let slash = rest.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        let folder = rest[..<slash]
        let name = rest[rest.index(after: slash)...]
        guard name.count > 3, name.suffix(3).elementsEqual(".md".utf8) else { return nil }
        func named(_ start: String) -> Bool {
            name.count > start.utf8.count + 3 && name.starts(with: start.utf8)
        }
        func isFolder(_ text: String) -> Bool { folder.elementsEqual(text.utf8) }
        if isFolder("tasks") || isFolder("completed") {
            if named(prefix + "-") { return .task(completed: isFolder("completed")) }
            // A task file of another prefix (`task-8 - …` after a prefix change) is hidden; a README is not a task.
            let letters = name.prefix { Self.isLetter($0) }
            let digit = name.dropFirst(letters.count + 1).first
            guard !letters.isEmpty, name.dropFirst(letters.count).first == UInt8(ascii: "-"), let digit,
                digit >= 48, digit <= 57
            else { return nil }
            return .unreadTask
        }
        if isFolder("drafts") || isFolder("archive/drafts") { return named("draft-") ? .setAside : nil }
        if isFolder("archive/tasks") { return named(prefix + "-") ? .setAside : nil }
        if isFolder("milestones") { return named("m-") ? .milestone : nil }
        if isFolder("archive/milestones") { return named("m-") ? .archivedMilestone : nil }
        return nil
    }

    /// The id a file's name gives it (`back-12.1 - Title.md` → `BACK-12.1`), canonical.
    package func fileID(of path: String) -> String? {
        let name = path.utf8.split(separator: UInt8(ascii: "/")).last ?? path.utf8[...]
        let letters = name.prefix { Self.isLetter($0) }
        guard !letters.isEmpty, name.dropFirst(letters.count).first == UInt8(ascii: "-") else { return nil }
        let rest = name.dropFirst(letters.count + 1)
        var number = rest.prefix { ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: ".") }
        if number.last == UInt8(ascii: ".") { number = number.dropLast() }  // `back-12.md`
        let after = rest.dropFirst(number.count)
        guard !number.isEmpty, after.starts(with: " -".utf8) || after.elementsEqual(".md".utf8) else { return nil }
        return Self.canonicalID(String(decoding: name.prefix(letters.count + 1 + number.count), as: UTF8.self))
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) }

    /// An id as Backlog.md compares it: the prefix upper-cased, leading zeros dropped in every
    /// dotted number (`back-0100.01` → `BACK-100.1`); a bare number is a `TASK-` id, as Backlog.md
    /// reads it whatever the configured prefix. Other text is only trimmed of spaces.
    package static func canonicalID(_ written: String) -> String {
        let trimmed = written.trimmedOfSpaces
        let bytes = trimmed.utf8[...]
        let isNumber = { (byte: UInt8) in byte >= 48 && byte <= 57 }
        if !bytes.isEmpty, bytes.allSatisfy({ isNumber($0) || $0 == UInt8(ascii: ".") }) {
            return canonicalID("task-" + String(decoding: bytes, as: UTF8.self))
        }
        let letters = bytes.prefix(while: isLetter)
        let text = trimmed
        guard !letters.isEmpty, bytes.dropFirst(letters.count).first == UInt8(ascii: "-") else { return text }
        let segments = bytes.dropFirst(letters.count + 1).split(
            separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard segments.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isNumber) }) else { return text }
        // Most ids are written canonically already.
        if letters.allSatisfy({ (65...90).contains($0) }), segments.allSatisfy({ $0.count == 1 || $0.first != 48 }) {
            return text
        }
        var out = String(decoding: letters, as: UTF8.self).uppercased() + "-"
        for (index, segment) in segments.enumerated() {
            if index > 0 { out += "." }
            let trimmed = segment.drop { $0 == 48 }
            out += trimmed.isEmpty ? "0" : String(decoding: trimmed, as: UTF8.self)
        }
        return out
    }

    /// A milestone reference as an id when it is written as one (`m-3`, `M-03`, `3`), else `nil`
    /// (a title, resolved against the milestones' titles).
    package static func milestoneID(_ written: String) -> String? {
        let trimmed = written.trimmedOfSpaces
        var bytes = trimmed.utf8[...]
        if let first = bytes.first, first == UInt8(ascii: "m") || first == UInt8(ascii: "M"),
            bytes.dropFirst().first == UInt8(ascii: "-")
        {
            bytes = bytes.dropFirst(2)
        }
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        let number = bytes.drop { $0 == 48 }
        return "m-" + (number.isEmpty ? "0" : String(decoding: number, as: UTF8.self))
    }

    /// A status as Backlog.md compares it: lower-cased, without spaces.
    package static func statusKey(_ status: String) -> String {
        String(decoding: folded(status), as: UTF8.self)
    }

    /// The bytes of `text` lower-cased (ASCII) without ASCII white space; other bytes as they are.
    private static func folded(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 where byte != 32 && byte != 9 {
            out.append((65...90).contains(byte) ? byte + 32 : byte)
        }
        return out
    }

    /// rmlint's status for a task's written status, or `nil` when it is none of the configured
    /// ones: the first is `open`, the last `done`, the others `in-progress`.
    package func status(of written: String) -> ItemStatus? {
        let key = Self.folded(written)
        guard let index = foldedStatuses.firstIndex(of: key) else { return nil }
        if index == statuses.count - 1 { return .done }
        return index == 0 ? .open : .inProgress
    }
}
