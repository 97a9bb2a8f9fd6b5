/// Turns a front-matter mapping into a ``RoadmapItem``, recording every type, enum and
/// required-field problem for the `schema` rule.
///
/// Problems that belong to a more specific rule are left to it: `owner` (single-owner),
/// a missing `metric` or `metric.target`/`metric.name` (smart-measurable), a missing `due`
/// (smart-time-bound) and a missing `theme` (smart-relevant, backlog-theme-link).
/// The result depends only on the mapping and ``settings``: it can be cached by content.
package struct ItemDecoder: Sendable {
    /// Everything besides the bytes that decoding depends on.
    package struct Settings: Hashable, Sendable {
        package var strictFields: Bool
        /// Tracks a `track:` may name: `product`, `engineering` and those in `capacity.split`.
        package var tracks: [String]
        package var unit: String
        package var granularity: PeriodGranularity
        /// Rule ids that exist, and those among them an item's `rmlint-disable` may name (not the
        /// rules that judge the roadmap as a whole).
        package var ruleIDs: Set<String>
        package var itemRuleIDs: Set<String>
        /// The team's vocabulary, when the configuration gives one.
        package var convention: Convention?

        package init(
            strictFields: Bool = false, tracks: [String] = ["product", "engineering"], unit: String = "team-weeks",
            granularity: PeriodGranularity = .quarter, ruleIDs: Set<String>, itemRuleIDs: Set<String>
        ) {
            self.strictFields = strictFields
            self.tracks = tracks
            self.unit = unit
            self.granularity = granularity
            self.ruleIDs = ruleIDs
            self.itemRuleIDs = itemRuleIDs
        }

        /// The settings a configuration implies, with the rules that exist.
        package init(_ configuration: Configuration, ruleIDs: Set<String>, itemRuleIDs: Set<String>) {
            self.init(
                strictFields: configuration.strictFields, tracks: configuration.tracks,
                unit: configuration.capacity.unit,
                granularity: configuration.capacity.period, ruleIDs: ruleIDs, itemRuleIDs: itemRuleIDs)
            convention = configuration.convention
        }
    }

    package var settings: Settings

    package init(settings: Settings) { self.settings = settings }

    /// `^[A-Za-z][A-Za-z0-9._-]*$`, checked byte by byte.
    package static func isValidID(_ id: String) -> Bool {
        guard let first = id.utf8.first, (65...90).contains(first) || (97...122).contains(first) else { return false }
        return id.utf8.allSatisfy { byte in
            (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
    }

    /// Decodes a front-matter mapping into the item at `path`.
    /// `spans` are where every node is written (``YAMLReader/document(_:lineOffset:)``), for diagnostics' ranges.
    package func decode(
        root written: YAMLNode, bodyWordCount: Int, spans: [Span] = [], path: String = "",
        criteria: AcceptanceCriteria? = nil
    ) -> RoadmapItem {
        decodeReporting(root: written, bodyWordCount: bodyWordCount, spans: spans, path: path, criteria: criteria).item
    }

    /// The item, and why the convention's tool cannot load the file when it cannot.
    func decodeReporting(
        root written: YAMLNode, bodyWordCount: Int, spans: [Span], path: String, criteria: AcceptanceCriteria?,
        role known: BacklogLayout.Role?? = nil, marks: Set<SourceLocation> = []
    ) -> (item: RoadmapItem, unloadable: ParseProblem?) {
        // In the team's vocabulary: read as rmlint's words, positions kept where the team wrote them.
        let role = known ?? settings.convention?.backlog?.role(of: path)
        let translation = settings.convention?.translated(written, path: path, role: role, marks: marks)
        let root = translation?.root ?? written
        var item = RoadmapItem.Fields(path: path, bodyWordCount: bodyWordCount)
        item.criteria = criteria
        var checker = FieldChecker(root: root)
        for entry in root.entries ?? [] {
            item.keyLocations.append(entry.key, at: entry.keyLocation)
        }
        item.spans = spans
        decodeCommon(into: &item, &checker)
        if let kind = item.kind {
            decodeKindFields(kind, into: &item, &checker)
            if settings.strictFields {
                let known = Set(ItemKind.commonFields + kind.fields(underConvention: settings.convention != nil))
                for entry in root.entries ?? [] where !known.contains(entry.key) {
                    checker.problem(
                        "unknown field '\(entry.key)' for a \(kind.rawValue) (strict-fields is on); remove it or fix its spelling",
                        at: entry.keyLocation, field: entry.key)
                }
            }
        }
        item.schemaProblems = checker.problems
        if let convention = settings.convention, let translation {
            for index in item.schemaProblems.indices {
                item.schemaProblems[index].message = convention.message(item.schemaProblems[index].message)
            }
            item.schemaProblems += translation.schemaProblems
            item.hidden = translation.hidden
            for unknown in translation.unknown where unknown.field == "status" {
                item.status = .invalid(unknown.location)
            }
            item.setAside = role == .setAside || role == .archivedMilestone
        }
        for problem in checker.problems {
            guard let key = problem.field, item.invalidText[key] == nil,
                let value = root.entry(key)?.value, value.location == problem.location, let text = value.string
            else { continue }
            item.invalidText[key] = text
        }
        return (RoadmapItem(item), translation?.unloadable)
    }

    private func decodeCommon(into item: inout RoadmapItem.Fields, _ checker: inout FieldChecker) {
        item.id = checker.string("id", required: true, what: "an id such as M-101")
        if case .valid(let id) = item.id, !ItemDecoder.isValidID(id.value) {
            checker.problem(
                "id '\(TextSanitizer.escapeControlCharacters(id.value))' must start with a letter and use only letters, digits, '.', '_' and '-'",
                at: id.location, field: "id")
            item.id = .invalid(id.location)
            item.writtenID = id.value
        }
        if case .valid(let kind) = checker.enumeration("kind", ItemKind.allCases, required: true) {
            item.kind = kind.value
        }
        if let kind = item.kind {
            item.title = checker.string("title", required: true, what: "a one-line title", kind: kind)
        }
        item.tags = checker.stringList("tags")
        item.disabledRules = checker.disabledRules(known: settings.ruleIDs, perItem: settings.itemRuleIDs)
    }

    private func decodeKindFields(_ kind: ItemKind, into item: inout RoadmapItem.Fields, _ checker: inout FieldChecker)
    {
        let absent = settings.convention?.absentFields[kind] ?? []
        item.status = checker.enumeration(
            "status", kind.statuses, required: kind == .milestone && !absent.contains("status"), kind: kind)
        switch kind {
        case .theme:
            item.owner = checker.owner()
        case .goal:
            item.owner = checker.owner()
            item.theme = checker.string("theme", required: false, what: "the id of a theme")
            item.metric = checker.metric()
            item.due = checker.date("due")
        case .milestone:
            item.owner = checker.owner()
            item.theme = checker.string("theme", required: false, what: "the id of a theme")
            item.horizon = checker.enumeration(
                "horizon", Horizon.allCases, required: !absent.contains("horizon"), kind: kind)
            item.track = checker.enumeration(
                "track", settings.tracks.map { Track(rawValue: $0) }, required: !absent.contains("track"), kind: kind
            ).map(\.rawValue)
            item.goals = checker.stringList("goals")
            item.estimate = checker.estimate(unit: settings.unit)
            item.due = checker.date("due")
            item.delivered = checker.date("delivered")
            item.metric = checker.metric()
            item.dependsOn = checker.stringList("depends_on")
            item.scores = checker.scores()
            item.period = checker.period(granularity: settings.granularity, due: item.due)
            item.replans = checker.replans()
            item.droppedReason = checker.string(
                "dropped-reason", required: false, what: "why the milestone was dropped")
        case .backlog:
            item.theme = checker.string("theme", required: false, what: "the id of a theme")
            item.milestone = checker.string("milestone", required: false, what: "the id of a milestone")
            if settings.convention != nil {
                item.parent = checker.string("parent", required: false, what: "the id of the parent backlog item")
                item.dependsOn = checker.stringList("depends_on")
            }
            if settings.convention?.backlog != nil {
                // Backlog.md's `assignee` is a list: several people may work on a task.
                item.owner = checker.owner()
            } else if let owner = checker.entry("owner"), owner.value.string == nil {
                checker.problem(
                    "'owner' must be a string naming one person or handle; found \(owner.value.described)",
                    at: owner.value.location, field: "owner")
            }
            item.track = checker.enumeration(
                "track", settings.tracks.map { Track(rawValue: $0) }, required: false, kind: kind
            ).map(\.rawValue)
            item.estimate = checker.estimate(unit: settings.unit)
        }
    }
}

/// A track name, so tracks go through the same enumeration check as statuses.
private struct Track: RawRepresentable, Sendable {
    var rawValue: String
}

extension Field {
    /// The value transformed, keeping absence and the position of an invalid value.
    func map<T>(_ transform: (Value) -> T) -> Field<T> {
        switch self {
        case .absent: return .absent
        case .invalid(let location): return .invalid(location)
        case .valid(let located): return .valid(Located(transform(located.value), at: located.location))
        }
    }
}
