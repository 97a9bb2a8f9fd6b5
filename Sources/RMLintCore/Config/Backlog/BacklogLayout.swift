/// A Backlog.md folder as Backlog.md itself reads it (`convention: backlog.md`): where it is, what
/// its `config.yml` says (the task prefix, the statuses), which files are tasks, drafts and
/// milestones, and how it compares ids.
package struct BacklogLayout: Hashable, Sendable {
    /// The folder, relative to the repository: `backlog` or `.backlog`.
    package var root: String
    /// `task_prefix`, lower-cased: task files are `<prefix>-*.md`.
    package var prefix: String
    /// `statuses`, in order: the first is not started, the last is done.
    package var statuses: [String]
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
        /// A Markdown file at the top of `tasks/` or `completed/` that Backlog.md does not read
        /// (its name does not start with the task prefix).
        case unreadTask
    }

    /// The role of the file at `path` (repository-relative), or `nil` when Backlog.md does not read
    /// it as a task, draft or milestone (documents, decisions, sub-folders).
    package func role(of path: String) -> Role? {
        guard path.hasPrefix(root + "/") else { return nil }
        let parts = path.dropFirst(root.count + 1).split(separator: "/", omittingEmptySubsequences: false)
        guard let name = parts.last?.lowercased(), name.hasSuffix(".md") else { return nil }
        let folders = parts.dropLast().map { $0.lowercased() }
        switch folders {
        case ["tasks"], ["completed"]:
            return name.hasPrefix(prefix + "-") ? .task(completed: folders == ["completed"]) : .unreadTask
        case ["drafts"], ["archive", "drafts"]: return name.hasPrefix("draft-") ? .setAside : nil
        case ["archive", "tasks"]: return name.hasPrefix(prefix + "-") ? .setAside : nil
        case ["milestones"]: return name.hasPrefix("m-") ? .milestone : nil
        case ["archive", "milestones"]: return name.hasPrefix("m-") ? .archivedMilestone : nil
        default: return nil
        }
    }

    /// The id a file's name gives it (`back-12.1 - Title.md` → `BACK-12.1`), canonical.
    package func fileID(of path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dash = name.firstIndex(of: "-") else { return nil }
        let letters = name[..<dash]
        guard !letters.isEmpty, letters.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        let rest = name[name.index(after: dash)...]
        let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard !number.isEmpty, rest.dropFirst(number.count).hasPrefix(" -") || rest.dropFirst(number.count) == ".md"
        else { return nil }
        return Self.canonicalID(String(letters) + "-" + number)
    }

    /// An id as Backlog.md compares it: the prefix upper-cased, leading zeros dropped in every
    /// dotted number (`back-0100.01` → `BACK-100.1`); a bare number is a `TASK-` id, as Backlog.md
    /// reads it whatever the configured prefix. Other text is only trimmed.
    package static func canonicalID(_ written: String) -> String {
        let text = written.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) {
            return canonicalID("task-" + text)
        }
        guard let dash = text.firstIndex(of: "-") else { return text }
        let letters = text[..<dash]
        let segments = text[text.index(after: dash)...].split(separator: ".", omittingEmptySubsequences: false)
        guard !letters.isEmpty, letters.allSatisfy({ $0.isASCII && $0.isLetter }),
            segments.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return text }
        let numbers = segments.map { segment -> String in
            let trimmed = segment.drop { $0 == "0" }
            return trimmed.isEmpty ? "0" : String(trimmed)
        }
        return letters.uppercased() + "-" + numbers.joined(separator: ".")
    }

    /// A milestone reference as an id when it is written as one (`m-3`, `M-03`, `3`), else `nil`
    /// (a title, resolved against the milestones' titles).
    package static func milestoneID(_ written: String) -> String? {
        var text = written.trimmingCharacters(in: .whitespaces).lowercased()
        if text.hasPrefix("m-") { text.removeFirst(2) }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let trimmed = text.drop { $0 == "0" }
        return "m-" + (trimmed.isEmpty ? "0" : String(trimmed))
    }

    /// A status as Backlog.md compares it: lower-cased, without spaces.
    package static func statusKey(_ status: String) -> String {
        String(status.lowercased().filter { !$0.isWhitespace })
    }

    /// rmlint's status for a task's written status, or `nil` when it is none of the configured
    /// ones: the first is `open`, the last `done`, the others `in-progress`.
    package func status(of written: String) -> ItemStatus? {
        let key = Self.statusKey(written)
        guard let index = statuses.firstIndex(where: { Self.statusKey($0) == key }) else { return nil }
        if index == statuses.count - 1 { return .done }
        return index == 0 ? .open : .inProgress
    }
}
