#!/usr/bin/env bash
# rmlint lsp in a real editor: Debian's Emacs (28, batch) with eglot and the README's set-up
# (Tests/Editors/emacs-init.el), on a copy of examples/ with one mistake.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="${1:-$root/.build/release/rmlint}"
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
if ! command -v emacs >/dev/null || ! ls /usr/share/emacs/site-lisp/elpa/ | grep -q '^eglot-'; then
    export DEBIAN_FRONTEND=noninteractive
    packages="emacs-nox elpa-eglot elpa-markdown-mode"
    apt-get install -y -qq $packages >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq $packages >/dev/null; }
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The snippet names "rmlint": this one, first on PATH (Debian's rmlint is another program).
mkdir -p "$work/bin" && ln -s "$binary" "$work/bin/rmlint"
cp -r "$root/examples/." "$work/repo/" 2>/dev/null || { mkdir -p "$work/repo" && cp -r "$root/examples/." "$work/repo/"; }
cd "$work/repo"
git init -q && git add -A && git -c user.name=check -c user.email=check@rmlint.invalid commit -qm examples
sed -i 's/^owner: frank$/owner: frank, bob/' roadmap/milestones/M-101.md
PATH="$work/bin:$PATH" HOME="$work" timeout 90 emacs --batch -l "$root/Tests/Editors/emacs-check.el"
