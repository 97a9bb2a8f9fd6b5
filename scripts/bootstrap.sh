#!/usr/bin/env bash
# Installs what rmlint needs (libgit2-dev, libyaml-dev, pkg-config; jsonschema for the schema tests,
# graphviz to check that `rmlint graph --format dot` renders),
# builds the release binary and lints the bundled example roadmap.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! pkg-config --exists libgit2 yaml-0.1 2>/dev/null; then
    echo "bootstrap: installing libgit2-dev, libyaml-dev and pkg-config" >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgit2-dev libyaml-dev pkg-config >/dev/null
fi
if ! command -v dot >/dev/null 2>&1; then
    echo "bootstrap: installing graphviz (the tests render rmlint's DOT output with it)" >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq graphviz >/dev/null
fi
if ! python3 -c 'import jsonschema, rfc3986_validator' 2>/dev/null; then
    echo "bootstrap: installing the jsonschema and rfc3986-validator Python packages (reference validators for the tests)" >&2
    python3 -m pip install --quiet jsonschema rfc3986-validator
fi

swift build -c release --product rmlint --static-swift-stdlib
.build/release/rmlint lint
