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

    /// The files of `folders` (as `lint` walks them) and `.rmlint.yml`, stamped.
    init(root: String, folders: [String]) {
        let disk = WorkingTreeSource(root: root)
        var paths = [".rmlint.yml"]
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

    /// The paths that differ between two snapshots (appeared, went or changed), in no order.
    func changes(since earlier: DiskSnapshot) -> [String] {
        var changed = stamps.keys.filter { earlier.stamps[$0] != stamps[$0] }
        changed += earlier.stamps.keys.filter { stamps[$0] == nil }
        return changed
    }
}
