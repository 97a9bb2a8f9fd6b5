#!/usr/bin/env bash
# Builds the libFuzzer targets with address sanitizer and runs one.
# Usage: Fuzz/run.sh [FrontMatterFuzzer|LintFuzzer|ConfigurationFuzzer] [SECONDS]
# Seeds come from Fuzz/Corpus/<target>/ (committed); new inputs go to a scratch copy.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:-FrontMatterFuzzer}
seconds=${2:-60}
swift build -c debug --product "$target" -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "Corpus/$target/." "$work/"
".build/debug/$target" "$work" -max_total_time="$seconds" -max_len=65536 -timeout=5 -rss_limit_mb=4096 -print_final_stats=1
