#!/usr/bin/env bash
# Renders `rmlint graph` with the real Mermaid library in headless Chromium and writes a PNG, to look
# at the diagram as GitHub would draw it. No network at render time: Mermaid 11 comes bundled in the
# NiceGUI wheel from PyPI (only its dist/ folder is used). Not run by CI (needs chromium).
#   scripts/render-mermaid.sh [OUTPUT.png] [rmlint graph arguments...]   (run in a roadmap repository)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
output="${1:-roadmap-graph.png}"; shift || true
work="$(mktemp -d)"; trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
python3 -m pip download --quiet --no-deps --dest "$work" nicegui
(cd "$work" && python3 -m zipfile -e nicegui-*.whl wheel >/dev/null && cp -r wheel/nicegui/elements/mermaid/dist .)
"${RMLINT:-$root/.build/release/rmlint}" graph --format mermaid "$@" > "$work/graph.mmd"
python3 - "$work" <<'PY'
import json, sys
folder = sys.argv[1]
text = open(f"{folder}/graph.mmd", encoding="utf-8").read()
page = """<!doctype html><meta charset=utf-8><body style="margin:16px;font-family:Helvetica,Arial,sans-serif">
<div id=out>rendering</div><script type=module>
import { mermaid } from './dist/index.js';
mermaid.initialize({startOnLoad: false, securityLevel: 'strict'});
try { document.getElementById('out').innerHTML = (await mermaid.render('roadmap', %s)).svg; }
catch (error) { document.getElementById('out').textContent = 'Mermaid error: ' + error; }
</script>""" % json.dumps(text)
open(f"{folder}/index.html", "w", encoding="utf-8").write(page)
PY
port=$((20000 + RANDOM % 20000))
(cd "$work" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) & server=$!
sleep 1
chromium --headless --no-sandbox --disable-gpu --virtual-time-budget=10000 --window-size=1600,1000 \
    --screenshot="$(realpath -m "$output")" "http://127.0.0.1:$port/index.html" 2>/dev/null
echo "render-mermaid: wrote $output"
