import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// `rmlint init`: a commented `.rmlint.yml` and one example item of each kind, never overwriting;
/// with hooks, `.githooks/pre-commit` and `core.hooksPath`.
///
/// Everything that could make `--hooks` fail is checked before any file is written, and a user's
/// existing hooks are never silently disabled.
public struct ProjectInitializer {
    public var root: String
    public var today: CalendarDate

    public init(root: String, today: CalendarDate) {
        self.root = root
        self.today = today
    }

    /// Writes what is missing and returns one line per action, for the user.
    /// With `detectOnly`, only a convention for what the repository already holds is written
    /// (never the example items).
    package func run(installHooks: Bool, repository: GitRepository?, detectOnly: Bool = false) throws -> [String] {
        if let repository, repository.isBare {
            throw UsageError(
                "\(root) is a bare repository: it has no work tree for .rmlint.yml and roadmap/, and core.hooksPath there would disable the server's own hooks; run 'rmlint init' in a clone (nothing was written)"
            )
        }
        let plan = installHooks ? try HookPlan(repository: repository, root: root) : nil
        var report = try detected(only: detectOnly) ?? writeStarterFiles()
        if let plan { report += try plan.carryOut(root: root) }
        return report
    }

    /// A configuration for the roadmap the repository already keeps in another vocabulary
    /// (Backlog.md, a folder of front-matter files), written when there is no `.rmlint.yml`; `nil`
    /// when there is nothing to detect and example items are wanted.
    private func detected(only: Bool) throws -> [String]? {
        let configPath = root + "/.rmlint.yml"
        guard !FileManager.default.fileExists(atPath: configPath) else {
            return only ? ["kept .rmlint.yml (it exists); nothing was detected or written"] : nil
        }
        guard let guess = ConventionDetector(root: root).detect() else {
            return only
                ? [
                    "found no Backlog.md folder and no folder of front-matter files in another vocabulary; nothing was written (run 'rmlint init' for an example roadmap)"
                ] : nil
        }
        guard !guess.configuration.isEmpty else { return guess.notes }
        try guess.configuration.write(toFile: configPath, atomically: true, encoding: .utf8)
        return ["wrote .rmlint.yml"] + guess.notes
    }

    private func writeStarterFiles() throws -> [String] {
        var report: [String] = []
        let fileManager = FileManager.default
        let configPath = root + "/.rmlint.yml"
        var folder = "roadmap"
        if fileManager.fileExists(atPath: configPath) {
            report.append("kept .rmlint.yml (it exists)")
            if let bytes = fileManager.contents(atPath: configPath),
                case .success(let configuration) = ConfigurationLoader.standard.read(Array(bytes)),
                let first = configuration.roadmap.first
            {
                folder = first
            }
        } else {
            try StarterRoadmap.configuration.write(toFile: configPath, atomically: true, encoding: .utf8)
            report.append("wrote .rmlint.yml")
        }
        let folderPath = root + "/" + folder
        let existing = (try? fileManager.contentsOfDirectory(atPath: folderPath)) ?? []
        if existing.isEmpty {
            for (path, text) in StarterRoadmap.items(today: today) {
                let target = folderPath + "/" + path
                try fileManager.createDirectory(
                    atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try text.write(toFile: target, atomically: true, encoding: .utf8)
                report.append("wrote \(folder)/\(path)")
            }
        } else {
            report.append("kept \(folder)/ (it is not empty)")
        }
        return report
    }
}

/// What `--hooks` will do, decided before anything is written.
private struct HookPlan {
    /// `core.hooksPath` must be set to `.githooks` (it is unset now).
    var setHooksPath: Bool
    /// Hooks are managed elsewhere: report, write nothing.
    var leaveAlone: String?
    let repository: GitRepository

    init(repository: GitRepository?, root: String) throws {
        guard let repository else {
            throw UsageError(
                "--hooks needs a git repository, and \(root) is not in one; run 'git init' first (nothing was written)")
        }
        self.repository = repository
        let target = RepositoryLocator.canonical(root + "/.githooks")
        guard let current = try repository.configString("core.hooksPath") else {
            let folder = repository.commonDirectory + "/hooks"
            let active = HookPlan.activeHooks(in: folder)
            if !active.isEmpty {
                let shown = RepositoryLocator.relative(RepositoryLocator.canonical(folder), to: root) ?? folder
                throw UsageError(
                    "the repository already has active hooks in \(shown) (\(active.joined(separator: ", "))); pointing core.hooksPath at .githooks would silently disable them. Move them into .githooks/ and run 'rmlint init --hooks' again, or add 'rmlint lint --staged' to \(shown)/pre-commit yourself (nothing was written)"
                )
            }
            setHooksPath = true
            return
        }
        setHooksPath = false
        let absolute = current.hasPrefix("/") ? current : root + "/" + current
        if RepositoryLocator.canonical(absolute) != target {
            leaveAlone =
                "core.hooksPath is already set to '\(current)'; left it alone and wrote no hook. Add 'rmlint lint --staged' to \(HookPlan.editedHook(forHooksPath: current)) to lint each commit"
        }
    }

    /// The file a user edits to add a pre-commit command under `hooksPath`: husky generates
    /// `.husky/_/pre-commit` and runs the `.husky/pre-commit` its users write.
    static func editedHook(forHooksPath hooksPath: String) -> String {
        let trimmed = hooksPath.hasSuffix("/") ? String(hooksPath.dropLast()) : hooksPath
        if trimmed.hasSuffix(".husky/_") {
            return "'\(trimmed.dropLast(2))/pre-commit' (husky runs it; .husky/_ is generated)"
        }
        return "'\(trimmed)/pre-commit'"
    }

    func carryOut(root: String) throws -> [String] {
        if let leaveAlone { return [leaveAlone] }
        var report: [String] = []
        let hookFolder = root + "/.githooks"
        let hookPath = hookFolder + "/pre-commit"
        if let existing = FileManager.default.contents(atPath: hookPath) {
            let runsRMLint = String(decoding: existing, as: UTF8.self).contains("rmlint")
            report.append(
                runsRMLint
                    ? "kept .githooks/pre-commit (it exists)"
                    : "kept .githooks/pre-commit (it exists) but it does not run rmlint: add 'rmlint lint --staged' to it to lint each commit"
            )
        } else {
            try FileManager.default.createDirectory(atPath: hookFolder, withIntermediateDirectories: true)
            try PreCommitHook.script.write(toFile: hookPath, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hookPath)
            report.append("wrote .githooks/pre-commit")
        }
        if setHooksPath {
            try repository.setConfigString("core.hooksPath", ".githooks")
            report.append("set core.hooksPath to .githooks")
        }
        return report
    }

    /// Executable hooks git would run from `folder` (samples excluded), by name.
    static func activeHooks(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { name in
            !name.hasSuffix(".sample") && FileManager.default.isExecutableFile(atPath: folder + "/" + name)
        }.sorted()
    }
}
