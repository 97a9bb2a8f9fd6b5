/// The whole roadmap, built once: every item, an index by id, the resolution of links and the
/// dependency graph between milestones.
///
/// What counts as a link, and what it resolves to, is defined here and nowhere else. A link is
/// *unknown* when its target cannot be told: an id held by several items, an id salvaged from a
/// file that does not parse, or an item whose kind did not read. Rules stay silent about unknowns.
package struct RoadmapGraph: Sendable {
    /// Every item read, in path order.
    package private(set) var items: [RoadmapItem]
    /// Items by id, for ids held by exactly one item.
    private let index: [String: Int]
    /// Ids held by more than one item, with all their item indices.
    package let duplicateIDs: [String: [Int]]
    /// Ids seen in files that do not parse, and ids written in a form that failed validation.
    package let unreadableIDs: Set<String>
    /// Kinds of which some item's id could not be read (absent, invalid, or a broken file without
    /// a visible id); `nil` in the set stands for an item whose kind is unknown too. A link of such a
    /// kind that names no item might name that one: it is unknown, not dangling.
    package let kindsWithUnreadableIDs: Set<ItemKind?>
    /// Milestones, in path order.
    package private(set) var milestones: [RoadmapItem]
    /// `depends_on` between milestones, with its strongly connected components.
    package private(set) var dependencies: DependencyGraph
    /// `depends_on` between backlog items (Backlog.md's task `dependencies`).
    package private(set) var taskDependencies: DependencyGraph
    /// Milestones a link may name by title (Backlog.md): each active milestone's title, folded,
    /// to its id (empty when two share it); `nil` when links name ids only.
    package let milestoneTitles: [String: String]?
    /// Archived milestones by id and by folded title: a link naming one is told so.
    package let archivedMilestones: [String: RoadmapItem]

    /// The graph over `items`. With `titles`, a milestone link may name a milestone by its title,
    /// and `setAside` items (archived milestones) are known to links that name them.
    package init(
        items: [RoadmapItem], unreadable: [UnreadableFile] = [], setAside: [RoadmapItem] = [], titles: Bool = false
    ) {
        self.items = items
        var unreadableIDs = Set(unreadable.compactMap(\.salvaged.id))
        var kindsWithUnreadableIDs: Set<ItemKind?> = []
        // A file with neither a readable kind nor an id written (say a page with `title:` only) is no link target.
        for item in items where item.itemID == nil && (item.kind != nil || item.keyLocations["id"] != nil) {
            if let written = item.writtenID { unreadableIDs.insert(written) }
            kindsWithUnreadableIDs.insert(item.kind)
        }
        for file in unreadable where file.salvaged.id == nil {
            kindsWithUnreadableIDs.insert(file.salvaged.kind)
        }
        self.kindsWithUnreadableIDs = kindsWithUnreadableIDs
        // One pass, one table: an id seen again moves to `duplicates` (rare), with every position.
        var index: [String: Int] = [:]
        index.reserveCapacity(items.count)
        var duplicates: [String: [Int]] = [:]
        for (position, item) in items.enumerated() {
            guard let id = item.itemID else { continue }
            if duplicates[id] != nil {
                duplicates[id, default: []].append(position)
            } else if let first = index.updateValue(position, forKey: id) {
                index[id] = nil
                duplicates[id] = [first, position]
            }
        }
        self.index = index
        self.duplicateIDs = duplicates
        self.unreadableIDs = unreadableIDs
        let milestones = items.filter { $0.kind == .milestone }
        self.milestones = milestones
        var position: [String: Int] = [:]
        for (offset, milestone) in milestones.enumerated() {
            if let id = milestone.itemID, index[id] != nil, !unreadableIDs.contains(id) { position[id] = offset }
        }
        dependencies = DependencyGraph(milestones: milestones, position: position)
        taskDependencies = RoadmapGraph.taskDependencies(items, index: index, unreadableIDs: unreadableIDs)
        if titles {
            var byTitle: [String: String] = [:]
            for milestone in milestones {
                guard let id = milestone.itemID, let title = milestone.title.value else { continue }
                let key = RoadmapGraph.fold(title)
                byTitle[key] = byTitle[key].map { $0 == id ? id : "" } ?? id
            }
            milestoneTitles = byTitle
            var archived: [String: RoadmapItem] = [:]
            for item in setAside where item.kind == .milestone {
                if let id = item.itemID { archived[id] = archived[id] ?? item }
                if let title = item.title.value {
                    archived[RoadmapGraph.fold(title)] = archived[RoadmapGraph.fold(title)] ?? item
                }
            }
            archivedMilestones = archived
        } else {
            milestoneTitles = nil
            archivedMilestones = [:]
        }
    }

    /// A title as links compare it: trimmed, case folded.
    static func fold(_ title: String) -> String {
        let trimmed = title.trimmedOfSpaces
        guard trimmed.utf8.allSatisfy({ $0 < 0x80 }) else { return trimmed.lowercased() }
        return String(decoding: trimmed.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
    }

    /// `depends_on` between backlog items; empty when none has any (the common case).
    private static func taskDependencies(_ items: [RoadmapItem], index: [String: Int], unreadableIDs: Set<String>)
        -> DependencyGraph
    {
        guard items.contains(where: { $0.kind == .backlog && !$0.dependsOn.isEmpty }) else {
            return DependencyGraph(milestones: [], position: [:])
        }
        let tasks = items.filter { $0.kind == .backlog }
        var position: [String: Int] = [:]
        for (offset, task) in tasks.enumerated() {
            if let id = task.itemID, index[id] != nil, !unreadableIDs.contains(id) { position[id] = offset }
        }
        return DependencyGraph(milestones: tasks, position: position)
    }

    /// The graph with the item at `position` replaced by `new`, computed from this one when the edit
    /// cannot change which id is where (same id, same kind, an item before and after; the usual
    /// edit of one file), otherwise built again from `items` and `unreadable`.
    package func replacing(
        at position: Int, with new: RoadmapItem, items: [RoadmapItem], unreadable: [UnreadableFile]
    ) -> RoadmapGraph {
        let old = self.items[position]
        let sameTitle = milestoneTitles == nil || old.kind != .milestone || old.title.value == new.title.value
        guard let id = old.itemID, new.itemID == id, new.kind == old.kind, new.path == old.path, sameTitle else {
            return RoadmapGraph(
                items: items, unreadable: unreadable, setAside: uniqueArchived,
                titles: milestoneTitles != nil)
        }
        var graph = self
        graph.items = items
        if old.kind == .backlog, !taskDependencies.isEmpty || !new.dependsOn.isEmpty {
            graph.taskDependencies = RoadmapGraph.taskDependencies(items, index: index, unreadableIDs: unreadableIDs)
        }
        guard old.kind == .milestone else { return graph }
        let offset = milestones.partitionPoint { PathOrder.precedes($0.path, old.path) }
        guard offset < milestones.count, milestones[offset] === old else {
            return RoadmapGraph(
                items: items, unreadable: unreadable, setAside: uniqueArchived, titles: milestoneTitles != nil)
        }
        graph.milestones[offset] = new
        if old.dependsOn.map(\.value) == new.dependsOn.map(\.value) {
            graph.dependencies.replaceMilestone(at: offset, with: new)
        } else {
            graph.dependencies = DependencyGraph(milestones: graph.milestones, position: dependencies.position)
        }
        return graph
    }

    /// The one item with `id`, if exactly one has it.
    package func item(_ id: String) -> RoadmapItem? {
        index[id].map { items[$0] }
    }

    /// The archived milestones, once each.
    private var uniqueArchived: [RoadmapItem] {
        var seen = Set<ObjectIdentifier>()
        return archivedMilestones.values.filter { seen.insert(ObjectIdentifier($0)).inserted }
    }

    /// What a link points at.
    package enum Resolution: Sendable {
        case item(RoadmapItem)
        /// No item has this id.
        case missing
        /// One item has this id, but of another kind than the link needs.
        case wrongKind(RoadmapItem)
        /// The target cannot be told: a duplicated id, an unreadable file, or a kind that did not read.
        case unknown
        /// No live item, but an archived milestone has this id or title.
        case archived(RoadmapItem)
    }

    package func resolve(_ id: String, as kind: ItemKind) -> Resolution {
        if duplicateIDs[id] != nil || unreadableIDs.contains(id) { return .unknown }
        guard let target = item(id) else {
            if kind == .milestone, let titles = milestoneTitles {
                let key = RoadmapGraph.fold(id)
                if let named = titles[key] { return named.isEmpty ? .unknown : resolve(named, as: kind) }
                if let archived = archivedMilestones[id] ?? archivedMilestones[key] { return .archived(archived) }
            }
            let mightBeUnreadable = kindsWithUnreadableIDs.contains(kind) || kindsWithUnreadableIDs.contains(nil)
            return mightBeUnreadable ? .unknown : .missing
        }
        guard let targetKind = target.kind else { return .unknown }
        return targetKind == kind ? .item(target) : .wrongKind(target)
    }

    /// The linked item when the link resolves to the right kind; otherwise `nil`.
    package func linked(_ id: String?, as kind: ItemKind) -> RoadmapItem? {
        guard let id, case .item(let target) = resolve(id, as: kind) else { return nil }
        return target
    }

    /// Every link an item holds, in field order.
    package func links(of item: RoadmapItem) -> [Link] {
        var links: [Link] = []
        if let theme = item.theme.located { links.append(Link(field: "theme", target: theme, kind: .theme)) }
        if let milestone = item.milestone.located {
            links.append(Link(field: "milestone", target: milestone, kind: .milestone))
        }
        links += item.goals.map { Link(field: "goals", target: $0, kind: .goal) }
        if let parent = item.parent.located { links.append(Link(field: "parent", target: parent, kind: .backlog)) }
        let dependencyKind: ItemKind = item.kind == .backlog ? .backlog : .milestone
        links += item.dependsOn.map { Link(field: "depends_on", target: $0, kind: dependencyKind) }
        return links
    }

    /// The id of a `kind` item that `id` most likely meant (see ``NearestName``).
    package func nearestID(to id: String, as kind: ItemKind) -> String? {
        NearestName.suggestion(
            for: id,
            among: items.lazy.filter { $0.kind == kind }.compactMap { $0.itemID }.filter { self.item($0) != nil })
    }

    /// Whether a `theme:` or `goals:` link leads to an active theme or goal.
    package func liveness(of id: String, as kind: ItemKind) -> Liveness {
        switch resolve(id, as: kind) {
        case .missing, .wrongKind, .unknown, .archived:
            return .unknown
        case .item(let target):
            guard let status = target.effectiveStatus else { return .unknown }
            return status == .active ? .live : .notLive([.inactive(kind, id: id, status)])
        }
    }
}

/// One link of an item: the field holding it, the target id where it is written, the kind it needs.
package struct Link: Sendable {
    package var field: String
    package var target: Located<String>
    package var kind: ItemKind
}

/// Why something does not lead to live work: facts, which rules put into words.
package enum NotLiveReason: Hashable, Sendable {
    /// The linked item is not active: its kind, id and status.
    case inactive(ItemKind, id: String, ItemStatus)
    /// A milestone (that a backlog item names) has no theme.
    case milestoneWithoutTheme(milestone: String)
    /// A milestone (that a backlog item names) serves a theme that is not active.
    case milestoneServesInactiveTheme(milestone: String, theme: String, status: ItemStatus?)
}

/// Whether something leads to live work, cannot be told, or does not (and why).
package enum Liveness: Sendable {
    case live
    case unknown
    case notLive([NotLiveReason])

    /// Several ways to reach live work: live if one is, unknown if none is but one cannot be told.
    package static func any(_ options: [Liveness]) -> Liveness {
        if options.contains(where: { if case .live = $0 { return true } else { return false } }) { return .live }
        if options.contains(where: { if case .unknown = $0 { return true } else { return false } }) { return .unknown }
        return .notLive(
            options.flatMap { option -> [NotLiveReason] in
                if case .notLive(let reasons) = option { return reasons } else { return [] }
            })
    }
}
