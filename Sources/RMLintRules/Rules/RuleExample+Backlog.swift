import RMLintCore

extension RuleExample {
    /// An example in a Backlog.md folder (`convention: backlog.md`): `path` is inside `backlog/`,
    /// `context` holds the other files of the folder (paths inside `backlog/` too).
    package init(
        backlog path: String, _ content: String, context: [(path: String, content: String)] = [],
        today: String = RuleExample.defaultToday
    ) {
        self.init(
            file: path, content, context: context.map { File(path: "backlog/" + $0.path, content: $0.content) },
            configuration: "convention: backlog.md\n", today: today)
        files[0].path = "backlog/" + path
    }

    /// A Backlog.md task file's text.
    package static func task(
        _ id: String, _ title: String, status: String = "To Do", extra: String = "", body: String = ""
    ) -> String {
        """
        ---
        id: \(id)
        title: \(title)
        status: \(status)
        assignee: [alice]
        \(extra.isEmpty ? "" : extra + "\n")---

        \(body)
        """
    }

    /// A task file's path in `tasks/`: `tasks/task-3 - Title.md`.
    package static func taskFile(_ id: String, _ title: String, folder: String = "tasks") -> String {
        "\(folder)/\(id.lowercased()) - \(title).md"
    }

    /// A Backlog.md milestone file's text, due after the examples' today, with a description.
    package static func backlogMilestone(_ id: String, _ title: String, due: String = "2026-09-30 17:00") -> String {
        """
        ---
        id: \(id)
        title: \(title)
        due_date: \(due)
        ---

        ## Description

        \(narrative)
        """
    }
}
