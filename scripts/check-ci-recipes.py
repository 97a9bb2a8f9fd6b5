#!/usr/bin/env python3
"""Validates every CI recipe a user copies: action.yml against GitHub's action schema, each GitHub
workflow and GitLab CI job in README.md against the published schemas (check-jsonschema's vendored
copies), the pre-commit hook manifest and the README's .pre-commit-config.yaml with pre-commit itself.
Installs check-jsonschema and pre-commit with pip when missing. Exit 1 on the first invalid recipe."""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def ensure(module, package):
    if subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True).returncode != 0:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", package], check=True)


def check(arguments, label):
    result = subprocess.run([sys.executable, "-m", *arguments], capture_output=True, text=True)
    if result.returncode != 0:
        print(f"check-ci-recipes: {label} is invalid:\n{result.stdout}{result.stderr}", file=sys.stderr)
        sys.exit(1)
    print(f"check-ci-recipes: {label}: ok")


def kind(block):
    if re.search(r"^jobs:", block, re.M) and re.search(r"^on:", block, re.M):
        return "vendor.github-workflows"
    if re.search(r"^repos:", block, re.M):
        return "pre-commit"
    if re.search(r"^  script:", block, re.M):
        return "vendor.gitlab-ci"
    return None


def main():
    ensure("check_jsonschema", "check-jsonschema")
    ensure("pre_commit", "pre-commit")
    check(["check_jsonschema", "--builtin-schema", "vendor.github-actions", os.path.join(ROOT, "action.yml")], "action.yml")
    check(["pre_commit", "validate-manifest", os.path.join(ROOT, ".pre-commit-hooks.yaml")], ".pre-commit-hooks.yaml")
    # SwiftPM's .build records absolute paths: the action's cache key must hold its own path, and no
    # restore-keys may bring back a build made under another one.
    action = open(os.path.join(ROOT, "action.yml"), encoding="utf-8").read()
    if not re.search(r"where=.*GITHUB_ACTION_PATH.*sha256sum", action) or "$where" not in action:
        sys.exit("action.yml: the build cache key does not include the action's path")
    if "restore-keys" in action:
        sys.exit("action.yml: restore-keys could restore a .build made under another path")
    print("action.yml: the build cache is keyed by sources, action path and toolchain")
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    blocks = re.findall(r"^```yaml\n(.*?)^```", readme, re.S | re.M)
    counts = {}
    with tempfile.TemporaryDirectory() as folder:
        for number, block in enumerate(blocks, 1):
            schema = kind(block)
            if schema is None:
                continue
            path = os.path.join(folder, f"recipe-{number}.yml")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(block)
            label = f"README yaml block {number} ({schema})"
            if schema == "pre-commit":
                check(["pre_commit", "validate-config", path], label)
            else:
                check(["check_jsonschema", "--builtin-schema", schema, path], label)
            counts[schema] = counts.get(schema, 0) + 1
    expected = {"vendor.github-workflows": 5, "vendor.gitlab-ci": 3, "pre-commit": 1}
    if counts != expected:
        print(f"check-ci-recipes: expected README recipes {expected}, found {counts}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
