/// The whole roadmap, built once: every item, an index by id, and the resolution of links.
///
/// Links are resolved through dictionaries, so building and querying are linear in the roadmap.
public struct RoadmapGraph: Sendable {
    /// Every item read, in path order.
    public let items: [RoadmapItem]
    /// The first item (in path order) with each id.
    private let index: [String: Int]
    /// Ids held by more than one file, with all their item indices.
    public let duplicateIDs: [String: [Int]]
    /// Ids seen in files that do not parse: links to them are not dangling.
    public let unparsedIDs: Set<String>

    public init(items: [RoadmapItem], unparsedIDs: Set<String> = []) {
        self.items = items
        var index: [String: Int] = [:]
        var all: [String: [Int]] = [:]
        for (position, item) in items.enumerated() {
            guard let id = item.itemID else { continue }
            if index[id] == nil { index[id] = position }
            all[id, default: []].append(position)
        }
        self.index = index
        self.duplicateIDs = all.filter { $0.value.count > 1 }
        self.unparsedIDs = unparsedIDs
    }

    /// The item with `id`, if any.
    public func item(_ id: String) -> RoadmapItem? {
        index[id].map { items[$0] }
    }

    /// What a link points at.
    public enum Resolution {
        case item(RoadmapItem)
        /// No item has this id.
        case missing
        /// An item has this id, but of another kind than the link needs.
        case wrongKind(RoadmapItem)
        /// The id belongs to a file that does not parse; its kind is unknown.
        case unreadable
    }

    public func resolve(_ id: String, as kind: ItemKind) -> Resolution {
        guard let target = item(id) else {
            return unparsedIDs.contains(id) ? .unreadable : .missing
        }
        guard let targetKind = target.kind else { return .unreadable }
        return targetKind == kind ? .item(target) : .wrongKind(target)
    }

    /// The linked item when the link resolves to the right kind; otherwise `nil`.
    public func linked(_ id: String?, as kind: ItemKind) -> RoadmapItem? {
        guard let id, case let .item(target) = resolve(id, as: kind) else { return nil }
        return target
    }

    /// True when the link names something that does not resolve (dangling-link reports it).
    public func isBroken(_ id: String, as kind: ItemKind) -> Bool {
        switch resolve(id, as: kind) {
        case .item: return false
        case .missing, .wrongKind, .unreadable: return true
        }
    }

    /// Milestones, in path order.
    public var milestones: [RoadmapItem] { items.filter { $0.kind == .milestone } }
}
