import Foundation

/// `rmlint init`: a commented `.rmlint.yml` and one example item of each kind, never overwriting;
/// with hooks, `.githooks/pre-commit` and `core.hooksPath`.
public struct ProjectInitializer {
    public var root: String
    public var today: CalendarDate

    public init(root: String, today: CalendarDate) {
        self.root = root
        self.today = today
    }

    /// Writes what is missing and returns one line per action, for the user.
    public func run(installHooks: Bool, repository: GitRepository?) throws -> [String] {
        var report: [String] = []
        let fileManager = FileManager.default
        let configPath = root + "/.rmlint.yml"
        var folder = "roadmap"
        if fileManager.fileExists(atPath: configPath) {
            report.append("kept .rmlint.yml (it exists)")
            if let bytes = fileManager.contents(atPath: configPath),
               let configuration = try? ConfigurationLoader(rules: RuleRegistry.options).load(Array(bytes), path: ".rmlint.yml"),
               let first = configuration.roadmap.first {
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
                try fileManager.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try text.write(toFile: target, atomically: true, encoding: .utf8)
                report.append("wrote \(folder)/\(path)")
            }
        } else {
            report.append("kept \(folder)/ (it is not empty)")
        }
        if installHooks {
            report += try installHook(repository: repository)
        }
        return report
    }

    private func installHook(repository: GitRepository?) throws -> [String] {
        guard let repository else {
            throw UsageError("--hooks needs a git repository; run 'git init' first")
        }
        var report: [String] = []
        let current = try repository.configString("core.hooksPath")
        if let current, current != ".githooks" {
            return ["core.hooksPath is already set to '\(current)'; left it alone. Call '.githooks/pre-commit' from your hook, or run 'rmlint lint --staged' there"]
        }
        let hookFolder = root + "/.githooks"
        let hookPath = hookFolder + "/pre-commit"
        if FileManager.default.fileExists(atPath: hookPath) {
            report.append("kept .githooks/pre-commit (it exists)")
        } else {
            try FileManager.default.createDirectory(atPath: hookFolder, withIntermediateDirectories: true)
            try PreCommitHook.script.write(toFile: hookPath, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hookPath)
            report.append("wrote .githooks/pre-commit")
        }
        if current == nil {
            try repository.setConfigString("core.hooksPath", ".githooks")
            report.append("set core.hooksPath to .githooks")
        }
        return report
    }
}
