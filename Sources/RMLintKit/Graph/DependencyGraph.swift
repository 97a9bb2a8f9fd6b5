/// The `depends_on` links between milestones, as adjacency lists over milestone indices.
struct DependencyGraph {
    let milestones: [RoadmapItem]
    /// For each milestone, the milestones it depends on (indices into `milestones`).
    let edges: [[Int]]

    init(_ graph: RoadmapGraph) {
        milestones = graph.milestones
        var position: [String: Int] = [:]
        for (index, milestone) in milestones.enumerated() {
            if let id = milestone.itemID, position[id] == nil { position[id] = index }
        }
        edges = milestones.map { milestone in milestone.dependsOn.compactMap { position[$0.value] } }
    }

    /// Each cycle once, as milestone indices starting at the one with the smallest id, in link order.
    func cycles() -> [[Int]] {
        var result: [[Int]] = []
        for component in stronglyConnectedComponents() {
            let isCycle = component.count > 1 || edges[component[0]].contains(component[0])
            guard isCycle else { continue }
            let members = Set(component)
            guard let start = component.min(by: { (milestones[$0].itemID ?? "") < (milestones[$1].itemID ?? "") }) else { continue }
            result.append(shortestCycle(from: start, within: members))
        }
        return result.sorted { (milestones[$0[0]].itemID ?? "") < (milestones[$1[0]].itemID ?? "") }
    }

    /// Breadth-first search from `start` back to itself inside one component.
    private func shortestCycle(from start: Int, within members: Set<Int>) -> [Int] {
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
    private func stronglyConnectedComponents() -> [[Int]] {
        let count = milestones.count
        var index = [Int](repeating: -1, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var components: [[Int]] = []
        var nextIndex = 0
        for root in 0..<count where index[root] == -1 {
            var work: [(node: Int, edge: Int)] = [(root, 0)]
            index[root] = nextIndex; lowLink[root] = nextIndex; nextIndex += 1
            stack.append(root); onStack[root] = true
            while let (node, edge) = work.last {
                if edge < edges[node].count {
                    work[work.count - 1].edge += 1
                    let next = edges[node][edge]
                    if index[next] == -1 {
                        index[next] = nextIndex; lowLink[next] = nextIndex; nextIndex += 1
                        stack.append(next); onStack[next] = true
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
