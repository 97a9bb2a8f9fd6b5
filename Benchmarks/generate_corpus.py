#!/usr/bin/env python3
"""Writes a deterministic, realistic roadmap corpus for benchmarks and golden comparisons.

Usage: generate_corpus.py --items N --out DIR [--seed S] [--violations RATE] [--history COMMITS] [--popular N]

The same seed always gives the same files. Proportions follow real roadmaps: about 1.5% themes,
4% goals, 25% milestones and the rest backlog, linked to each other; milestones carry estimates,
due dates spread over 2026-2027, depends_on chains and metrics. A small share of items (RATE,
default 0.02) carries one typical mistake each: two owners, a dangling link, an impossible date,
a missing metric, a short narrative. With --history the folder becomes a git repository whose
commits edit the roadmap as teams do (due dates slip, statuses move, items are added).
"""
import argparse
import datetime
import os
import random
import subprocess

NARRATIVE = ("Customers reconcile invoices by hand every month; this removes that work for the finance "
             "teams we serve and frees them for analysis instead of data entry.")
OWNERS = ["alice", "bob", "carol", "dana", "erin", "frank", "grace", "@acme/payments", "@acme/platform"]
MISTAKES = ["two-owners", "dangling-theme", "bad-date", "no-metric", "short-narrative"]


def quarter_due(rng, year):
    month = rng.choice([3, 6, 9, 12])
    day = 31 if month in (3, 12) else 30
    return f"{year}-{month:02d}-{day}"


def live_theme(rng, themes):
    """A theme that is not archived (every tenth one is)."""
    while True:
        index = rng.randrange(themes)
        if index % 10 != 9:
            return index


def build(items, seed, violations, popular=0):
    rng = random.Random(seed)
    themes = max(2, items * 15 // 1000)
    goals = max(2, items * 40 // 1000)
    milestones = max(2, items * 250 // 1000)
    backlog = max(0, items - themes - goals - milestones)
    files = {}

    def mistake():
        return rng.choice(MISTAKES) if rng.random() < violations else None

    for i in range(themes):
        status = "archived" if i % 10 == 9 else "active"
        owner = "alice and bob" if mistake() == "two-owners" else rng.choice(OWNERS)
        files[f"roadmap/themes/T-{i}.md"] = (
            f"---\nid: T-{i}\nkind: theme\ntitle: Theme {i}\nowner: \"{owner}\"\nstatus: {status}\n---\n{NARRATIVE}\n")
    for i in range(goals):
        kind = mistake()
        theme = f"T-{live_theme(rng, themes)}" if kind != "dangling-theme" else f"T-missing-{i}"
        due = "2027-02-30" if kind == "bad-date" else quarter_due(rng, 2027)
        metric = "" if kind == "no-metric" else "metric: {name: monthly churn, target: 2%, baseline: 3.5%}\n"
        body = "Fewer tickets." if kind == "short-narrative" else NARRATIVE
        files[f"roadmap/goals/G-{i}.md"] = (
            f"---\nid: G-{i}\nkind: goal\ntitle: Goal {i}\nowner: {rng.choice(OWNERS[:7])}\ntheme: {theme}\n"
            f"{metric}due: {due}\n---\n{body}\n")
    for i in range(milestones):
        kind = mistake()
        horizon = rng.choices(["now", "next", "later"], [3, 4, 3])[0]
        status = {"now": rng.choice(["committed", "in-progress", "done"]),
                  "next": rng.choice(["proposed", "committed"]),
                  "later": "proposed"}[horizon]
        track = "product" if rng.random() < 0.7 else "engineering"
        theme = f"T-{live_theme(rng, themes)}" if kind != "dangling-theme" else f"T-missing-{i}"
        owner = "frank, grace" if kind == "two-owners" else rng.choice(OWNERS[:7])
        lines = [f"id: M-{i}", "kind: milestone", f"title: Milestone {i}", f"owner: {owner}", f"theme: {theme}",
                 f"goals: [G-{rng.randrange(goals)}]", f"horizon: {horizon}", f"status: {status}", f"track: {track}",
                 f"estimate: {rng.choice([1, 2, 3, 4, 6, 8])}"]
        if horizon != "later":
            lines.append("due: 2026-02-30" if kind == "bad-date" else f"due: {quarter_due(rng, rng.choice([2026, 2027]))}")
        if kind != "no-metric":
            lines.append("metric: {name: invoices matched, target: 80%, baseline: 40%}")
        if i > 0 and rng.random() < 0.2:
            lines.append(f"depends_on: [M-{rng.randrange(i)}]")
        body = "Ship it." if kind == "short-narrative" else NARRATIVE
        files[f"roadmap/milestones/M-{i}.md"] = "---\n" + "\n".join(lines) + f"\n---\n{body}\n"
    for i in range(backlog):
        kind = mistake()
        link = f"milestone: M-{rng.randrange(milestones)}" if rng.random() < 0.8 else f"theme: T-{rng.randrange(themes)}"
        if kind == "dangling-theme":
            link = f"theme: T-missing-{i}"
        elif i < popular:
            link = "theme: T-0"
        status = rng.choice(["open", "open", "in-progress", "done"])
        files[f"roadmap/backlog/B-{i}.md"] = (
            f"---\nid: B-{i}\nkind: backlog\ntitle: Task {i}\n{link}\nstatus: {status}\n"
            f"estimate: {rng.choice([0.5, 1, 2])}\n---\n")
    files[".rmlint.yml"] = ("roadmap: [roadmap]\ncapacity:\n  unit: team-weeks\n  period: quarter\n"
                            "  split:\n    product: [50, 90]\n    engineering: [10, 50]\n")
    return files


def write(out, files):
    for path, text in files.items():
        full = os.path.join(out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as handle:
            handle.write(text)


def git(out, *args, date=None):
    env = dict(os.environ, GIT_AUTHOR_NAME="Bench", GIT_AUTHOR_EMAIL="bench@example.invalid",
               GIT_COMMITTER_NAME="Bench", GIT_COMMITTER_EMAIL="bench@example.invalid")
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
    subprocess.run(["git", "-C", out, *args], check=True, env=env, stdout=subprocess.DEVNULL)


def history(out, files, commits, seed):
    """Commits the corpus, then edits it commit by commit: slips, status moves, new backlog."""
    rng = random.Random(seed + 1)
    git(out, "init", "-q", "-b", "main")
    git(out, "add", "-A")
    git(out, "commit", "-qm", "roadmap", date="2026-01-05T10:00:00Z")
    milestones = sorted(p for p in files if "/milestones/" in p)
    for number in range(commits):
        path = rng.choice(milestones)
        text = files[path]
        if "due: " in text and rng.random() < 0.5:
            year = int(text.split("due: ")[1][:4])
            text = text.replace(text.split("due: ")[1][:10], quarter_due(rng, min(year + 1, 2028)), 1)
        else:
            for old, new in [("status: proposed", "status: committed"), ("status: committed", "status: in-progress"),
                             ("status: in-progress", "status: done")]:
                if old in text:
                    text = text.replace(old, new, 1)
                    break
        files[path] = text
        write(out, {path: text})
        when = datetime.datetime(2026, 1, 6, 10, tzinfo=datetime.timezone.utc) + datetime.timedelta(hours=number * 7)
        git(out, "commit", "-q", "--allow-empty", "-am", f"edit {path}", date=when.strftime("%Y-%m-%dT%H:%M:%SZ"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--violations", type=float, default=0.02)
    parser.add_argument("--popular", type=int, default=0, help="backlog items that all link theme T-0 (a wide rename)")
    parser.add_argument("--history", type=int, default=0, help="commits editing the roadmap (makes a git repository)")
    options = parser.parse_args()
    files = build(options.items, options.seed, options.violations, options.popular)
    write(options.out, files)
    if options.history:
        history(options.out, files, options.history, options.seed)


if __name__ == "__main__":
    main()
