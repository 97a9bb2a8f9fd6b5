extension Convention {
    /// The built-in `backlog.md` convention over a Backlog.md folder: Backlog.md's keys, its
    /// folders for kinds, and off the rules that need what Backlog.md does not write.
    package static func backlogMD(_ layout: BacklogLayout) -> Convention {
        var convention = Convention()
        convention.name = "backlog.md"
        convention.backlog = layout
        convention.fields = [
            "owner": "assignee", "depends_on": "dependencies", "tags": "labels", "due": "due_date",
            "parent": "parent_task_id",
        ]
        convention.absentFields = [
            .milestone: [
                "owner", "horizon", "track", "estimate", "metric", "goals", "theme", "status", "scores", "period",
                "replans", "dropped-reason", "delivered", "depends_on",
            ],
            .backlog: ["theme", "track", "estimate"],
        ]
        let noStatus = "Backlog.md milestones have no status or replans: archiving one is how it ends"
        convention.rulesOff = [
            "single-owner": "Backlog.md milestones have no owner, and a task may have several assignees",
            "smart-measurable": "Backlog.md milestones have no metric",
            "smart-achievable": "Backlog.md milestones have no estimate",
            "smart-relevant": "Backlog.md milestones link no theme or goal",
            "backlog-theme-link": "Backlog.md tasks have no theme",
            "capacity-split": "Backlog.md items have no estimate or track",
            "capacity-total": "Backlog.md items have no estimate",
            "later-without-dates": "Backlog.md milestones have no horizon",
            "delivered-date": "Backlog.md milestones have no delivered date",
            "replan-without-reason": noStatus,
            "uncommitted-without-reason": noStatus,
            "dropped-without-reason": noStatus,
            "scope-cut-without-reason": noStatus,
            "committed-deleted": noStatus,
        ]
        return convention
    }
}
