import RMLintCore
import RMLintGit
import RMLintRules

/// The roadmap as a diagram: themes → goals → milestones → backlog, plus `depends_on` between
/// milestones. Built from the graph's resolved links (a dangling or unknown link draws no edge).
public struct RoadmapDiagram: Sendable {
    public struct Node: Sendable, Equatable {
        public var id: String
        package var kind: ItemKind
        public var title: String?
        package var status: ItemStatus?
        package var horizon: Horizon?
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
    /// Files not drawn because their id or kind could not be read, or their id is duplicated
    /// (`rmlint lint` reports why).
    public var omitted: [String] = []

    /// The whole roadmap, or the items `include` accepts, or the neighbourhood of `focus`
    /// (everything above and below it, and the milestones it depends on or that depend on it).
    package init(_ roadmap: Roadmap, include: (String) -> Bool = { _ in true }, focus: String? = nil) throws {
        let graph = roadmap.graph
        var all: [String: Node] = [:]
        var edges = Set<Edge>()
        var omitted = roadmap.unreadable.map(\.path)
        for item in graph.items {
            guard let id = item.itemID, let kind = item.kind, graph.item(id) === item else {
                omitted.append(item.path)
                continue
            }
            all[id] = Node(
                id: id, kind: kind, title: item.title.value, status: item.effectiveStatus, horizon: item.horizon.value,
                path: item.path)
            for link in graph.links(of: item) {
                guard let target = graph.linked(link.target.value, as: link.kind), let targetID = target.itemID else {
                    continue
                }
                edges.insert(
                    link.field == "depends_on"
                        ? Edge(from: id, to: targetID, kind: "depends_on")
                        : Edge(from: targetID, to: id, kind: link.field == "goals" ? "goal" : link.field))
            }
        }
        var keep = Set(all.values.filter { include($0.path) }.map(\.id))
        if let focus {
            guard all[focus] != nil else {
                throw UsageError(
                    "no item has the id '\(focus)' (or several do); give the id of one theme, goal, milestone or backlog item"
                )
            }
            keep = RoadmapDiagram.neighbourhood(of: focus, edges: edges).intersection(keep.union([focus]))
        }
        self.omitted = omitted.filter(include).sorted(by: PathOrder.precedes)
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
        var parents: [String: [String]] = [:]
        var children: [String: [String]] = [:]
        var seen: Set<String> = [focus]
        for edge in edges {
            if edge.kind == "depends_on" {
                if edge.from == focus || edge.to == focus { seen.formUnion([edge.from, edge.to]) }
            } else {
                parents[edge.to, default: []].append(edge.from)
                children[edge.from, default: []].append(edge.to)
            }
        }
        for links in [parents, children] {
            var frontier = [focus]
            var reached: Set<String> = [focus]
            while let id = frontier.popLast() {
                for next in links[id] ?? [] where reached.insert(next).inserted { frontier.append(next) }
            }
            seen.formUnion(reached)
        }
        return seen
    }
}
