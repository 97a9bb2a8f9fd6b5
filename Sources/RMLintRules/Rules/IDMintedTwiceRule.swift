import RMLintCore

/// An id the change adds that the base branch gave to another item since the two split: after
/// the merge both items hold it (Backlog.md's commonest complaint: the same task number minted on
/// two branches). Reported before the merge, when one side can still renumber.
package struct IDMintedTwiceRule: Rule {
    package static let description = RuleDescription(
        id: "id-minted-twice",
        severity: .error,
        scope: .graph,
        requiresBase: true,
        summary:
            "an id the change adds was given to another item on the base branch since they split (a duplicate-id once merged)",
        rationale:
            "Two branches that each take the next free number both get it; the merge then holds two items with one id, and every link to it becomes ambiguous.",
        triggeringExamples: [
            RuleExample(
                branch: "milestones/M-9-refunds.md",
                RuleExample.milestone("M-9").content.replacingOccurrences(
                    of: "id: M-9", with: "id: ↓M-9"),
                tip: [RuleExample.milestone("M-9", due: "2026-08-31")])
        ],
        nonTriggeringExamples: [
            RuleExample(
                branch: "milestones/M-9-refunds.md", RuleExample.milestone("M-9").content, tip: [],
                context: RuleExample.background + [RuleExample.milestone("M-10", due: "2026-08-31")])
        ]
    )

    package init() {}

    package func check(_ context: LintContext) -> [Finding] {
        guard let branch = context.baseBranch else { return [] }
        let graph = context.graph
        let before = branch.mergeBase.graph
        let tip = branch.tip.graph
        return graph.items.compactMap { item -> Finding? in
            guard let id = item.itemID, before.item(id) == nil, before.duplicateIDs[id] == nil,
                !before.unreadableIDs.contains(id)
            else { return nil }
            // The base branch's item(s) with this id, elsewhere, which the change does not hold too.
            let others = (tip.duplicateIDs[id].map { $0.map { tip.items[$0] } } ?? tip.item(id).map { [$0] } ?? [])
                .filter { other in
                    other.path != item.path && !graph.items.contains { $0.path == other.path && $0.itemID == id }
                }
            guard let other = others.first else { return nil }
            let free = Self.freeID(like: id, among: graph.items + tip.items).map { " (\($0) is free on both)" } ?? ""
            var finding = Finding(
                item, at: item.id.located?.location ?? .start, field: "id",
                "id '\(id)' was also given on \(branch.name), since this branch split from it, to \(other.path) (\(other.title.value.map { "'\($0)'" } ?? "another item")); after the merge both would hold it: give this item a new id\(free)"
            )
            finding.related = [
                RelatedLocation(
                    path: other.path, line: other.keyLocation("id").line, column: other.keyLocation("id").column,
                    message: "\(id) on \(branch.name)")
            ]
            return finding
        }
    }

    /// The next number after the highest of ids shaped like `id` (`PREFIX-N`), if it is one.
    static func freeID(like id: String, among items: [RoadmapItem]) -> String? {
        guard let (prefix, _) = split(id) else { return nil }
        let highest = items.compactMap { $0.itemID.flatMap(split) }.filter { $0.prefix == prefix }.map(\.number).max()
        return highest.map { "\(prefix)\($0 + 1)" }
    }

    /// `BACK-12` → ("BACK-", 12); ids with a dotted or other tail are not numbered.
    private static func split(_ id: String) -> (prefix: String, number: Int)? {
        guard let dash = id.lastIndex(of: "-"), let number = Int(id[id.index(after: dash)...]) else { return nil }
        return (String(id[...dash]), number)
    }
}
