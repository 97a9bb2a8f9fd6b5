/// The roadmap at one revision: its configuration, what each roadmap file holds, the items and the
/// files that could not be read, and the graph built over them. `lint` consumes it; `graph`,
/// `diff` and `history` build on it.
///
/// It is assembled from per-file readings (``FileReading``, a pure function of path, bytes and
/// settings), so a session that sees one file change replaces that file's reading and rebuilds
/// (``replacing(_:at:)``) without reading or decoding any other file.
package struct Roadmap: Sendable {
    package var revision: RoadmapRevision
    package let configuration: Configuration
    /// Every roadmap file's reading, in path order (files that are not items included).
    package private(set) var readings: [(path: String, reading: FileReading)]
    /// Items in path order.
    package private(set) var items: [RoadmapItem]
    /// Files that look like items but cannot be read.
    package private(set) var unreadable: [UnreadableFile]
    /// Items the convention reads but sets aside (Backlog.md drafts, archived tasks and milestones).
    package private(set) var setAside: [RoadmapItem]
    /// Configured roadmap folders that do not exist at this revision.
    package var missingFolders: [String]
    package private(set) var graph: RoadmapGraph
    /// Estimated effort per period and track of the configured period length, counted once: lint's
    /// capacity rules, `diff` and the review read it (see ``capacity(by:)`` for other lengths).
    package private(set) var capacity: CapacityLedger

    package init(
        revision: RoadmapRevision, configuration: Configuration, readings: [(path: String, reading: FileReading)],
        missingFolders: [String] = []
    ) {
        self.revision = revision
        self.configuration = configuration
        self.readings = readings
        self.missingFolders = missingFolders
        (items, unreadable, setAside) = Roadmap.split(readings)
        graph = RoadmapGraph(
            items: items, unreadable: unreadable, setAside: setAside, titles: configuration.convention?.backlog != nil)
        capacity = CapacityLedger(
            items: items, unreadable: unreadable, sharedIDs: Set(graph.duplicateIDs.keys),
            granularity: configuration.capacity.period)
    }

    /// Effort per period and track, by periods of `granularity`.
    package func capacity(by granularity: PeriodGranularity) -> CapacityLedger {
        granularity == capacity.granularity
            ? capacity
            : CapacityLedger(
                items: items, unreadable: unreadable, sharedIDs: Set(graph.duplicateIDs.keys), granularity: granularity)
    }

    /// A roadmap of decoded items and unreadable files, in path order.
    package init(
        revision: RoadmapRevision, configuration: Configuration, items: [RoadmapItem],
        unreadable: [UnreadableFile], missingFolders: [String] = []
    ) {
        let readings =
            items.map { ($0.path, FileReading.item($0)) } + unreadable.map { ($0.path, FileReading.unreadable($0)) }
        self.init(
            revision: revision, configuration: configuration,
            readings: readings.sorted { PathOrder.precedes($0.0, $1.0) }.map { (path: $0.0, reading: $0.1) },
            missingFolders: missingFolders)
    }

    /// The same roadmap with the file at `path` reading `reading` (`nil`: the file is gone); see
    /// ``replace(_:at:)``.
    package func replacing(_ reading: FileReading?, at path: String) -> Roadmap {
        var result = self
        result.replace(reading, at: path)
        return result
    }

    /// Makes the file at `path` read `reading` (`nil`: the file is gone): the graph and the capacity
    /// ledger are brought up to date, updated in place when an item is edited, rebuilt over the items
    /// otherwise; no other file is read or decoded again. A session that holds its roadmap alone
    /// edits it without copying it.
    package mutating func replace(_ reading: FileReading?, at path: String) {
        let position = readings.partitionPoint { PathOrder.precedes($0.path, path) }
        let present = position < readings.count && readings[position].path == path
        let placed = reading?.at(path: path)
        switch (placed, present) {
        case (let placed?, true): readings[position].reading = placed
        case (let placed?, false): readings.insert((path, placed), at: position)
        case (nil, true): readings.remove(at: position)
        case (nil, false): return
        }
        // Only the changed file's item and unreadable entry move; the others stay where they are.
        let newItem = placed.flatMap { if case .item(let item) = $0, !item.fields.setAside { item } else { nil } }
        let itemPosition = items.partitionPoint { PathOrder.precedes($0.path, path) }
        let oldItem = itemPosition < items.count && items[itemPosition].path == path ? items[itemPosition] : nil
        Roadmap.replace(in: &items, at: path, with: newItem) { $0.path }
        Roadmap.replace(
            in: &unreadable, at: path,
            with: placed.flatMap { if case .unreadable(let file) = $0 { file } else { nil } }
        ) { $0.path }
        let granularity = capacity.granularity
        func recount() -> CapacityLedger {
            CapacityLedger(
                items: items, unreadable: unreadable, sharedIDs: Set(graph.duplicateIDs.keys), granularity: granularity)
        }
        let aside = placed.map { if case .item(let item) = $0 { item.fields.setAside } else { false } } ?? false
        if aside || setAside.contains(where: { $0.path == path }) {
            setAside = Roadmap.split(readings).setAside
        }
        // An item before and after (no unreadable file involved): the graph and the ledger are updated.
        guard let oldItem, let newItem else {
            graph = RoadmapGraph(
                items: items, unreadable: unreadable, setAside: setAside,
                titles: configuration.convention?.backlog != nil)
            capacity = recount()
            return
        }
        // An item whose id is shared counts as unknown: taking its effort out is not a subtraction.
        func shared() -> Bool {
            [oldItem.itemID, newItem.itemID].contains { $0.map { graph.duplicateIDs[$0] != nil } ?? false }
        }
        let wasShared = shared()
        graph = graph.replacing(at: itemPosition, with: newItem, items: items, unreadable: unreadable)
        let updated =
            wasShared || shared()
            ? nil
            : capacity.replacing(
                PlannedEffort(oldItem, granularity: granularity), with: PlannedEffort(newItem, granularity: granularity)
            )
        capacity = updated ?? recount()
    }

    /// `elements` (in path order) with the one at `path` replaced, inserted or removed.
    private static func replace<Element>(
        in elements: inout [Element], at path: String, with element: Element?,
        path pathOf: (Element) -> String
    ) {
        let position = elements.partitionPoint { PathOrder.precedes(pathOf($0), path) }
        let present = position < elements.count && pathOf(elements[position]) == path
        switch (element, present) {
        case (let element?, true): elements[position] = element
        case (let element?, false): elements.insert(element, at: position)
        case (nil, true): elements.remove(at: position)
        case (nil, false): break
        }
    }

    /// Files that are items (readable or not): the `items` count of the summary.
    package var itemCount: Int { items.count + unreadable.count }

    private static func split(_ readings: [(path: String, reading: FileReading)]) -> (
        items: [RoadmapItem], unreadable: [UnreadableFile], setAside: [RoadmapItem]
    ) {
        var items: [RoadmapItem] = []
        var unreadable: [UnreadableFile] = []
        var setAside: [RoadmapItem] = []
        items.reserveCapacity(readings.count)
        for entry in readings {
            switch entry.reading {
            case .item(let item) where item.fields.setAside: setAside.append(item)
            case .item(let item): items.append(item)
            case .unreadable(let file): unreadable.append(file)
            case .notAnItem: continue
            }
        }
        return (items, unreadable, setAside)
    }
}

extension Array {
    /// The first index whose element is not `belongsBefore` (the elements must be partitioned so).
    package func partitionPoint(_ belongsBefore: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if belongsBefore(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
