#!/usr/bin/env bash
# rmlint lsp in a real editor: Debian's Neovim (0.7, headless, its built-in LSP client) with the
# README's configuration (Tests/Editors/neovim-init.lua), on a copy of examples/ with one mistake.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="${1:-$root/.build/release/rmlint}"
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
if ! command -v nvim >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq neovim >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq neovim >/dev/null; }
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$root/examples/." "$work/"
cd "$work"
git init -q && git add -A && git -c user.name=check -c user.email=check@rmlint.invalid commit -qm examples
sed -i 's/^owner: frank$/owner: frank, bob/' roadmap/milestones/M-101.md
RMLINT="$binary" timeout 60 nvim --headless --clean -u "$root/Tests/Editors/neovim-init.lua" \
    -c "luafile $root/Tests/Editors/neovim-check.lua" roadmap/milestones/M-101.md
