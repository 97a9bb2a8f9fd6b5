#!/usr/bin/env bash
# Builds the libFuzzer targets (optimised, with address sanitizer) and runs one.
# Usage: Fuzz/run.sh [FrontMatterFuzzer|LintFuzzer|ConfigurationFuzzer|LanguageServerFuzzer] [SECONDS]
# Seeds come from Fuzz/Corpus/<target>/ (committed); new inputs go to a scratch copy.
# Leak detection is off (-detect_leaks=0): Swift's runtime keeps metadata and caches for the whole
# process, which libFuzzer counts as a leak after almost every input and then scans the heap for
# (that scan was 60% of the time). Memory errors are still caught by the address sanitizer.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:-FrontMatterFuzzer}
seconds=${2:-60}
swift build -c release --product "$target" -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "Corpus/$target/." "$work/"
".build/release/$target" "$work" -max_total_time="$seconds" -max_len=65536 -timeout=5 -rss_limit_mb=4096 \
    -detect_leaks=0 -print_final_stats=1
