import RMLintCore
import RMLintRules

/// One fuzzing input per call, for the libFuzzer targets in `Fuzz/` (a separate package, so these
/// are public) and for the test that replays their corpora. Nothing here touches the file system.
public enum FuzzEntryPoints {
    /// Today, fixed, so a crash reproduces.
    static let today = CalendarDate(year: 2026, month: 11, day: 24) ?? CalendarDate.todayUTC()

    /// A whole roadmap file: parsed and decoded as an item.
    public static func frontMatter(_ bytes: [UInt8]) {
        _ = ItemDecoder().read(bytes, path: "roadmap/item.md")
        // And as Backlog.md's task, completed task and milestone (the @handle marking, the translation).
        for path in ["backlog/tasks/task-1 - Item.md", "backlog/completed/task-2.md", "backlog/milestones/m-1 - M.md"] {
            _ = backlogDecoder.read(bytes, path: path)
        }
    }

    /// A decoder under `convention: backlog.md` with Backlog.md's defaults.
    private static let backlogDecoder: ItemDecoder = {
        var configuration = Configuration()
        configuration.convention = Convention.backlogMD(BacklogLayout())
        return ItemDecoder(settings: ItemDecoder.Settings(configuration))
    }()

    /// A `.rmlint.yml`.
    public static func configuration(_ bytes: [UInt8]) {
        _ = ConfigurationLoader.standard.read(bytes)
    }

    /// A small roadmap, end to end. The first byte picks the one output format rendered; the rest
    /// is split at NUL bytes into files: the first part is `.rmlint.yml` (when it loads), the others
    /// items spread over the four kinds' folders. Returns the rendered report.
    @discardableResult
    public static func lint(_ bytes: [UInt8]) -> String {
        guard let selector = bytes.first else { return "" }
        let parts = bytes.dropFirst().split(separator: 0, omittingEmptySubsequences: false).map(Array.init)
        let configuration = parts.first.flatMap { try? ConfigurationLoader.standard.read($0).get() } ?? Configuration()
        var files: [String: [UInt8]] = [:]
        let folders = ["themes", "goals", "milestones", "backlog"]
        for (index, part) in parts.dropFirst().enumerated() {
            files["roadmap/\(folders[index % folders.count])/item-\(index).md"] = part
        }
        guard let roadmap = try? RoadmapLoader(configuration: configuration).load(from: MemorySource(files: files))
        else { return "" }
        let report = LintEngine().lint(roadmap, today: today)
        let result = LintResult(diagnostics: report.diagnostics, itemCount: roadmap.itemCount, notes: report.notes)
        let formats = LintReporters.registry.reporters
        let reporter = formats[Int(selector) % formats.count].init(options: ReporterOptions())
        return reporter.report(result)
    }
}
