import Dispatch

/// Finds the roadmap files of a source and parses them concurrently.
package struct RoadmapLoader: Sendable {
    package var configuration: Configuration
    /// How files are decoded: the configuration's settings with the rules that exist.
    package var settings: ItemDecoder.Settings

    package init(configuration: Configuration, settings: ItemDecoder.Settings) {
        self.configuration = configuration
        self.settings = settings
    }

    /// Reads and decodes every roadmap file of `source`. With `memo`, files read from git whose
    /// blob was decoded before with the same settings are not read or parsed again.
    package func load(
        from source: some RoadmapSource, revision: RoadmapRevision = .workingTree, memo: DecodedBlobs? = nil
    ) throws -> Roadmap {
        var seen = Set<String>()
        var entries: [SourceEntry] = []
        var missing: [String] = []
        let excludes = configuration.exclude.map(Glob.init)
        for folder in configuration.roadmap {
            guard let found = try source.markdownFiles(under: folder) else {
                missing.append(folder)
                continue
            }
            for entry in found
            where !excludes.contains(where: { $0.matches(entry.path) }) && seen.insert(entry.path).inserted {
                entries.append(entry)
            }
        }
        entries.sort { PathOrder.precedes($0.path, $1.path) }
        let files = entries

        let decoder = ItemDecoder(settings: settings)
        let results = ResultSlots<FileReading>(count: entries.count)
        let table = memo?.table(for: settings)
        let contentTable = memo?.keepsWorkingTree == true ? table : nil
        let known: [FileReading?] = files.map { entry in
            guard let table, entry.type == .regular, let blob = entry.objectID,
                let found = table[blob, path: entry.path]
            else {
                return nil
            }
            return found.at(path: entry.path)
        }
        if source.allowsConcurrentReads {
            DispatchQueue.concurrentPerform(iterations: entries.count) { index in
                results[index] =
                    known[index]
                    ?? Self.process(files[index], bytes: nil, source: source, decoder: decoder, memo: contentTable)
            }
        } else {
            // Read one by one (the source is not thread-safe), then parse concurrently. A source
            // like the git index that cannot read an object is a repository error: it propagates.
            let prepared: [Result<[UInt8], Error>?] = try files.indices.map { index in
                let entry = files[index]
                guard known[index] == nil, entry.type == .regular || entry.type == .conflicted else { return nil }
                return .success(try source.contents(of: entry, limit: FrontMatterParser.maximumSize))
            }
            DispatchQueue.concurrentPerform(iterations: entries.count) { index in
                if let found = known[index] {
                    results[index] = found
                    return
                }
                // A session keeps working-tree files by content: a blob with the same bytes as a
                // file it read (most of HEAD, against the working tree) is not decoded again.
                let result: FileReading
                if let contentTable, files[index].type == .regular, case .success(let bytes)? = prepared[index],
                    bytes.count <= FrontMatterParser.maximumSize,
                    let found = contentTable.reading(content: bytes, path: files[index].path)
                {
                    result = found.at(path: files[index].path)
                } else {
                    result = Self.process(
                        files[index], bytes: prepared[index], source: source, decoder: decoder, memo: nil)
                }
                results[index] = result
                if let table, files[index].type == .regular, let blob = files[index].objectID {
                    table.store(result, for: blob, path: files[index].path)
                }
            }
        }

        let readings = results.values.enumerated().compactMap { index, reading in
            reading.map { (path: files[index].path, reading: $0) }
        }
        return Roadmap(revision: revision, configuration: configuration, readings: readings, missingFolders: missing)
    }

    /// The reading of one file of `source` as `load` would make it (a symbolic link, a FIFO or a
    /// file over the size limit read the same way), or `nil` when `load` would not find it.
    package func reading(at path: String, from source: some RoadmapSource) -> FileReading? {
        let entry: SourceEntry?
        do {
            entry = try source.entry(at: path)
        } catch {
            return .unreadable(UnreadableFile(path: path, problem: ParseProblem(message: "\(error)", location: .start)))
        }
        guard let entry else { return nil }
        return Self.process(entry, bytes: nil, source: source, decoder: ItemDecoder(settings: settings), memo: nil)
    }

    /// One file's reading. With `memo`, a regular file without a blob id (the working tree) whose
    /// bytes were decoded before is not decoded again.
    private static func process(
        _ entry: SourceEntry, bytes: Result<[UInt8], Error>?, source: some RoadmapSource,
        decoder: ItemDecoder, memo: DecodedBlobs.Table?
    ) -> FileReading {
        guard entry.type == .regular || entry.type == .conflicted else {
            let what = entry.type == .symbolicLink ? "a symbolic link" : "a FIFO, socket or device"
            return .unreadable(
                UnreadableFile(
                    path: entry.path,
                    problem: ParseProblem(
                        message:
                            "not a regular file (\(what)); roadmap items must be regular files, and links are not followed",
                        location: .start)))
        }
        let data: [UInt8]
        do {
            data = try (bytes ?? Result { try source.contents(of: entry, limit: FrontMatterParser.maximumSize) }).get()
        } catch {
            return .unreadable(
                UnreadableFile(path: entry.path, problem: ParseProblem(message: "\(error)", location: .start)))
        }
        let oversized = data.count > FrontMatterParser.maximumSize
        // A file over the limit was read only in part: its reading also rests on its full size.
        let memo = entry.type == .regular && entry.objectID == nil && !oversized ? memo : nil
        if let known = memo?.reading(content: data, path: entry.path) { return known.at(path: entry.path) }
        let reading = decoder.read(
            data, size: oversized ? max(source.size(of: entry), data.count) : data.count, path: entry.path)
        guard entry.type == .conflicted else {
            memo?.store(reading, content: data, path: entry.path)
            return reading
        }
        let salvaged: SalvagedIdentity
        switch reading {
        case .item(let item): salvaged = SalvagedIdentity(id: item.itemID, kind: item.kind)
        case .unreadable(let file): salvaged = file.salvaged
        case .notAnItem: return .notAnItem
        }
        return .unreadable(
            UnreadableFile(
                path: entry.path,
                problem: ParseProblem(
                    message: "has an unresolved merge conflict; resolve it and 'git add' the file", location: .start),
                salvaged: salvaged))
    }
}
