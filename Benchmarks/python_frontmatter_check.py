#!/usr/bin/env python3
"""The peer rmlint is compared with: the 20-line front-matter check teams write themselves.

Walks the folders given, reads every *.md file, parses the front-matter between the first two
'---' lines with PyYAML's libyaml loader, and checks id, kind, title and one owner.
"""
import os
import sys

import yaml

problems = 0
for folder in sys.argv[1:]:
    for directory, _, names in os.walk(folder):
        for name in names:
            if not name.endswith(".md"):
                continue
            path = os.path.join(directory, name)
            with open(path, encoding="utf-8", errors="replace") as handle:
                text = handle.read()
            if not text.startswith("---"):
                continue
            parts = text.split("\n---", 2)
            try:
                data = yaml.load(parts[0][3:], Loader=yaml.CSafeLoader) if len(parts) > 1 else None
            except (yaml.YAMLError, ValueError) as error:  # PyYAML raises ValueError on 2027-02-30
                print(f"{path}: {error}".splitlines()[0])
                problems += 1
                continue
            if not isinstance(data, dict) or not all(key in data for key in ("id", "kind", "title")):
                print(f"{path}: missing id, kind or title")
                problems += 1
            elif "," in str(data.get("owner", "")):
                print(f"{path}: several owners")
                problems += 1
print(f"{problems} problems", file=sys.stderr)
sys.exit(1 if problems else 0)
