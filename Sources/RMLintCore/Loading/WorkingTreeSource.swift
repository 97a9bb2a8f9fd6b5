#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
#endif

/// Roadmap files in the working tree. Directories are walked with `lstat`, so symbolic links
/// are never followed and FIFOs or devices are never opened.
package struct WorkingTreeSource: RoadmapSource {
    /// Absolute path of the repository root.
    package let root: String

    package init(root: String) { self.root = root }

    package var allowsConcurrentReads: Bool { true }

    package func markdownFiles(under folder: String) throws -> [SourceEntry]? {
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
                let isMarkdown = name.hasSuffix(".md")
                // The type from readdir saves an lstat per entry; some file systems leave it unknown.
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    var status = stat()
                    guard lstat(root + "/" + path, &status) == 0 else { continue }
                    type = WorkingTreeSource.directoryEntryType(status.st_mode)
                }
                switch type {
                case Int32(DT_DIR): pending.append(path)
                case Int32(DT_REG) where isMarkdown: entries.append(SourceEntry(path: path, type: .regular, size: 0))
                case Int32(DT_LNK) where isMarkdown:
                    entries.append(SourceEntry(path: path, type: .symbolicLink, size: 0))
                case _ where isMarkdown && type != Int32(DT_REG) && type != Int32(DT_LNK):
                    entries.append(SourceEntry(path: path, type: .other, size: 0))
                default: continue
                }
            }
        }
        return entries
    }

    package func contents(of entry: SourceEntry, limit: Int) throws -> [UInt8] {
        try read(root + "/" + entry.path, limit: limit)
    }

    package func size(of entry: SourceEntry) -> Int {
        var status = stat()
        guard lstat(root + "/" + entry.path, &status) == 0 else { return entry.size }
        return Int(status.st_size)
    }

    private static func directoryEntryType(_ mode: mode_t) -> Int32 {
        switch mode & S_IFMT {
        case S_IFDIR: return Int32(DT_DIR)
        case S_IFREG: return Int32(DT_REG)
        case S_IFLNK: return Int32(DT_LNK)
        default: return Int32(DT_FIFO)
        }
    }

    package func entry(at path: String) throws -> SourceEntry? {
        var status = stat()
        let components = path.split(separator: "/")
        var prefix = root
        for folder in components.dropLast() {
            prefix += "/" + folder
            guard lstat(prefix, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { return nil }
        }
        guard lstat(root + "/" + path, &status) == 0 else { return nil }
        let type: SourceEntry.FileType
        switch status.st_mode & S_IFMT {
        case S_IFREG: type = .regular
        case S_IFLNK: type = .symbolicLink
        case S_IFDIR: return nil
        default: type = .other
        }
        return SourceEntry(path: path, type: type, size: Int(status.st_size))
    }

    package func file(at path: String) throws -> [UInt8]? {
        let absolute = path.hasPrefix("/") ? path : root + "/" + path
        var info = stat()
        guard stat(absolute, &info) == 0 else { return nil }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw SourceError("\(path) is not a regular file") }
        return try read(absolute, limit: 16 << 20)
    }

    /// Reads at most `limit + 1` bytes (enough to tell the file is over the limit), into a buffer
    /// sized from `fstat` so that a small file costs one allocation and one read.
    private func read(_ path: String, limit: Int) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw SourceError("cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var status = stat()
        let expected = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
        var bytes = [UInt8](repeating: 0, count: min(max(expected, 0), limit) + 1)
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw SourceError("cannot read \(path): \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            filled += count
            // The file grew since fstat: read on, up to one byte over the limit.
            if filled == bytes.count, bytes.count <= limit {
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - bytes.count)))
            }
        }
        bytes.removeSubrange(filled...)
        return bytes
    }
}
