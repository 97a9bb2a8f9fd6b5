#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// Roadmap files in the working tree. Directories are walked with `lstat`, so symbolic links
/// are never followed and FIFOs or devices are never opened.
public struct WorkingTreeSource: RoadmapSource {
    /// Absolute path of the repository root.
    public let root: String

    public init(root: String) { self.root = root }

    public var allowsConcurrentReads: Bool { true }

    public func markdownFiles(under folder: String) throws -> [SourceEntry]? {
        let start = folder.isEmpty ? root : root + "/" + folder
        var info = stat()
        guard lstat(start, &info) == 0 else { return nil }
        if (info.st_mode & S_IFMT) == S_IFLNK { throw SourceError.symbolicLinkFolder(folder) }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        var entries: [SourceEntry] = []
        var pending = [folder]
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? root : root + "/" + relative
            guard let directory = opendir(absolute) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard name != ".", name != "..", name != ".git" else { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                var status = stat()
                guard lstat(root + "/" + path, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR:
                    pending.append(path)
                case S_IFREG where name.hasSuffix(".md"):
                    entries.append(SourceEntry(path: path, type: .regular, size: Int(status.st_size)))
                case S_IFLNK where name.hasSuffix(".md"):
                    entries.append(SourceEntry(path: path, type: .symbolicLink, size: 0))
                case _ where name.hasSuffix(".md") && (status.st_mode & S_IFMT) != S_IFREG && (status.st_mode & S_IFMT) != S_IFLNK:
                    entries.append(SourceEntry(path: path, type: .other, size: 0))
                default:
                    continue
                }
            }
        }
        return entries
    }

    public func contents(of entry: SourceEntry, limit: Int) throws -> [UInt8] {
        try read(root + "/" + entry.path, limit: limit)
    }

    public func file(at path: String) throws -> [UInt8]? {
        let absolute = path.hasPrefix("/") ? path : root + "/" + path
        var info = stat()
        guard stat(absolute, &info) == 0 else { return nil }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw SourceError("\(path) is not a regular file") }
        return try read(absolute, limit: 16 << 20)
    }

    /// Reads at most `limit + 1` bytes (enough to tell the file is over the limit).
    private func read(_ path: String, limit: Int) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw SourceError("cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SourceError("cannot read \(path): \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }
}
