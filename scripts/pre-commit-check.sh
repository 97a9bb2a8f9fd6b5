#!/usr/bin/env bash
# Tries rmlint's pre-commit framework hooks for real, as a user would: a scratch repository whose
# .pre-commit-config.yaml points at this repository. A commit adding a milestone with two owners is
# blocked, a good one passes; `pre-commit try-repo` does the same with the hook pre-commit builds
# with Swift. Needs the release build (scripts/bootstrap.sh) and a committed HEAD here.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
python3 -m pre_commit --version >/dev/null 2>&1 || python3 -m pip install --quiet pre-commit
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export PRE_COMMIT_HOME="$scratch/cache" PATH="$root/.build/release:$PATH"
export GIT_AUTHOR_NAME=check GIT_AUTHOR_EMAIL=check@rmlint.invalid GIT_COMMITTER_NAME=check GIT_COMMITTER_EMAIL=check@rmlint.invalid
cd "$scratch" && mkdir repo && cd repo && git init -q -b main

cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $root
    rev: $(git -C "$root" rev-parse HEAD)
    hooks:
      - id: rmlint-system
YAML
mkdir -p roadmap/themes roadmap/milestones
printf -- '---\nid: T-core\nkind: theme\ntitle: Core platform\nowner: alice\n---\n' > roadmap/themes/T-core.md
milestone() {
    printf -- '---\nid: M-1\nkind: milestone\ntitle: Faster invoices\nowner: %s\ntheme: T-core\nhorizon: next\nstatus: proposed\ntrack: product\nestimate: 2\n' "$1"
    printf -- 'metric: {name: invoices sent per minute, target: 500}\n---\nSmall businesses wait for invoices every month; this makes sending them fast for the owners we serve.\n'
}
python3 -m pre_commit install >/dev/null
# A repository with no roadmap yet: its first commit is not blocked.
git add .pre-commit-config.yaml && git commit -q -m "hooks first" && echo "pre-commit-check: a first commit with no roadmap items passes"
git add -A && git commit -q -m "a theme" && echo "pre-commit-check: a clean commit passes"
milestone "alice, bob" > roadmap/milestones/M-1.md
git add -A
if git commit -q -m "two owners" 2>"$scratch/blocked.txt"; then
    echo "pre-commit-check: FAILED: a milestone with two owners was committed" >&2; exit 1
fi
grep -q "single-owner" "$scratch/blocked.txt" || { cat "$scratch/blocked.txt" >&2; echo "pre-commit-check: FAILED: no single-owner diagnostic" >&2; exit 1; }
echo "pre-commit-check: the rmlint-system hook blocks a milestone with two owners"
milestone "alice" > roadmap/milestones/M-1.md
git add -A && git commit -q -m "one owner" && echo "pre-commit-check: the fixed milestone is committed"
# Outside a commit, `pre-commit run --all-files` checks the working tree, not the index.
milestone "alice, bob" > roadmap/milestones/M-1.md
if python3 -m pre_commit run --all-files >"$scratch/all.txt" 2>&1; then
    cat "$scratch/all.txt" >&2; echo "pre-commit-check: FAILED: run --all-files passed an unstaged milestone with two owners" >&2; exit 1
fi
grep -q "single-owner" "$scratch/all.txt" || { cat "$scratch/all.txt" >&2; echo "pre-commit-check: FAILED: run --all-files did not report single-owner" >&2; exit 1; }
git checkout -q -- roadmap/milestones/M-1.md
python3 -m pre_commit run --all-files >"$scratch/all.txt" 2>&1 || { cat "$scratch/all.txt" >&2; exit 1; }
echo "pre-commit-check: pre-commit run --all-files lints the working tree"

# The Swift hook: pre-commit clones this repository and builds it with `swift build -c release`.
milestone "alice, bob" > roadmap/milestones/M-1.md
git add -A
if python3 -m pre_commit try-repo "$root" rmlint >"$scratch/try.txt" 2>&1; then
    cat "$scratch/try.txt" >&2; echo "pre-commit-check: FAILED: try-repo passed a milestone with two owners" >&2; exit 1
fi
grep -q "single-owner" "$scratch/try.txt" || { cat "$scratch/try.txt" >&2; echo "pre-commit-check: FAILED: try-repo did not report single-owner" >&2; exit 1; }
milestone "alice" > roadmap/milestones/M-1.md
git add -A
python3 -m pre_commit try-repo "$root" rmlint >"$scratch/try.txt" 2>&1 || { cat "$scratch/try.txt" >&2; exit 1; }
echo "pre-commit-check: the rmlint hook (built by pre-commit with Swift) blocks the bad milestone and passes the good one"
