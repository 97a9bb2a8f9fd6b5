import Foundation
import RMLintCore

/// What `rmlint init` finds a repository already keeps: a Backlog.md folder, or a folder of
/// Markdown files whose front-matter uses other keys consistently. It proposes the
/// `.rmlint.yml` that lints them, and says what it guessed.
package struct ConventionDetector {
    package var root: String

    package init(root: String) { self.root = root }

    /// A configuration to write and what was guessed, one line each.
    package struct Guess: Sendable {
        package var configuration: String
        package var notes: [String]
    }

    /// The convention of what the repository holds, or `nil` when it holds nothing to map.
    package func detect() -> Guess? {
        backlog() ?? foreign()
    }

    /// A Backlog.md folder: `backlog/` or `.backlog/` with a `config.yml`, or a `tasks/` folder.
    private func backlog() -> Guess? {
        guard let folder = BacklogLayout.folder(onDiskAt: root) else { return nil }
        let layout = (try? BacklogLayout.find(in: WorkingTreeSource(root: root))) ?? BacklogLayout(root: folder)
        let configuration = """
            # rmlint reads \(folder)/ as Backlog.md does: task_prefix and statuses from its config.yml,
            # tasks/, completed/, drafts/, archive/ and milestones/. Rules Backlog.md has no fields for
            # are off (`rmlint rules` lists them); turn one on under rules: to use it.
            convention: backlog.md

            """
        return Guess(
            configuration: configuration,
            notes: [
                "found a Backlog.md folder in \(folder)/ (task prefix '\(layout.prefix)', statuses \(layout.statuses.joined(separator: ", "))); wrote convention: backlog.md"
            ])
    }

    /// The folder of front-matter files lacking `id` or `kind` with the most files, mapped by the
    /// keys they use; `nil` when no key can be told to be the id.
    private func foreign() -> Guess? {
        guard let (folder, files) = ForeignFolder.largest(under: root) else { return nil }
        return ForeignMapping(folder: folder, files: files).guess()
    }
}
