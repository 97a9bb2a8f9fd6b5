import Dispatch
import Foundation
import RMLintCore
import RMLintGit
import RMLintRules

/// One commit of the first-parent walk and the roadmap files it changed.
package struct WalkedCommit: Sendable {
    package var id: GitObjectID
    /// The UTC calendar date of the committer timestamp.
    package var date: CalendarDate
    /// Roadmap `*.md` files changed against the first parent; empty when the roadmap did not change.
    package var changes: [GitTreeChange]
}

/// What a blob holds, read once however often it appears.
package enum BlobReading: Sendable {
    case item(ItemSnapshot)
    /// It opens a front-matter but does not parse, or its id cannot be read.
    case unreadable
    /// Not an item at all (no front-matter).
    case notAnItem
}

/// Walks the first-parent history of a revision, oldest first. A commit whose roadmap subtrees
/// have the same ids as its parent's costs one lookup per folder; otherwise only those subtrees
/// are diffed. The folders read at each commit are those of the configuration at the revision plus
/// those of the commit's own `.rmlint.yml` (so a folder renamed along with its configuration is
/// followed); every changed blob is read once on this thread and parsed, front-matter only, on all cores.
package struct HistoryWalker {
    package let repository: GitRepository
    /// Decoding settings from the configuration at the revision.
    package let settings: ItemDecoder.Settings
    /// Told (commits done, commits in all) every few hundred commits of a long walk.
    package var progress: (@Sendable (Int, Int) -> Void)?
    /// Folders and excludes of the configuration at the revision: read at every commit.
    package let folders: [String]
    package let excludes: [String]

    package init(
        repository: GitRepository, settings: ItemDecoder.Settings, folders: [String] = Configuration().roadmap,
        excludes: [String] = [], progress: (@Sendable (Int, Int) -> Void)? = nil
    ) {
        self.repository = repository
        self.settings = settings
        self.folders = folders
        self.excludes = excludes
        self.progress = progress
    }

    /// A fresh walk state: the revision's folders plus the default folder of a commit without configuration.
    package var initialState: State {
        var state = State()
        state.roadmap = Set(folders + Configuration().roadmap).sorted()
        state.excludes = excludes
        return state
    }

    package struct Walk: Sendable {
        package var commits: [WalkedCommit]
        package var readings: [GitObjectID: BlobReading]
        /// Whether readings are known by blob and path (decoding depends on the path), not by blob.
        package var keyedByPath = false

        /// What the blob a change brought holds.
        package func reading(of change: GitTreeChange) -> BlobReading? {
            guard let id = change.newID, change.newMode & 0o170000 == 0o100000 else { return nil }
            return readings[keyedByPath ? id.keyed(by: change.path) : id]
        }
    }

    /// Whether a blob's reading depends on where it is.
    private var keyedByPath: Bool { settings.convention?.readsPath == true }

    /// Where a walk stopped: the folders and excludes in force, the configuration's blob and each
    /// folder's subtree at the last commit walked. A later walk resumes from it.
    package struct State: Sendable {
        var roadmap = Configuration().roadmap
        var excludes: [String] = []
        var configurationID: GitObjectID?
        var trees: [String: GitObjectID] = [:]

        package init() {}
    }

    /// The whole first-parent history of a revision.
    package func walk(_ revision: String) throws -> Walk {
        var state = initialState
        return try walk(try repository.firstParentHistory(of: revision), from: &state)
    }

    /// Walks `history` (oldest first) on from `state`.
    /// The result holds the new commits and the readings of the blobs they brought.
    package func walk(_ history: [GitCommitInfo], from state: inout State) throws -> Walk {
        var commits: [WalkedCommit] = []
        commits.reserveCapacity(history.count)
        var blobs: [GitObjectID: (id: GitObjectID, path: String)] = [:]
        for (number, commit) in history.enumerated() {
            if number % 250 == 0, number > 0 { progress?(number, history.count) }
            let previous = state.roadmap
            // One read of the root tree per commit: the configuration's blob and every folder's subtree.
            var names = Set(previous + state.roadmap).sorted()
            var found = try repository.entryIDs(
                at: [(".rmlint.yml", false)] + names.map { ($0, true) }, inTree: commit.tree)
            if try update(&state, configuration: found[0]) {
                names = Set(previous + state.roadmap).sorted()
                found = try repository.entryIDs(
                    at: [(".rmlint.yml", false)] + names.map { ($0, true) }, inTree: commit.tree)
            }
            let globs = state.excludes.map(Glob.init)
            var changed: [String: GitTreeChange] = [:]
            var current: [String: GitObjectID] = [:]
            for (folder, subtree) in zip(names, found.dropFirst()) {
                let now = state.roadmap.contains(folder) ? subtree : nil
                if let now { current[folder] = now }
                let before = previous.contains(folder) ? state.trees[folder] : nil
                guard before != now else { continue }
                for change in try repository.changes(from: before, to: now, prefix: folder.isEmpty ? "" : folder + "/")
                where change.path.hasSuffix(".md") && !globs.contains(where: { $0.matches(change.path) }) {
                    changed[change.path] = change
                }
            }
            state.trees = current
            let changes = changed.values.sorted { PathOrder.precedes($0.path, $1.path) }
            for change in changes where change.newMode & 0o170000 == 0o100000 {
                guard let id = change.newID else { continue }
                blobs[keyedByPath ? id.keyed(by: change.path) : id] = (id, change.path)
            }
            commits.append(WalkedCommit(id: commit.id, date: CalendarDate.utc(seconds: commit.time), changes: changes))
        }
        progress?(history.count, history.count)
        return Walk(
            commits: commits, readings: try read(blobs.map { ($0.key, $0.value.id, $0.value.path) }),
            keyedByPath: keyedByPath)
    }

    /// Takes in a commit's `.rmlint.yml` blob; true when the folders changed. A configuration that
    /// does not load at some commit leaves the folders as they were.
    private func update(_ state: inout State, configuration id: GitObjectID?) throws -> Bool {
        guard id != state.configurationID else { return false }
        state.configurationID = id
        let before = state.roadmap
        guard let id else {
            state.roadmap = initialState.roadmap
            state.excludes = excludes
            return state.roadmap != before
        }
        let bytes = try repository.blob(id).bytes
        guard case .success(let configuration) = ConfigurationLoader.standard.read(bytes) else { return false }
        state.roadmap = Set(folders + configuration.roadmap).sorted()
        state.excludes = Array(Set(excludes + configuration.exclude)).sorted()
        return state.roadmap != before
    }

    /// Reads and parses every blob on all cores, each thread through its own repository handle
    /// (libgit2 objects are never shared between threads).
    private func read(_ requests: [(key: GitObjectID, id: GitObjectID, path: String)]) throws -> [GitObjectID:
        BlobReading]
    {
        guard !requests.isEmpty else { return [:] }
        let ids = requests.map(\.id)
        let lanes = max(1, min(ProcessInfo.processInfo.activeProcessorCount, ids.count / 64 + 1))
        let handles = try [repository] + (1..<lanes).map { _ in try repository.reopened() }
        let decoder = ItemDecoder(settings: settings)
        let readings = ResultSlots<BlobReading>(count: ids.count)
        let failure = FailureSlot()
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            let handle = handles[lane]
            for index in stride(from: lane, to: ids.count, by: lanes) {
                do throws(GitError) {
                    let bytes = try handle.blob(ids[index], limit: FrontMatterParser.maximumSize + 1).bytes
                    readings[index] = HistoryWalker.reading(bytes, decoder: decoder, path: requests[index].path)
                } catch {
                    failure.record(error)
                    return
                }
            }
        }
        if let error = failure.error { throw error }
        var result: [GitObjectID: BlobReading] = [:]
        result.reserveCapacity(ids.count)
        for (index, reading) in readings.values.enumerated() { result[requests[index].key] = reading }
        return result
    }

    /// A blob's reading at `path` (which decoding reads only when the convention says so).
    static func reading(_ bytes: [UInt8], decoder: ItemDecoder, path: String) -> BlobReading {
        switch decoder.read(bytes, path: path) {
        case .notAnItem: return .notAnItem
        case .unreadable: return .unreadable
        case .item(let item) where item.fields.setAside: return .notAnItem
        case .item(let item): return ItemSnapshot(item).map(BlobReading.item) ?? .unreadable
        }
    }
}

/// The first error of concurrent work.
private final class FailureSlot: @unchecked Sendable {
    private var stored: GitError?
    private let lock = NSLockLike()

    func record(_ error: GitError) { lock.withLock { if stored == nil { stored = error } } }
    var error: GitError? { lock.withLock { stored } }
}
