#!/usr/bin/env python3
"""Times rmlint against the tools a team would otherwise run, on the same generated corpora, in one run.

Usage: python3 Benchmarks/bench.py [--sizes 1000,10000,100000] [--runs 5] [--compare OTHER_RMLINT] [--baseline EARLIER_RMLINT] [--history 5000] [--history-items 1000]

Builds the release binaries, generates seeded corpora (Benchmarks/generate_corpus.py), and times
`rmlint lint` at each size, `rmlint lint --staged` on 300 items, the parser alone, and beside them:
the Python + libyaml front-matter check (Benchmarks/python_frontmatter_check.py, run by the real
interpreter, not a version-manager shim), `check-jsonschema` against schema/item.schema.json (on the
front-matter extracted to YAML files beforehand, since it cannot read Markdown), `pymarkdown scan -r`
(with --continue-on-error, once per size up to 10,000: it is slow),
and `cat` of every file (the I/O floor). Prints median wall time, peak memory and the ratio of
each peer's time to rmlint's. With --compare, also checks that `--format json` of OTHER_RMLINT is
byte-for-byte the same as this build's on every corpus (the golden comparison for speed work).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYTHON = os.path.realpath(sys.executable)
TODAY = "2026-11-24"
TIME = shutil.which("time", path="/usr/bin:/bin") or "/usr/bin/time"


def run(command, cwd, env=None):
    """Wall seconds and peak resident memory (MiB) of one run; the output is discarded. A tool that
    crashes (exit status other than 0 or 1) is not timed: that would flatter it.

    Memory comes from GNU time: a child forked from this (large) Python process would report this
    process's memory as its own peak in wait4's ru_maxrss."""
    report = tempfile.NamedTemporaryFile(prefix="rmlint-bench-rss-", delete=False)
    report.close()
    started = time.perf_counter()
    result = subprocess.run([TIME, "-f", "%M", "-o", report.name, *command], cwd=cwd, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - started
    with open(report.name) as handle:
        lines = handle.read().split()
    os.unlink(report.name)
    if result.returncode not in (0, 1):
        raise RuntimeError(f"{command[:3]} exited {result.returncode}: {result.stderr.decode(errors='replace')[-300:]}")
    return seconds, int(lines[-1]) / 1024


def measure(command, cwd, runs, env=None):
    run(command, cwd, env)  # warm the page cache
    samples = [run(command, cwd, env) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), max(s[1] for s in samples)


def ensure_peer(module, package):
    if subprocess.run([PYTHON, "-c", f"import {module}"], capture_output=True).returncode == 0:
        return True
    result = subprocess.run([PYTHON, "-m", "pip", "install", "--quiet", package], capture_output=True)
    return result.returncode == 0


def build():
    subprocess.run(["swift", "build", "-c", "release", "--product", "rmlint", "--static-swift-stdlib"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run(["swift", "build", "-c", "release", "--product", "rmlint-parser-benchmark"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    return os.path.join(ROOT, ".build/release/rmlint"), os.path.join(ROOT, ".build/release/rmlint-parser-benchmark")


def generate(folder, items, history=0):
    command = [PYTHON, os.path.join(ROOT, "Benchmarks/generate_corpus.py"), "--items", str(items), "--out", folder]
    if history:
        command += ["--history", str(history)]
    subprocess.run(command, check=True)


def extract_front_matter(corpus, target):
    """Front-matter of every item as a .yaml file, for check-jsonschema (prepared outside the timing)."""
    paths = []
    for directory, _, names in os.walk(os.path.join(corpus, "roadmap")):
        for name in names:
            with open(os.path.join(directory, name), encoding="utf-8") as handle:
                text = handle.read()
            block = text.split("\n---", 1)[0][4:]
            path = os.path.join(target, f"{len(paths)}.yaml")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(block + "\n")
            paths.append(path)
    return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compare", help="another rmlint build whose --format json must be identical")
    parser.add_argument("--baseline", help="another rmlint build (an earlier commit) timed beside this one on every "
                                           "rmlint row, as the peer 'earlier build'")
    parser.add_argument("--history-items", type=int, default=1000, metavar="ITEMS",
                        help="items in the --history roadmap (default 1,000)")
    parser.add_argument("--history", type=int, default=0, metavar="COMMITS",
                        help="also time `rmlint history` on a 1,000-item roadmap with this many commits (packed with git gc), "
                             "beside `git log -p --first-parent -- roadmap/`")
    options = parser.parse_args()
    if not os.path.exists(TIME):
        subprocess.run(["apt-get", "install", "-y", "-qq", "time"], check=True, stdout=subprocess.DEVNULL)
    rmlint, parser_benchmark = build()
    peers = {"pymarkdown": ensure_peer("pymarkdown", "pymarkdownlnt"),
             "check-jsonschema": ensure_peer("check_jsonschema", "check-jsonschema")}
    work = tempfile.mkdtemp(prefix="rmlint-bench-")
    rows = []
    mismatches = 0
    try:
        for size in [int(s) for s in options.sizes.split(",")]:
            corpus = os.path.join(work, f"c{size}")
            generate(corpus, size)
            runs = options.runs if size <= 10_000 else max(1, options.runs // 2)
            ours, memory = measure([rmlint, "lint", "--format", "json", "--today", TODAY], corpus, runs)
            rows.append((f"rmlint lint ({size:,} items)", ours, memory, None))
            if options.baseline:
                earlier, peak = measure([options.baseline, "lint", "--format", "json", "--today", TODAY], corpus, runs)
                rows.append((f"  earlier build ({size:,})", earlier, peak, earlier / ours))
            files = [os.path.join(d, n) for d, _, ns in os.walk(os.path.join(corpus, "roadmap")) for n in ns]
            list_file = os.path.join(work, f"files{size}")
            with open(list_file, "w") as handle:
                handle.write("\0".join(files))
            peer_commands = [
                ("Python + libyaml check", [PYTHON, os.path.join(ROOT, "Benchmarks/python_frontmatter_check.py"), "roadmap"]),
                ("cat of every file", ["sh", "-c", f"xargs -0 cat < {list_file} > /dev/null"]),
            ]
            if peers["pymarkdown"] and size <= 10_000:
                peer_commands.append(("pymarkdown scan -r", [PYTHON, "-m", "pymarkdown", "--continue-on-error", "scan", "-r", "roadmap"]))
            if peers["check-jsonschema"] and size <= 10_000:
                extracted = os.path.join(work, f"yaml{size}")
                os.makedirs(extracted)
                yaml_files = extract_front_matter(corpus, extracted)
                peer_commands.append(("check-jsonschema (front-matter as YAML)",
                                      [PYTHON, "-m", "check_jsonschema", "--schemafile", os.path.join(ROOT, "schema/item.schema.json"), *yaml_files]))
            for label, command in peer_commands:
                seconds, peak = measure(command, corpus, max(1, runs if "pymarkdown" not in label else 1))
                rows.append((f"  {label} ({size:,})", seconds, peak, seconds / ours))
            if size == 10_000:
                output = subprocess.run([parser_benchmark, corpus, "5"], capture_output=True, text=True).stdout.strip()
                rows.append((f"  {output}", None, None, None))
            if options.compare:
                ours_json = subprocess.run([rmlint, "lint", "--format", "json", "--today", TODAY], cwd=corpus, capture_output=True).stdout
                theirs = subprocess.run([options.compare, "lint", "--format", "json", "--today", TODAY], cwd=corpus, capture_output=True).stdout
                same = ours_json == theirs
                mismatches += 0 if same else 1
                rows.append((f"  --format json identical to {options.compare} ({size:,})", None, None, "yes" if same else "NO"))
        if options.history:
            repo = os.path.join(work, "history")
            generate(repo, options.history_items, history=options.history)
            subprocess.run(["git", "gc", "-q"], cwd=repo, check=True)
            history = [rmlint, "history", "--format", "json", "--as-of", TODAY]
            cold, memory = measure(history + ["--no-cache"], repo, options.runs)
            rows.append((f"rmlint history --no-cache ({options.history:,} commits, {options.history_items:,} items)", cold, memory, None))
            cached, cached_memory = measure(history, repo, options.runs * 4)  # the warm-up run writes the cache
            rows.append(("rmlint history, cached", cached, cached_memory, None))
            if options.baseline:
                earlier = [options.baseline, "history", "--format", "json", "--as-of", TODAY]
                seconds, peak = measure(earlier + ["--no-cache"], repo, options.runs)
                rows.append(("  earlier build, history --no-cache", seconds, peak, seconds / cold))
                seconds, peak = measure(earlier, repo, options.runs * 4)
                rows.append(("  earlier build, history cached", seconds, peak, seconds / cached))
            # The review reads history's analysis (and its cache) plus the roadmap at HEAD: SPEC §7 wants
            # it within 1.2× of history, cold and cached alike.
            review = [rmlint, "review", "--format", "json", "--as-of", TODAY]
            review_cold, memory = measure(review + ["--no-cache"], repo, options.runs)
            rows.append(("rmlint review --no-cache", review_cold, memory, None))
            review_cached, memory = measure(review, repo, options.runs * 4)
            rows.append(("rmlint review, cached", review_cached, memory, None))
            rows.append(("  rmlint review / rmlint history: cold, cached", None, None,
                         f"{review_cold / cold:.2f}×, {review_cached / cached:.2f}×"))
            board = [rmlint, "board", "--audience", "public", "--format", "html", "--as-of", TODAY]
            seconds, memory = measure(board, repo, options.runs * 4)
            rows.append(("rmlint board --audience public --format html, cached", seconds, memory, None))
            diff = [rmlint, "diff", f"HEAD~{min(500, options.history - 1)}", "HEAD", "--format", "json", "--today", TODAY]
            ours_diff, memory = measure(diff, repo, options.runs)
            rows.append((f"rmlint diff HEAD~{min(500, options.history - 1)} HEAD", ours_diff, memory, None))
            if options.baseline:
                seconds, peak = measure([options.baseline] + diff[1:], repo, options.runs)
                rows.append(("  earlier build, diff", seconds, peak, seconds / ours_diff))
            theirs, peak = measure(["git", "log", "-p", "--first-parent", "--", "roadmap/"], repo, options.runs)
            rows.append(("  git log -p --first-parent -- roadmap/", theirs, peak, theirs / cold))
            rows.append(("  rmlint history / git log -p: cold, cached", None, None, f"{cold / theirs:.2f}×, {cached / theirs:.2f}×"))
        staged = os.path.join(work, "staged")
        generate(staged, 300)
        subprocess.run(["git", "init", "-q"], cwd=staged, check=True)
        subprocess.run(["git", "add", "-A"], cwd=staged, check=True)
        seconds, peak = measure([rmlint, "lint", "--staged", "--today", TODAY], staged, options.runs * 4)
        rows.append(("rmlint lint --staged (300 items, process start included)", seconds, peak, None))
        if options.baseline:
            earlier, memory = measure([options.baseline, "lint", "--staged", "--today", TODAY], staged, options.runs * 4)
            rows.append(("  earlier build, lint --staged", earlier, memory, earlier / seconds))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"| what | median wall | peak memory | peer time / rmlint time |\n|---|---|---|---|")
    for label, seconds, peak, ratio in rows:
        wall = f"{seconds * 1000:.1f} ms" if seconds is not None else ""
        memory = f"{peak:.0f} MiB" if peak is not None else ""
        shown = f"{ratio:.1f}×" if isinstance(ratio, float) else (ratio or "")
        print(f"| {label} | {wall} | {memory} | {shown} |")
    print(f"\n(python: {PYTHON}; {os.cpu_count()} cores)")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
