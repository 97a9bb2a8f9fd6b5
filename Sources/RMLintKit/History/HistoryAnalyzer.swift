import RMLintCore
import RMLintGit
import RMLintRules

/// Replays a walk: items followed by id across renames and moves, milestone timelines, drift.
/// Its whole state is what the history cache keeps, so a later run replays only new commits.
struct HistoryAnalyzer {
    var timelines: [String: MilestoneTimeline] = [:]
    var events: [DriftEvent] = []
    /// Changed files that did not parse at a commit (each leaves its item as it was).
    var skipped = 0
    /// Item edits per id: churn.
    var edits: [String: Int] = [:]
    /// Each item as it stands after the last commit replayed.
    var current: [String: ItemSnapshot] = [:]
    /// The id of the item each roadmap file holds.
    var idAtPath: [String: String] = [:]
    private var pathsOfID: [String: Set<String>] = [:]

    /// Takes in a walk's commits (oldest first), on from the commits replayed before.
    mutating func replay(_ walk: HistoryWalker.Walk) {
        for commit in walk.commits where !commit.changes.isEmpty {
            apply(commit, walk: walk)
        }
    }

    /// Rebuilds the paths of each id after `idAtPath` was restored.
    mutating func indexPaths() {
        pathsOfID = [:]
        for (path, id) in idAtPath { pathsOfID[id, default: []].insert(path) }
    }

    private mutating func apply(_ commit: WalkedCommit, walk: HistoryWalker.Walk) {
        var touched: Set<String> = []
        var arrived: [String: ItemSnapshot] = [:]
        for change in commit.changes {
            let reading = walk.reading(of: change) ?? .notAnItem
            if case .unreadable = reading {
                skipped += 1
                continue
            }
            if let old = idAtPath[change.path] {
                idAtPath[change.path] = nil
                pathsOfID[old]?.remove(change.path)
                touched.insert(old)
            }
            guard case .item(let snapshot) = reading else { continue }
            idAtPath[change.path] = snapshot.id
            pathsOfID[snapshot.id, default: []].insert(change.path)
            arrived[snapshot.id] = snapshot
            touched.insert(snapshot.id)
        }
        for id in touched.sorted() {
            if let snapshot = arrived[id] {
                update(snapshot, commit: commit)
            } else if pathsOfID[id]?.isEmpty != false, let gone = current[id] {
                current[id] = nil
                timelines[id]?.exists = false
                events.append(
                    DriftEvent(
                        id: id, kind: gone.kind, title: gone.title, commit: commit.id, date: commit.date,
                        change: .removed))
            }
        }
    }

    private mutating func update(_ snapshot: ItemSnapshot, commit: WalkedCommit) {
        let previous = current[snapshot.id]
        current[snapshot.id] = snapshot
        if let previous {
            let changes = ItemSnapshot.changes(from: previous, to: snapshot).filter {
                ItemSnapshot.driftFields.contains($0.field)
            }
            if !changes.isEmpty { edits[snapshot.id, default: 0] += 1 }
            events += changes.map {
                DriftEvent(
                    id: snapshot.id, kind: snapshot.kind, title: snapshot.title, commit: commit.id, date: commit.date,
                    change: .field($0))
            }
        } else {
            events.append(
                DriftEvent(
                    id: snapshot.id, kind: snapshot.kind, title: snapshot.title, commit: commit.id, date: commit.date,
                    change: .added(snapshot.kind)))
        }
        guard snapshot.kind == .milestone || timelines[snapshot.id] != nil else { return }
        timelines[snapshot.id, default: MilestoneTimeline(snapshot)].apply(
            snapshot, previous: previous, commit: commit.id, date: commit.date)
    }
}
