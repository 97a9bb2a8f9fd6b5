import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// A roadmap held open and kept up to date as files are edited — what the language server stands
/// on, and any other tool that lints as a user types. The roadmap is the working tree with every
/// open document's current text in place of its file; an edit re-decodes that file only, and
/// `lint()` re-checks only what the edit can have changed (``ItemFindingsMemo``). Diagnostics are
/// those of `rmlint lint --base HEAD` on that overlay (plain `rmlint lint` without commits).
///
/// Not thread-safe: one session is used from one place at a time.
package final class RoadmapSession {
    /// The repository root, absolute.
    package let root: String
    package private(set) var configuration: ConfigurationState
    /// The roadmap as the open documents now read (files edited since the last look decoded first).
    package var roadmap: Roadmap {
        settle()
        return current
    }
    private var current: Roadmap
    /// Files edited or changed on disk and not decoded since: a burst of edits decodes once.
    private var stale: Set<String> = []
    /// The text of each open document, by repository-relative path.
    package private(set) var open: [String: String] = [:]
    /// What was last reported to a client, by path (for publishing only what changed).
    package var reported: [String: [Diagnostic]] = [:]
    /// The configuration error last shown to the user in a message (shown once, not per keystroke).
    package var shownConfigurationError: String?
    private var uris: [String: String] = [:]
    private let blobs = DecodedBlobs(keepsWorkingTree: true, blobID: GitObjectID.blob(of:))
    private let memo = ItemFindingsMemo()
    private let engine = LintEngine()
    /// The roadmap at HEAD, which change rules compare with; `nil` without commits.
    package private(set) var base: Roadmap?
    /// The commit `base` was read from: a commit or a branch switch moves HEAD, and the base with it.
    private var baseCommit: GitObjectID?
    /// The files on disk when last looked at (for clients that cannot watch files).
    private var snapshot: DiskSnapshot?
    /// When the working tree was last read in full (seconds since the epoch), and what was read:
    /// the first look at the disk compares with these (no snapshot is taken while loading).
    private var loadedAt = 0
    private var loadedPaths: Set<String> = []
    package let today: () -> CalendarDate

    /// Reads nothing from disk: only open documents count (a file opened outside any repository
    /// and workspace folder, where walking the folders around it is not wanted).
    package let openFilesOnly: Bool

    /// Opens the repository holding `directory` (the working tree as it is on disk); with
    /// `openFilesOnly`, `directory` is the root and only open documents are read.
    package init(
        directory: String, openFilesOnly: Bool = false, today: @escaping () -> CalendarDate = CalendarDate.todayUTC
    ) {
        root = openFilesOnly ? RepositoryLocator.canonical(directory) : RepositoryLocator.root(from: directory)
        self.openFilesOnly = openFilesOnly
        self.today = today
        let bytes =
            openFilesOnly ? nil : FileManager.default.contents(atPath: root + "/.rmlint.yml").map(Array.init)
        let source = WorkingTreeSource(root: root)
        configuration = ConfigurationState(loader: ConfigurationLoader.standard, bytes: bytes) {
            try $0.completed(from: source)
        }
        current = Roadmap(revision: .workingTree, configuration: Configuration(), items: [], unreadable: [])
        reload()
    }

    /// Reads every roadmap file again under the configuration in force (start, a configuration change).
    package func reload() {
        loadWorkingTree()
        guard !openFilesOnly else { return }
        baseCommit = Self.head(at: root)
        base = try? Workspace.loadHeadBase(at: root, fallback: configuration.current, memo: blobs)
    }

    private static func head(at root: String) -> GitObjectID? {
        try? GitRepository.open(at: root, purpose: "reading HEAD").commit("HEAD")
    }

    /// Looks at the disk again: HEAD (a commit or checkout changes what change rules compare with)
    /// and, with `files` (a client that cannot watch them), every roadmap file's stamp. Returns
    /// whether anything changed.
    package func noticeDiskChanges(files: Bool) -> Bool {
        guard !openFilesOnly else { return false }
        var changed = false
        if Self.head(at: root) != baseCommit {
            baseCommit = Self.head(at: root)
            base = try? Workspace.loadHeadBase(at: root, fallback: configuration.current, memo: blobs)
            changed = true
        }
        guard files else { return changed }
        let now = DiskSnapshot(root: root, folders: configuration.current.roadmap)
        defer { snapshot = now }
        let paths = snapshot.map { now.changes(since: $0) } ?? now.changes(sinceReading: loadedPaths, at: loadedAt)
        for path in paths { diskChanged(path) }
        return changed || !paths.isEmpty
    }

    private func loadWorkingTree() {
        loadedAt = time(nil)
        snapshot = nil
        let source = OverlaySource(disk: openFilesOnly ? nil : WorkingTreeSource(root: root), open: open)
        let loaded = try? RoadmapLoader(configuration: configuration.current).load(
            from: source, revision: .workingTree, memo: blobs)
        stale = []
        current =
            loaded ?? Roadmap(revision: .workingTree, configuration: configuration.current, items: [], unreadable: [])
        loadedPaths = Set(current.items.map(\.path) + current.unreadable.map(\.path))
        if !openFilesOnly, FileManager.default.fileExists(atPath: root + "/.rmlint.yml") {
            loadedPaths.insert(".rmlint.yml")
        }
    }

    /// Whether `path` (repository-relative) is a roadmap file the session serves.
    package func serves(_ path: String) -> Bool {
        guard path.hasSuffix(".md") else { return path == ".rmlint.yml" || Self.backlogConfigurations.contains(path) }
        return configuration.current.roadmap.contains { path.hasPrefix($0 + "/") }
            && !configuration.current.exclude.contains { Glob($0).matches(path) }
    }

    /// A document opened or edited: its text replaces the file's.
    package func set(_ path: String, text: String) {
        open[path] = text
        refresh(path)
    }

    /// A document closed: the file on disk counts again.
    package func close(_ path: String) {
        open[path] = nil
        refresh(path)
    }

    /// A file changed, appeared or went on disk (ignored while it is open: the editor's text wins).
    package func diskChanged(_ path: String) {
        guard open[path] == nil else { return }
        refresh(path)
    }

    /// The text the session reads for `path`: the open document's, else the file's.
    package func text(of path: String) -> String? {
        guard !openFilesOnly else { return open[path] }
        return open[path]
            ?? FileManager.default.contents(atPath: root + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Backlog.md's own configuration files, which the `backlog.md` convention reads.
    static let backlogConfigurations = BacklogLayout.roots.flatMap { root in
        BacklogLayout.configurationNames.map { root + "/" + $0 }
    }

    private func refresh(_ path: String) {
        if path == ".rmlint.yml" || Self.backlogConfigurations.contains(path) {
            let before = configuration.current
            configuration.update(text(of: ".rmlint.yml").map { Array($0.utf8) })
            // Typing in the file re-reads the roadmap only when what is in force changed.
            if configuration.current != before { reload() }
            return
        }
        guard serves(path) else { return }
        // A roadmap folder that appears: read the whole of it (its absence was a diagnostic).
        if current.missingFolders.contains(where: { path.hasPrefix($0 + "/") }) { return loadWorkingTree() }
        stale.insert(path)
    }

    /// Decodes the files edited since the last look.
    private func settle() {
        guard !stale.isEmpty else { return }
        let loader = RoadmapLoader(configuration: configuration.current)
        let source = OverlaySource(disk: openFilesOnly ? nil : WorkingTreeSource(root: root), open: open)
        for path in stale.sorted(by: PathOrder.precedes) {
            current.replace(loader.reading(at: path, from: source), at: path)
        }
        stale = []
    }

    /// The `file://` URI of a repository-relative path (percent-encoded once, then remembered).
    package func uri(_ path: String) -> String {
        if let known = uris[path] { return known }
        let absolute = root + "/" + path
        let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#[]@!$&'()*+,;="))
        let uri = "file://" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute)
        uris[path] = uri
        return uri
    }

    /// The paths whose diagnostics differ from what was last reported, with their diagnostics now
    /// (empty for a path whose diagnostics are gone), in path order; they count as reported after this.
    package func changedSinceReported() -> [(path: String, diagnostics: [Diagnostic])] {
        let current = lint()
        var changed: [(path: String, diagnostics: [Diagnostic])] = []
        for (path, diagnostics) in current where reported[path] != diagnostics { changed.append((path, diagnostics)) }
        for path in reported.keys where current[path] == nil { changed.append((path, [])) }
        reported = current
        return changed.sorted { PathOrder.precedes($0.path, $1.path) }
    }

    /// Every diagnostic, by repository-relative path; an invalid configuration is one on `.rmlint.yml`.
    package func lint() -> [String: [Diagnostic]] {
        var byPath: [String: [Diagnostic]] = [:]
        for diagnostic in engine.lint(roadmap, base: base, today: today(), memo: memo).diagnostics {
            byPath[diagnostic.path, default: []].append(diagnostic)
        }
        if let error = configuration.error {
            byPath[error.path, default: []].append(
                Diagnostic(
                    rule: "configuration", severity: .error, path: error.path, line: error.location.line,
                    column: error.location.column, item: nil,
                    message: error.message + " (the last valid configuration stays in force)",
                    fingerprint: Fingerprint(rule: "configuration", subject: error.path, field: "")))
        }
        return byPath
    }
}

/// The working tree with open documents' text in place of their files (only those without a disk).
struct OverlaySource: RoadmapSource {
    let disk: WorkingTreeSource?
    let open: [String: String]

    func markdownFiles(under folder: String) throws -> [SourceEntry]? {
        var entries = try disk?.markdownFiles(under: folder)
        let present = Set((entries ?? []).map(\.path))
        for (path, text) in open where path.hasPrefix(folder + "/") && path.hasSuffix(".md") && !present.contains(path)
        {
            if entries == nil { entries = [] }
            entries?.append(SourceEntry(path: path, type: .regular, size: text.utf8.count, handle: "open"))
        }
        return entries?.sorted { PathOrder.precedes($0.path, $1.path) }
    }

    func contents(of entry: SourceEntry, limit: Int) throws -> [UInt8] {
        // One byte over the limit, as the working tree reads, so that an oversized buffer is one.
        if let text = open[entry.path] { return Array(text.utf8.prefix(limit + 1)) }
        return try disk?.contents(of: entry, limit: limit) ?? []
    }

    func file(at path: String) throws -> [UInt8]? {
        if let text = open[path] { return Array(text.utf8) }
        return try disk?.file(at: path)
    }

    func size(of entry: SourceEntry) -> Int { open[entry.path]?.utf8.count ?? disk?.size(of: entry) ?? entry.size }

    func entry(at path: String) throws -> SourceEntry? {
        if let text = open[path] {
            return SourceEntry(path: path, type: .regular, size: text.utf8.count, handle: "open")
        }
        return try disk?.entry(at: path)
    }

    var allowsConcurrentReads: Bool { true }
}
