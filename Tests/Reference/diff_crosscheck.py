#!/usr/bin/env python3
"""Cross-checks `rmlint diff --format json` item changes against an independent reading of
SPEC §6 on seeded random changes to a roadmap: every changed item listed once, as added, removed
or modified, with exactly the fields that changed (path, status, due with days, horizon,
metric.target, estimate, owner, title, depends_on, track, tags; lists as their entries joined by ", "), moves and renames (same id) as `modified` with a `path` change.

Usage: python3 Tests/Reference/diff_crosscheck.py RMLINT [--seeds 1-40]. Exit 1 on a disagreement."""
import argparse
import datetime
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

FIELDS = ["path", "status", "due", "horizon", "metric.target", "estimate", "owner", "title", "depends_on", "track", "tags"]
LISTS = {"depends_on", "tags"}


def git(repo, *args):
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True, env=env).stdout


def render(item):
    lines = ["---", f"id: {item['id']}", "kind: milestone", f"title: {item['title']}", f"owner: {item['owner']}",
             "theme: T-1", f"horizon: {item['horizon']}", f"status: {item['status']}", f"track: {item['track']}"]
    if item["depends_on"]:
        lines.append("depends_on: [" + ", ".join(item["depends_on"]) + "]")
    if item["tags"]:
        lines.append("tags: [" + ", ".join(item["tags"]) + "]")
    if item["estimate"] is not None:
        lines.append(f"estimate: {item['estimate']}")
    if item["due"] is not None:
        lines.append(f"due: {item['due']}")
    lines.append(f"metric: {{name: things, target: {item['target']}}}")
    lines += ["---", item["body"], ""]
    return "\n".join(lines)


def write_all(repo, items):
    for root, _, files in os.walk(os.path.join(repo, "roadmap", "m")):
        for name in files:
            os.remove(os.path.join(root, name))
    for item in items.values():
        path = os.path.join(repo, item["path"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as handle:
            handle.write(render(item))


def expected(before, after):
    changes = []
    for ident in sorted(set(before) | set(after)):
        old, new = before.get(ident), after.get(ident)
        if old is None:
            changes.append((ident, "added", []))
        elif new is None:
            changes.append((ident, "removed", []))
        else:
            fields = []
            for field in FIELDS:
                key = {"metric.target": "target"}.get(field, field)
                a, b = old[key], new[key]
                if field in LISTS:
                    a, b = (", ".join(a) or None), (", ".join(b) or None)
                if a != b:
                    entry = {"field": field, "from": None if a is None else str(a), "to": None if b is None else str(b)}
                    if field == "due" and a and b:
                        entry["days"] = (datetime.date.fromisoformat(b) - datetime.date.fromisoformat(a)).days
                    fields.append(entry)
            if fields:
                changes.append((ident, "modified", fields))
    return changes


def run(seed, folder, rmlint):
    rng = random.Random(seed)
    repo = os.path.join(folder, f"repo-{seed}")
    os.makedirs(os.path.join(repo, "roadmap"))
    git(repo, "init", "-q", "-b", "main")
    with open(os.path.join(repo, "roadmap", "T-1.md"), "w") as handle:
        handle.write("---\nid: T-1\nkind: theme\ntitle: Theme\nowner: ana\n---\n")

    def day():
        return (datetime.date(2027, 1, 1) + datetime.timedelta(days=rng.randint(0, 400))).isoformat()

    items = {}
    for number in range(rng.randint(4, 14)):
        ident = f"M-{number}"
        items[ident] = {"id": ident, "path": f"roadmap/m/{ident}.md", "owner": rng.choice(["ana", "bo", "cy"]),
                        "horizon": rng.choice(["now", "next", "later"]), "status": rng.choice(["proposed", "committed", "in-progress"]),
                        "estimate": rng.choice([None, 1, 2, 3, 5]), "due": rng.choice([None, day(), day()]),
                        "target": rng.choice([10, 20, "80%"]), "body": "Body.", "title": f"Milestone {ident}",
                        "track": rng.choice(["product", "engineering"]), "depends_on": [],
                        "tags": rng.choice([[], ["platform"], ["platform", "payments"]])}
    write_all(repo, items)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "base")
    before = {k: dict(v) for k, v in items.items()}
    for _ in range(rng.randint(1, 8)):
        ident = rng.choice(sorted(items)) if items else None
        action = rng.random()
        if ident is None or action < 0.1:
            new = f"M-{100 + len(items) + rng.randint(0, 999)}"
            items[new] = {"id": new, "path": f"roadmap/m/{new}.md", "owner": "ana", "horizon": "later", "status": "proposed",
                          "estimate": None, "due": None, "target": 5, "body": "New.", "title": "New milestone",
                          "track": "product", "depends_on": [], "tags": []}
        elif action < 0.2:
            del items[ident]
        elif action < 0.3:
            items[ident]["path"] = rng.choice(["roadmap/m/", "roadmap/m/sub/", "roadmap/other/"]) + f"{ident}-{rng.randint(0, 9)}.md"
        elif action < 0.4:
            items[ident]["due"] = rng.choice([None, day()])
        elif action < 0.5:
            items[ident]["status"] = rng.choice(["proposed", "committed", "in-progress", "done", "dropped"])
        elif action < 0.6:
            items[ident]["horizon"] = rng.choice(["now", "next", "later"])
        elif action < 0.7:
            items[ident]["owner"] = rng.choice(["ana", "bo", "cy", "dee"])
        elif action < 0.8:
            items[ident]["estimate"] = rng.choice([None, 1, 2, 8])
        elif action < 0.9:
            items[ident]["target"] = rng.choice([10, 20, 30, "80%", "90%"])
        elif action < 0.92:
            items[ident]["title"] = rng.choice(["Renamed", "Milestone " + ident, "Another title"])
        elif action < 0.94:
            items[ident]["track"] = rng.choice(["product", "engineering"])
        elif action < 0.96:
            others = [other for other in sorted(items) if other != ident]
            items[ident]["depends_on"] = rng.sample(others, k=min(len(others), rng.randint(0, 2)))
        elif action < 0.98:
            items[ident]["tags"] = rng.choice([[], ["platform"], ["payments", "platform"], ["platform", "payments"]])
        else:
            items[ident]["body"] = "Edited body only."
    write_all(repo, items)
    git(repo, "add", "-A")
    report = json.loads(subprocess.run([rmlint, "diff", "--staged", "--format", "json", "--today", "2026-11-24"], cwd=repo,
                                       check=True, capture_output=True, text=True).stdout)
    got = sorted((c["id"], c["change"], [{k: v for k, v in f.items() if k in ("field", "from", "to", "days")} for f in c["fields"]])
                 for c in report["changes"])
    want = expected(before, items)
    if got != want:
        print(f"seed {seed}: rmlint and the reference disagree (repository at {repo})", file=sys.stderr)
        print(f"  rmlint:    {got}\n  reference: {want}", file=sys.stderr)
        return False
    print(f"seed {seed}: {len(want)} changes: same")
    return True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("rmlint")
    parser.add_argument("--seeds", default="1-25")
    options = parser.parse_args()
    rmlint = os.path.abspath(options.rmlint)
    first, _, last = options.seeds.partition("-")
    folder = tempfile.mkdtemp(prefix="rmlint-diff-crosscheck-")
    for seed in range(int(first), int(last or first) + 1):
        if not run(seed, folder, rmlint):
            return 1
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
