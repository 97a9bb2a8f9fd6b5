/// The roadmap at one revision: its configuration, every item read, the files that could not be
/// read, and the graph built over them. `lint` consumes it; `graph`, `diff` and `history` build on it.
package struct Roadmap: Sendable {
    package var revision: RoadmapRevision
    package var configuration: Configuration
    /// Items in path order.
    package var items: [RoadmapItem]
    /// Files that look like items but cannot be read.
    package var unreadable: [UnreadableFile]
    /// Configured roadmap folders that do not exist at this revision.
    package var missingFolders: [String]
    package let graph: RoadmapGraph

    package init(revision: RoadmapRevision, configuration: Configuration, items: [RoadmapItem],
                unreadable: [UnreadableFile], missingFolders: [String] = []) {
        self.revision = revision
        self.configuration = configuration
        self.items = items
        self.unreadable = unreadable
        self.missingFolders = missingFolders
        graph = RoadmapGraph(items: items, unreadable: unreadable)
    }

    /// Files that are items (readable or not): the `items` count of the summary.
    package var itemCount: Int { items.count + unreadable.count }
}
