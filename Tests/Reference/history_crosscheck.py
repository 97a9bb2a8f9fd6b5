#!/usr/bin/env python3
"""Cross-checks `rmlint history --format json` against an independent implementation of SPEC §5
written from the spec alone (git CLI + PyYAML, full snapshots at every commit, no shared code) on
seeded random histories: milestones added, committed, re-dated, delivered (with and without a
`delivered` field), dropped, deleted, re-added, renamed and moved, broken for a commit, with merges
from side branches and commit times in several time zones.

Usage: python3 Tests/Reference/history_crosscheck.py RMLINT [--seeds 1-40] [--keep]
Exit 1 on the first disagreement, printing both answers."""
import argparse
import datetime
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

try:
    import yaml
except ImportError:  # PyYAML: the reference reads front-matter with it, not with rmlint's parser
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "pyyaml"], check=True)
    import yaml

COMMITTED = {"committed", "in-progress", "done"}


def git(repo, *args, env=None, text=True):
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=text,
                          env={**os.environ, **(env or {})}).stdout


# ---------------------------------------------------------------- random histories

def milestone(item):
    lines = ["---", f"id: {item['id']}", "kind: milestone", f"title: Milestone {item['id']}", "owner: ana",
             "theme: T-1", f"horizon: {item['horizon']}", f"status: {item['status']}", "track: product"]
    if item.get("due"):
        lines.append(f"due: {item['due']}")
    if item.get("delivered"):
        lines.append(f"delivered: {item['delivered']}")
    lines += ["metric: {name: things, target: 10}", "---", "Body text for the milestone.", ""]
    return "\n".join(lines)


def build(seed, folder):
    rng = random.Random(seed)
    repo = os.path.join(folder, f"repo-{seed}")
    os.makedirs(repo)
    git(repo, "init", "-q", "-b", "main")
    os.makedirs(os.path.join(repo, "roadmap"))
    with open(os.path.join(repo, "roadmap", "T-1.md"), "w") as f:
        f.write("---\nid: T-1\nkind: theme\ntitle: Theme\nowner: ana\n---\n")
    clock = datetime.datetime(2026, 1, 1, 9, 0, tzinfo=datetime.timezone.utc)
    items = {}   # id -> dict (state on disk), with 'path'
    counter = [0]

    def day(offset):
        return (datetime.date(2026, 1, 1) + datetime.timedelta(days=offset)).isoformat()

    def commit(message):
        nonlocal clock
        clock += datetime.timedelta(hours=rng.choice([5, 11, 23, 30, 49, 70]))
        zone = rng.choice([0, -8, 5, 9, -3])
        local = clock.astimezone(datetime.timezone(datetime.timedelta(hours=zone)))
        stamp = local.strftime("%Y-%m-%dT%H:%M:%S%z")
        git(repo, "add", "-A")
        if not git(repo, "status", "--porcelain").strip():
            return
        env = {"GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
               "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
        git(repo, "commit", "-q", "-m", message, env=env)

    def write(item):
        path = os.path.join(repo, item["path"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(milestone(item))

    def step():
        live = [i for i in items.values() if not i.get("deleted")]
        action = rng.random()
        if action < 0.18 or not live:
            counter[0] += 1
            ident = f"M-{counter[0]}"
            item = {"id": ident, "path": f"roadmap/m/{ident}.md", "horizon": rng.choice(["now", "next", "later"]),
                    "status": rng.choice(["proposed", "committed", "committed", "in-progress"]),
                    "due": day(rng.randint(20, 300)) if rng.random() < 0.85 else None}
            items[ident] = item
            write(item)
            return
        item = rng.choice(live)
        if action < 0.40:
            item["due"] = day(rng.randint(10, 360))
        elif action < 0.55:
            item["status"] = rng.choice(["proposed", "committed", "in-progress", "done", "done", "dropped"])
            if item["status"] == "done" and rng.random() < 0.4:
                item["delivered"] = day(rng.randint(10, 360))
        elif action < 0.62:
            os.remove(os.path.join(repo, item["path"]))
            item["deleted"] = True
            return
        elif action < 0.70:
            os.remove(os.path.join(repo, item["path"]))
            item["path"] = rng.choice(["roadmap/m/", "roadmap/archive/", "roadmap/"]) + f"{item['id']}-{rng.randint(0, 99)}.md"
        elif action < 0.76:
            with open(os.path.join(repo, item["path"]), "w") as f:
                f.write(f"---\nid: {item['id']}\nkind: milestone\ntitle: [broken\n---\n")
            return
        elif action < 0.80:
            item["due"] = None
        else:
            item["horizon"] = rng.choice(["now", "next", "later"])
        write(item)

    commit("theme")
    for number in range(rng.randint(25, 60)):
        if rng.random() < 0.08:
            # A side branch merged back: its commits land with the merge.
            git(repo, "checkout", "-q", "-b", f"side{number}")
            for _ in range(rng.randint(1, 3)):
                step()
                commit("side")
            git(repo, "checkout", "-q", "main")
            resync(repo, items)
            step()
            commit("main")
            env = {"GIT_COMMITTER_DATE": (clock + datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S+0000"),
                   "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
            try:
                git(repo, "merge", "-q", "--no-ff", "-m", "merge", f"side{number}", env=env)
            except subprocess.CalledProcessError:
                git(repo, "merge", "--abort")
            # Files may disagree with `items` after a merge: re-read the tree as the truth.
            resync(repo, items)
            continue
        step()
        commit(f"c{number}")
    return repo


def resync(repo, items):
    """Makes `items` say what the checked-out files hold (after switching branches or merging)."""
    for item in items.values():
        item["deleted"] = True
    for root, _, files in os.walk(os.path.join(repo, "roadmap")):
        for name in files:
            path = os.path.join(root, name)
            data = open(path, "rb").read()
            parsed = read_item(data)
            if parsed is None:
                for line in data.decode("utf-8", "replace").splitlines():
                    if line.startswith("id: M-") and line[4:] in items:
                        items[line[4:]].update({"path": os.path.relpath(path, repo), "deleted": False})
                continue
            if parsed.get("id", "").startswith("M-"):
                ident = parsed["id"]
                item = items.setdefault(ident, {"id": ident})
                item.update({"path": os.path.relpath(path, repo), "deleted": False, "horizon": parsed.get("horizon", "now"),
                             "status": parsed.get("status", "proposed"), "due": parsed.get("due"), "delivered": parsed.get("delivered")})


# ---------------------------------------------------------------- the reference

def read_item(data):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---\n", 3)
    if end < 0:
        return None
    try:
        front = yaml.load(text[4:end + 1], Loader=yaml.BaseLoader)  # every scalar a string
    except yaml.YAMLError:
        return None
    return front if isinstance(front, dict) else None


def valid_date(value):
    try:
        return datetime.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        return None


def reference(repo, as_of, tolerance):
    commits = git(repo, "rev-list", "--first-parent", "--reverse", "HEAD").split()
    state = {}       # id -> front-matter dict as last read
    where = {}       # path -> id
    timelines = {}
    skipped = 0
    previous = None
    for sha in commits:
        date = datetime.datetime.fromtimestamp(int(git(repo, "show", "-s", "--format=%ct", sha)), datetime.timezone.utc).date()
        if previous is None:
            changed = [("A", p) for p in git(repo, "ls-tree", "-r", "--name-only", sha, "--", "roadmap").split()]
        else:
            changed = [tuple(line.split("\t", 1)) for line in
                       git(repo, "diff-tree", "-r", "--no-renames", "--name-status", previous, sha, "--", "roadmap").splitlines()]
        previous = sha
        arrived = {}
        touched = set()
        for status, path in changed:
            if not path.endswith(".md"):
                continue
            reading = None
            if status != "D":
                data = subprocess.run(["git", "show", f"{sha}:{path}"], cwd=repo, capture_output=True).stdout
                reading = read_item(data)
                if data.startswith(b"---") and (reading is None or "id" not in reading):
                    skipped += 1
                    continue
            if path in where:
                touched.add(where.pop(path))
            if reading is not None and "id" in reading:
                where[path] = reading["id"]
                arrived[reading["id"]] = reading
                touched.add(reading["id"])
        for ident in sorted(touched):
            if ident in arrived:
                new = arrived[ident]
                old = state.get(ident)
                state[ident] = new
                if new.get("kind") != "milestone" and ident not in timelines:
                    continue
                t = timelines.setdefault(ident, {"commitment": None, "latest": None, "slips": 0, "done_on": None})
                status = new.get("status")
                if status == "done" and (old is None or old.get("status") != "done"):
                    t["done_on"] = date
                due = valid_date(new.get("due"))
                if t["commitment"] is None:
                    if status in COMMITTED and due:
                        t["commitment"] = (sha, date, due)
                        t["latest"] = due
                elif due:
                    if t["latest"] and due > t["latest"]:
                        t["slips"] += 1
                    t["latest"] = due
                t["exists"] = True
                t["last"] = new
            elif ident not in where.values() and ident in state:
                del state[ident]
                if ident in timelines:
                    timelines[ident]["exists"] = False
    counts = {"on_time": 0, "late": 0, "missed": 0, "dropped": 0, "open": 0}
    periods = {}
    items = []
    for ident in sorted(timelines):
        t = timelines[ident]
        if t["commitment"] is None:
            continue
        sha, committed_at, committed_due = t["commitment"]
        deadline = committed_due + datetime.timedelta(days=tolerance)
        last = t["last"]
        delivered_on = None
        if t["exists"] and last.get("status") == "done":
            delivered_on = valid_date(last.get("delivered")) or t["done_on"]
        if not t["exists"] or last.get("status") == "dropped":
            outcome = "dropped"
        elif delivered_on is not None:
            outcome = "on-time" if delivered_on <= deadline else "late"
        else:
            outcome = "missed" if as_of > deadline else "open"
        counts[outcome.replace("-", "_")] += 1
        period = f"{committed_due.year}-Q{(committed_due.month - 1) // 3 + 1}"
        bucket = periods.setdefault(period, {"on_time": 0, "late": 0, "missed": 0})
        if outcome in ("on-time", "late", "missed"):
            bucket[outcome.replace("-", "_")] += 1
        items.append({"id": ident, "committed_at": committed_at.isoformat(), "commit": sha,
                      "committed_due": committed_due.isoformat(), "due": t["latest"].isoformat() if t["latest"] else None,
                      "slips": t["slips"], "slip_days": (t["latest"] - committed_due).days,
                      "status": last.get("status"), "delivered_on": delivered_on.isoformat() if delivered_on else None,
                      "outcome": outcome})

    def ratio(c):
        measurable = c["on_time"] + c["late"] + c["missed"]
        return round(c["on_time"] / measurable, 4) if measurable else None

    counts["ratio"] = ratio(counts)
    return {"commits": len(commits), "skipped": skipped, "accuracy": counts,
            "periods": [{"period": p, **c, "ratio": ratio(c)} for p, c in sorted(periods.items())],
            "items": sorted(items, key=lambda i: i["id"])}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("rmlint")
    parser.add_argument("--seeds", default="1-25")
    parser.add_argument("--keep", action="store_true")
    options = parser.parse_args()
    options.rmlint = os.path.abspath(options.rmlint)
    first, _, last = options.seeds.partition("-")
    folder = tempfile.mkdtemp(prefix="rmlint-crosscheck-")
    try:
        for seed in range(int(first), int(last or first) + 1):
            repo = build(seed, folder)
            as_of, tolerance = datetime.date(2026, 1, 1) + datetime.timedelta(days=random.Random(seed).randint(30, 400)), seed % 3 * 7
            ours = json.loads(subprocess.run([options.rmlint, "history", "--format", "json", "--no-cache", "--as-of", as_of.isoformat(),
                                              "--tolerance", str(tolerance)], cwd=repo, check=True, capture_output=True, text=True).stdout)
            theirs = reference(repo, as_of, tolerance)
            ours_items = sorted(ours["items"], key=lambda i: i["id"])
            got = {"commits": ours["commits"], "skipped": ours["skipped"], "accuracy": ours["accuracy"], "periods": ours["periods"], "items": ours_items}
            if got != theirs:
                print(f"seed {seed}: rmlint and the reference disagree (repository kept at {repo})", file=sys.stderr)
                for key in theirs:
                    if got[key] != theirs[key]:
                        print(f"  {key}:\n    rmlint:    {json.dumps(got[key])[:1500]}\n    reference: {json.dumps(theirs[key])[:1500]}", file=sys.stderr)
                options.keep = True
                return 1
            print(f"seed {seed}: {theirs['commits']} commits, {len(theirs['items'])} committed milestones, "
                  f"{theirs['skipped']} skipped, accuracy {theirs['accuracy']['ratio']}: same")
        return 0
    finally:
        if not options.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
