/// The roadmap as a diagram: themes → goals → milestones → backlog, plus `depends_on` between
/// milestones. Built from the graph's resolved links (a dangling or unknown link draws no edge).
public struct RoadmapDiagram: Sendable {
    public struct Node: Sendable, Equatable {
        public var id: String
        public var kind: ItemKind
        public var title: String?
        public var status: ItemStatus?
        public var horizon: Horizon?
        public var path: String
    }

    /// `from` → `to`: a parent to its child (`theme`, `goal`, `milestone`: the field linking them),
    /// or for `depends_on` the dependent milestone to the one it depends on.
    public struct Edge: Sendable, Equatable, Hashable {
        public var from: String
        public var to: String
        public var kind: String
    }

    public var nodes: [Node]
    public var edges: [Edge]

    /// The whole roadmap, or the items `include` accepts, or the neighbourhood of `focus`
    /// (everything above and below it, and the milestones it depends on or that depend on it).
    public init(_ roadmap: Roadmap, include: (String) -> Bool = { _ in true }, focus: String? = nil) throws {
        let graph = roadmap.graph
        var all: [String: Node] = [:]
        var edges = Set<Edge>()
        for item in graph.items {
            guard let id = item.itemID, let kind = item.kind, graph.item(id) === item else { continue }
            all[id] = Node(id: id, kind: kind, title: item.title.value, status: item.effectiveStatus, horizon: item.horizon.value, path: item.path)
            for link in graph.links(of: item) {
                guard let target = graph.linked(link.target.value, as: link.kind), let targetID = target.itemID else { continue }
                edges.insert(link.field == "depends_on" ? Edge(from: id, to: targetID, kind: "depends_on")
                             : Edge(from: targetID, to: id, kind: link.field == "goals" ? "goal" : link.field))
            }
        }
        var keep = Set(all.values.filter { include($0.path) }.map(\.id))
        if let focus {
            guard all[focus] != nil else {
                throw UsageError("no item has the id '\(focus)' (or several do); give the id of one theme, goal, milestone or backlog item")
            }
            keep = RoadmapDiagram.neighbourhood(of: focus, edges: edges).intersection(keep.union([focus]))
        }
        let order: [ItemKind] = [.theme, .goal, .milestone, .backlog]
        nodes = all.values.filter { keep.contains($0.id) }.sorted {
            let (left, right) = (order.firstIndex(of: $0.kind) ?? 4, order.firstIndex(of: $1.kind) ?? 4)
            return left != right ? left < right : PathOrder.precedes($0.id, $1.id)
        }
        self.edges = edges.filter { keep.contains($0.from) && keep.contains($0.to) }.sorted {
            ($0.from, $0.to, $0.kind) < ($1.from, $1.to, $1.kind)
        }
    }

    /// Ancestors and descendants along the hierarchy, and direct `depends_on` neighbours.
    private static func neighbourhood(of focus: String, edges: Set<Edge>) -> Set<String> {
        let hierarchy = edges.filter { $0.kind != "depends_on" }
        var seen: Set<String> = [focus]
        for direction in [true, false] {
            var frontier = [focus]
            while let id = frontier.popLast() {
                for edge in hierarchy where (direction ? edge.to : edge.from) == id {
                    let next = direction ? edge.from : edge.to
                    if seen.insert(next).inserted { frontier.append(next) }
                }
            }
        }
        for edge in edges where edge.kind == "depends_on" && (edge.from == focus || edge.to == focus) {
            seen.insert(edge.from)
            seen.insert(edge.to)
        }
        return seen
    }
}
