/// The `depends_on` links between milestones (or between backlog items), as adjacency lists over
/// their indices, with
/// their strongly connected components computed once.
package struct DependencyGraph: Sendable {
    /// A dependency cycle: one strongly connected component.
    package struct Cycle: Sendable {
        /// Every milestone of the component, by id.
        package var members: [Int]
        /// One concrete cycle through the member with the smallest id, starting there.
        package var path: [Int]
    }

    private(set) var milestones: [RoadmapItem]
    /// For each milestone, the milestones it depends on (indices into `milestones`).
    let edges: [[Int]]
    /// Milestone index by id, for ids a link resolves to.
    let position: [String: Int]
    /// Every cycle, ordered by the smallest id of its members.
    package let cycles: [Cycle]
    /// For each milestone, the index of its cycle in `cycles`, or `nil` when it is on none.
    private let cycleOf: [Int?]

    /// `position` maps the ids links may resolve to (unique ones) to milestone indices.
    init(milestones: [RoadmapItem], position: [String: Int]) {
        self.milestones = milestones
        self.position = position
        let edges = milestones.map { milestone in milestone.dependsOn.compactMap { position[$0.value] } }
        self.edges = edges
        var cycles: [Cycle] = []
        func id(_ index: Int) -> String { milestones[index].itemID ?? "" }
        for component in DependencyGraph.stronglyConnectedComponents(edges) {
            guard component.count > 1 || edges[component[0]].contains(component[0]) else { continue }
            let members = component.sorted { id($0) < id($1) }
            let path = DependencyGraph.shortestCycle(edges, from: members[0], within: Set(component))
            cycles.append(Cycle(members: members, path: path))
        }
        cycles.sort { id($0.members[0]) < id($1.members[0]) }
        var cycleOf = [Int?](repeating: nil, count: milestones.count)
        for (number, cycle) in cycles.enumerated() {
            for member in cycle.members { cycleOf[member] = number }
        }
        self.cycles = cycles
        self.cycleOf = cycleOf
    }

    /// The same graph with the milestone at `index` replaced by a version with the same id and the
    /// same `depends_on` (so the edges and cycles stay).
    mutating func replaceMilestone(at index: Int, with milestone: RoadmapItem) {
        milestones[index] = milestone
    }

    /// Whether it holds no item at all.
    package var isEmpty: Bool { milestones.isEmpty }

    /// The milestone at an index.
    package func milestone(_ index: Int) -> RoadmapItem { milestones[index] }

    /// True when the milestone at `index` and the one `depends_on` names as `target` lie on the same cycle.
    package func isCycleEdge(from index: Int, to target: String) -> Bool {
        guard let cycle = cycleOf[index], let other = position[target] else { return false }
        return cycleOf[other] == cycle
    }

    /// The cycle the milestone at `index` lies on, if any.
    package func cycle(of index: Int) -> Int? { cycleOf[index] }

    /// Breadth-first search from `start` back to itself inside one component.
    private static func shortestCycle(_ edges: [[Int]], from start: Int, within members: Set<Int>) -> [Int] {
        var parent: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in edges[node] where members.contains(next) {
                if next == start {
                    var path = [node]
                    while let previous = parent[path[0]] { path.insert(previous, at: 0) }
                    return node == start ? [start] : path
                }
                if parent[next] == nil, next != start {
                    parent[next] = node
                    queue.append(next)
                }
            }
        }
        return [start]
    }

    /// Tarjan's algorithm, iterative so that long chains cannot overflow the stack.
    private static func stronglyConnectedComponents(_ edges: [[Int]]) -> [[Int]] {
        let count = edges.count
        var index = [Int](repeating: -1, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var components: [[Int]] = []
        var nextIndex = 0
        for root in 0..<count where index[root] == -1 {
            var work: [(node: Int, edge: Int)] = [(root, 0)]
            index[root] = nextIndex
            lowLink[root] = nextIndex
            nextIndex += 1
            stack.append(root)
            onStack[root] = true
            while let (node, edge) = work.last {
                if edge < edges[node].count {
                    work[work.count - 1].edge += 1
                    let next = edges[node][edge]
                    if index[next] == -1 {
                        index[next] = nextIndex
                        lowLink[next] = nextIndex
                        nextIndex += 1
                        stack.append(next)
                        onStack[next] = true
                        work.append((next, 0))
                    } else if onStack[next] {
                        lowLink[node] = min(lowLink[node], index[next])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last { lowLink[parent.node] = min(lowLink[parent.node], lowLink[node]) }
                guard lowLink[node] == index[node] else { continue }
                var component: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    component.append(member)
                    if member == node { break }
                }
                components.append(component)
            }
        }
        return components
    }
}
