import RMLintCore

/// A rule that judges one item by what its links lead to (``RuleScope/graph``): the item itself and
/// the items it reaches through ``LinkContext``, nothing else of the roadmap. Every id the check looks
/// up is recorded, so after an edit the engine checks again only the items that looked up an id the
/// edit touched (see ``ItemFindingsMemo``).
package protocol LinkRule: Rule {
    /// The findings about `item`; every other item is reached through `links`.
    func check(_ item: RoadmapItem, in links: LinkContext) -> [Finding]
}

extension LinkRule {
    package var asLinkRule: (any LinkRule)? { self }

    /// Every item's findings, in item order.
    package func check(_ context: LintContext) -> [Finding] {
        let links = LinkContext(context.graph, configuration: context.configuration, today: context.today)
        return context.graph.items.flatMap { check($0, in: links) }
    }
}

/// What a ``LinkRule`` may look at besides the item: link resolution in the graph (each id looked up
/// is noted when a recorder is given), the configuration and today.
package struct LinkContext: Sendable {
    private let graph: RoadmapGraph
    private let recorder: ConsultedIDs?
    package let configuration: Configuration
    package let today: CalendarDate

    package init(
        _ graph: RoadmapGraph, configuration: Configuration, today: CalendarDate, recorder: ConsultedIDs? = nil
    ) {
        self.graph = graph
        self.recorder = recorder
        self.configuration = configuration
        self.today = today
    }

    /// Every link `item` holds, in field order.
    package func links(of item: RoadmapItem) -> [Link] { graph.links(of: item) }

    /// What the link to `id` points at (see ``RoadmapGraph/resolve(_:as:)``).
    package func resolve(_ id: String, as kind: ItemKind) -> RoadmapGraph.Resolution {
        recorder?.ids.append(id)
        // A milestone named by its title rests on every milestone's title.
        if kind == .milestone, graph.milestoneTitles != nil { recorder?.ids.append(ConsultedIDs.every(kind)) }
        return graph.resolve(id, as: kind)
    }

    /// The linked item when the link resolves to the right kind.
    package func linked(_ id: String?, as kind: ItemKind) -> RoadmapItem? {
        guard let id else { return nil }
        recorder?.ids.append(id)
        return graph.linked(id, as: kind)
    }

    /// The id of a `kind` item that `id` (which names no item) most likely meant. The answer rests on
    /// every id of that kind, which the recorder notes as ``ConsultedIDs/every(_:)``.
    package func suggestion(for id: String, as kind: ItemKind) -> String? {
        recorder?.ids.append(ConsultedIDs.every(kind))
        return graph.nearestID(to: id, as: kind)
    }

    /// Whether a `theme:` or `goals:` link leads to an active theme or goal.
    package func liveness(of id: String, as kind: ItemKind) -> Liveness {
        recorder?.ids.append(id)
        return graph.liveness(of: id, as: kind)
    }
}

/// The ids one item's link checks looked up. Used by one check at a time.
package final class ConsultedIDs: @unchecked Sendable {
    package var ids: [String] = []

    package init() {}

    /// What a check that looked at every id of `kind` consulted: it changes when any such id does.
    package static func every(_ kind: ItemKind?) -> String { "\u{0}every \(kind?.rawValue ?? "?")" }
}
