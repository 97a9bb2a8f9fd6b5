#!/usr/bin/env bash
# `make install` as a platform engineer runs it: the installed binary runs where no Swift toolchain
# is (checked by hiding the toolchain's runtime folder in a private mount namespace when the machine
# allows one, and by ldd), and the man page gives the documented exit codes in ASCII.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
make install PREFIX="$prefix" >/dev/null
binary="$prefix/bin/rmlint"
if ldd "$binary" | grep -q 'libswiftCore'; then
    echo "install-check: $binary loads libswiftCore.so from the toolchain:" >&2
    ldd "$binary" >&2
    exit 1
fi
runtime=$(dirname "$(readlink -f "$(command -v swift)")")/../lib/swift/linux
if unshare -rm true 2>/dev/null && [ -d "$runtime" ]; then
    unshare -rm sh -c "mount -t tmpfs none '$runtime' && '$binary' --version" | grep -q 'roadmap-as-code linter'
    echo "install-check: the installed rmlint runs with the toolchain's runtime hidden"
else
    env -i PATH=/usr/bin:/bin "$binary" --version | grep -q 'roadmap-as-code linter'
    echo "install-check: no private mount namespace here; ldd shows no Swift runtime and the binary runs"
fi
page="$prefix/share/man/man1/rmlint.1"
if LC_ALL=C grep -q -P '[^\x00-\x7F]' "$page"; then
    echo "install-check: $page holds characters outside ASCII" >&2
    exit 1
fi
for code in '^\.It 0$' '^\.It 1$' '^\.It 2$'; do
    grep -q "$code" "$page" || { echo "install-check: $page lacks the exit code ${code}" >&2; exit 1; }
done
if grep -q '^\.Ex -std' "$page"; then
    echo "install-check: $page still has the generic exit status" >&2
    exit 1
fi
echo "install-check: man page with exit codes 0, 1 and 2, ASCII only"
