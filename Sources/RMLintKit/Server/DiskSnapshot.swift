import RMLintCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the roadmap files on disk looked like (size, modification time, inode per path), so that a
/// server whose client cannot watch files still notices a checkout, a script or a deletion: the
/// next look lists the paths that appeared, went or changed.
struct DiskSnapshot: Equatable {
    struct Stamp: Equatable {
        var size: Int
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
    }

    private(set) var stamps: [String: Stamp] = [:]

    /// The files of `folders` (as `lint` walks them), `.rmlint.yml` and Backlog.md's `config.yml`, stamped.
    init(root: String, folders: [String]) {
        let disk = WorkingTreeSource(root: root)
        var paths = [".rmlint.yml"] + RoadmapSession.backlogConfigurations
        for folder in folders { paths += ((try? disk.markdownFiles(under: folder)) ?? nil)?.map(\.path) ?? [] }
        var status = stat()
        for path in paths where lstat(root + "/" + path, &status) == 0 {
            #if canImport(Glibc)
                let (seconds, nanoseconds) = (Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec))
            #else
                let (seconds, nanoseconds) = (Int(status.st_mtimespec.tv_sec), Int(status.st_mtimespec.tv_nsec))
            #endif
            stamps[path] = Stamp(
                size: Int(status.st_size), seconds: seconds, nanoseconds: nanoseconds, inode: UInt64(status.st_ino))
        }
    }

    /// The paths that may differ from a reading of `paths` begun at `loaded` (seconds since the
    /// epoch): files modified since (to the second before, as file systems round), files not read
    /// then, and files read then that are gone — for the first look, with no snapshot to compare.
    func changes(sinceReading paths: Set<String>, at loaded: Int) -> [String] {
        var changed = stamps.filter { !paths.contains($0.key) || $0.value.seconds >= loaded - 1 }.map(\.key)
        changed += paths.filter { stamps[$0] == nil }
        return changed
    }

    /// The paths that differ between two snapshots (appeared, went or changed), in no order.
    func changes(since earlier: DiskSnapshot) -> [String] {
        var changed = stamps.keys.filter { earlier.stamps[$0] != stamps[$0] }
        changed += earlier.stamps.keys.filter { stamps[$0] == nil }
        return changed
    }
}
