#!/usr/bin/env bash
# The shell completions rmlint generates, tried in each shell as a user's TAB would: bash's completion
# function called with the words typed, zsh's through a pseudo-terminal (zpty), fish's `complete -C`.
# Each completes a lint --format value, a rule id for explain, a --baseline file and a PATH folder.
# Installs zsh and fish when they are missing (Debian packages).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="${1:-$root/.build/release/rmlint}"
if ! command -v zsh >/dev/null || ! command -v fish >/dev/null; then
    ${SUDO:-$( [ "$(id -u)" -ne 0 ] && echo sudo )} apt-get install -y -qq zsh fish >/dev/null 2>&1 \
        || { apt-get update -qq && apt-get install -y -qq zsh fish >/dev/null; }
fi
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/zsh" "$scratch/work/roadmap/milestones"
"$binary" --generate-completion-script bash > "$scratch/rmlint.bash"
"$binary" --generate-completion-script zsh > "$scratch/zsh/_rmlint"
"$binary" --generate-completion-script fish > "$scratch/rmlint.fish"
cd "$scratch/work"
touch roadmap/milestones/M-1.md .rmlint.yml baseline.json
# typed line (the word being completed last) | the completion expected
cases=(
    "rmlint lint --format sar|sarif"
    "rmlint explain sing|single-owner"
    "rmlint lint --baseline base|baseline.json"
    "rmlint lint roadmap/mi|roadmap/milestones"
)
failed=0
fail() { echo "completion-check: FAILED: $1" >&2; failed=1; }
for case in "${cases[@]}"; do
    typed="${case%%|*}"
    expected="${case##*|}"
    # bash: the function `complete -F` names, with COMP_WORDS as readline would set them.
    got=$(bash -c '
        source "$1"; read -r -a COMP_WORDS <<< "$2"
        [[ "$2" == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE="$2"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
        _rmlint rmlint "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf "%s\n" "${COMPREPLY[@]}"' _ "$scratch/rmlint.bash" "$typed")
    grep -qx "$expected/\{0,1\}" <<< "$got" || fail "bash: '$typed' offered [$(tr '\n' ' ' <<< "$got")], not $expected"
    # fish
    got=$(fish -c "source '$scratch/rmlint.fish'; complete -C '$typed'" | cut -f1)
    grep -qx "$expected/\{0,1\}" <<< "$got" || fail "fish: '$typed' offered [$(tr '\n' ' ' <<< "$got")], not $expected"
    # zsh: an interactive shell in a pseudo-terminal, TAB typed after the line.
    got=$(timeout 20 zsh -f -c '
        zmodload zsh/zpty
        zpty z zsh -f -i
        zpty -w z "PS1=\"> \"; fpath=($1 \$fpath); autoload -U compinit; compinit -u -D; rmlint() {}"
        zpty -n -w z "$2"$'"'"'\t'"'"'
        all=""; integer i=0
        while (( i++ < 60 )); do
            zpty -r -t z chunk && all+=$chunk
            [[ $all == *"$3"* ]] && break
            sleep 0.1
        done
        zpty -d z
        print -r -- "$all"' _ "$scratch/zsh" "$typed" "$expected" 2>/dev/null || true)
    [[ "$got" == *"$expected"* ]] || fail "zsh: '$typed' did not complete to $expected"
done
[ "$failed" -eq 0 ] || exit 1
echo "completion-check: bash, zsh and fish complete formats, rule ids, files and folders"
