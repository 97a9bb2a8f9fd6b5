#!/usr/bin/env bash
# Times `rmlint lint --staged` (what the pre-commit hook runs) and `rmlint lint` on a generated
# roadmap of N items (default 300) in a temporary git repository. Usage: scripts/benchmark.sh [N] [RUNS]
# With RMLINT_BASELINE=/path/to/other/rmlint, that build is timed in the same run and ratios are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-300}
runs=${2:-20}
binary="$PWD/.build/release/rmlint"
[ -x "$binary" ] || swift build -c release --product rmlint --static-swift-stdlib >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git -C "$work" init -q
mkdir -p "$work/roadmap/themes" "$work/roadmap/milestones" "$work/roadmap/backlog"
printf -- '---\nid: T-1\nkind: theme\ntitle: Core\nowner: alice\n---\n' > "$work/roadmap/themes/T-1.md"
narrative="Customers reconcile invoices by hand every month; this removes that work for the finance teams we serve."
milestones=$((count / 3))
for i in $(seq 1 "$milestones"); do
    dep=""; [ "$i" -gt 1 ] && dep="depends_on: [M-$((i - 1))]"
    printf -- '---\nid: M-%s\nkind: milestone\ntitle: Milestone %s\nowner: carol\ntheme: T-1\nhorizon: later\nstatus: proposed\ntrack: product\nestimate: 2\n%s\nmetric: {name: matched, target: 80%%}\n---\n%s\n' \
        "$i" "$i" "$dep" "$narrative" > "$work/roadmap/milestones/M-$i.md"
done
for i in $(seq 1 $((count - milestones - 1))); do
    printf -- '---\nid: B-%s\nkind: backlog\ntitle: Task %s\nmilestone: M-%s\n---\n' "$i" "$i" $(( (i % milestones) + 1 )) > "$work/roadmap/backlog/B-$i.md"
done
git -C "$work" add .
baseline=${RMLINT_BASELINE:-}
# time_runs BINARY ARGS...: mean microseconds per run
time_runs() {
    local program=$1; shift
    local start end
    start=$(date +%s%N)
    for _ in $(seq 1 "$runs"); do (cd "$work" && "$program" "$@" >/dev/null 2>&1) || true; done
    end=$(date +%s%N)
    echo $(( (end - start) / runs / 1000 ))
}
measure() {
    local label=$1; shift
    local ours theirs
    ours=$(time_runs "$binary" "$@")
    if [ -n "$baseline" ]; then
        theirs=$(time_runs "$baseline" "$@")
        echo "$label: $ours µs per run, baseline $theirs µs (ratio $(awk "BEGIN{printf \"%.2f\", $ours/$theirs}")) over $runs runs ($count items)"
    else
        echo "$label: $ours µs per run over $runs runs ($count items)"
    fi
}
(cd "$work" && "$binary" lint --staged >/dev/null) 2>&1 | tail -1
measure "lint --staged" lint --staged
measure "lint (working tree)" lint
