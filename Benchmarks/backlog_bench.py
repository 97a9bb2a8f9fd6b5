#!/usr/bin/env python3
"""Times `rmlint lint` on a Backlog.md folder against the same roadmap written natively.

Usage: backlog_bench.py [--tasks 5000] [--runs 7] [--rmlint PATH] [--keep DIR]

Both corpora are generated from one seed: N tasks (a share in completed/, sub-tasks, dependencies,
labels, acceptance criteria, bare @assignees, zero-padded ids, milestones named by id or title) and
N/50 milestones, as a Backlog.md folder (`convention: backlog.md`, prefix `back`) and as rmlint's
own items with the same links (a native backlog item has no dependencies: there `depends_on` is
written but is an unknown field, so both sides parse the same bytes). Runs alternate between the two; the report gives the medians and
the ratio (Backlog.md / native) — issue 18 asks for at most 1.2.
"""
import argparse
import os
import random
import shutil
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STATUSES = ["To Do", "In Progress", "Done"]
NATIVE_STATUS = {"To Do": "open", "In Progress": "in-progress", "Done": "done"}
WORDS = ("Finance teams reconcile invoices by hand every month; this removes that work and frees "
         "them for analysis instead of data entry.")


def tasks(count, seed):
    rng = random.Random(seed)
    milestones = max(2, count // 50)
    out = []
    for number in range(1, count + 1):
        parent = number - 1 if number > 1 and rng.random() < 0.1 else None
        dependencies = sorted({rng.randrange(1, number) for _ in range(rng.choice([0, 0, 1, 2]))}) if number > 2 else []
        # As teams work: a task is done only when what it depends on is (one in a hundred is not:
        # a real finding), and older tasks are more often done.
        blocked = any(out[d - 1]["status"] != "Done" and not out[d - 1]["completed"] for d in dependencies)
        status = rng.choices(STATUSES, weights=[1, 1, 3 if number < count * 0.6 else 1])[0]
        if status == "Done" and blocked and rng.random() > 0.01:
            status = "In Progress"
        out.append({
            "number": number,
            "status": status,
            "completed": status == "Done" and rng.random() < 0.5,
            "assignees": rng.sample(["alice", "bob", "carol", "dana"], rng.choice([1, 1, 2])),
            "labels": rng.sample(["billing", "api", "ui", "ops"], rng.choice([0, 1, 2])),
            "milestone": rng.randrange(1, milestones + 1) if rng.random() < 0.7 else None,
            "by_title": rng.random() < 0.3,
            "dependencies": dependencies,
            "parent": parent,
            "criteria": rng.choice([0, 2, 3]),
        })
    return out, milestones


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as handle:
        handle.write(text)


def criteria(task):
    if not task["criteria"]:
        return ""
    done = task["status"] == "Done" or task["completed"]
    lines = "".join(f"- [{'x' if done else ' '}] #{i} Criterion {i}\n" for i in range(1, task["criteria"] + 1))
    return f"## Acceptance Criteria\n<!-- AC:BEGIN -->\n{lines}<!-- AC:END -->\n"


def backlog_md(folder, items, milestones):
    write(f"{folder}/.rmlint.yml", "convention: backlog.md\n")
    write(f"{folder}/backlog/config.yml", 'project_name: "Bench"\nstatuses: ["To Do", "In Progress", "Done"]\ntask_prefix: "back"\n')
    for m in range(1, milestones + 1):
        write(f"{folder}/backlog/milestones/m-{m} - Release {m}.md",
              f"---\nid: m-{m}\ntitle: Release {m}\ndue_date: 2027-{m % 12 + 1:02d}-15 12:00\n---\n\n## Description\n\n{WORDS}\n")
    for task in items:
        n = task["number"]
        status = "Done" if task["completed"] else task["status"]
        lines = [f"id: BACK-{n:03d}", f"title: Task {n}", f"status: {status}",
                 "assignee: " + ("@" + task["assignees"][0] if len(task["assignees"]) == 1 else
                                 "[" + ", ".join(task["assignees"]) + "]"),
                 "labels: [" + ", ".join(task["labels"]) + "]",
                 "dependencies: [" + ", ".join(f"back-{d}" for d in task["dependencies"]) + "]"]
        if task["milestone"]:
            lines.append(f"milestone: Release {task['milestone']}" if task["by_title"] else f"milestone: m-{task['milestone']}")
        if task["parent"]:
            lines.append(f"parent_task_id: BACK-{task['parent']}")
        sub = "completed" if task["completed"] else "tasks"
        write(f"{folder}/backlog/{sub}/back-{n:03d} - Task {n}.md",
              "---\n" + "\n".join(lines) + f"\n---\n\n## Description\n\n{WORDS}\n\n" + criteria(task))


def native(folder, items, milestones):
    write(f"{folder}/.rmlint.yml", "roadmap: [roadmap]\nrules:\n  backlog-theme-link: off\n  single-owner: off\n")
    write(f"{folder}/roadmap/themes/T-core.md", "---\nid: T-core\nkind: theme\ntitle: Core\nowner: alice\n---\n")
    for m in range(1, milestones + 1):
        write(f"{folder}/roadmap/milestones/m-{m}.md",
              f"---\nid: m-{m}\nkind: milestone\ntitle: Release {m}\nowner: alice\ntheme: T-core\nhorizon: next\n"
              f"status: in-progress\ntrack: product\nestimate: 2\ndue: 2027-{m % 12 + 1:02d}-15\n"
              f"metric: {{name: adoption, target: 10}}\n---\n\n{WORDS}\n")
    for task in items:
        n = task["number"]
        status = NATIVE_STATUS["Done" if task["completed"] else task["status"]]
        lines = [f"id: BACK-{n}", "kind: backlog", f"title: Task {n}", f"status: {status}",
                 f"owner: {task['assignees'][0]}", "tags: [" + ", ".join(task["labels"]) + "]",
                 "depends_on: [" + ", ".join(f"BACK-{d}" for d in task["dependencies"]) + "]"]
        if task["milestone"]:
            lines.append(f"milestone: m-{task['milestone']}")
        if task["parent"]:
            lines.append(f"parent: BACK-{task['parent']}")
        write(f"{folder}/roadmap/backlog/BACK-{n}.md",
              "---\n" + "\n".join(lines) + f"\n---\n\n## Description\n\n{WORDS}\n\n" + criteria(task))


def timed(rmlint, cwd):
    started = time.perf_counter()
    result = subprocess.run([rmlint, "lint", "--today", "2026-11-24", "--quiet"], cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if result.returncode not in (0, 1):
        raise RuntimeError(result.stderr.decode(errors="replace")[-400:])
    return time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--rmlint", default=os.path.join(ROOT, ".build/release/rmlint"))
    parser.add_argument("--keep", help="write the corpora here and keep them")
    args = parser.parse_args()
    base = args.keep or tempfile.mkdtemp(prefix="rmlint-backlog-bench-")
    items, milestones = tasks(args.tasks, 18)
    backlog_md(f"{base}/backlog-md", items, milestones)
    native(f"{base}/native", items, milestones)
    for side in ("backlog-md", "native"):
        timed(args.rmlint, f"{base}/{side}")  # warm the page cache
    samples = {"backlog-md": [], "native": []}
    for _ in range(args.runs):
        for side in samples:
            samples[side].append(timed(args.rmlint, f"{base}/{side}"))
    medians = {side: statistics.median(values) for side, values in samples.items()}
    fastest = {side: min(values) for side, values in samples.items()}
    print(f"{args.tasks} tasks, {milestones} milestones, {args.runs} alternating runs of rmlint lint each")
    for side in samples:
        print(f"  {side:<11} median {medians[side] * 1000:8.1f} ms   fastest {fastest[side] * 1000:8.1f} ms")
    print(f"  ratio Backlog.md / native: {medians['backlog-md'] / medians['native']:.2f} (medians), "
          f"{fastest['backlog-md'] / fastest['native']:.2f} (fastest)")
    if not args.keep:
        shutil.rmtree(base)


if __name__ == "__main__":
    main()
