#!/usr/bin/env python3
"""Finishes the man page swift-argument-parser's generate-manual plugin writes: the documented exit
codes instead of mdoc's generic "exits 0 on success, and >0 if an error occurs", and ASCII for any
character the man format cannot carry (the plugin drops them silently).

Usage: fix-manual.py PAGE (rewritten in place)
"""
import sys

EXIT_STATUS = """.Sh "EXIT STATUS"
.Bl -tag -width Ds
.It 0
No errors: the roadmap passes (warnings are allowed unless
.Fl -strict
is given); for
.Cm history ,
.Cm diff
and
.Cm graph ,
the report was written.
.It 1
.Cm lint
found errors (or, with
.Fl -strict ,
warnings);
.Cm diff Fl -fail-on-new
found new errors;
.Cm graph Fl -check
found the diagram out of date.
.It 2
A usage, configuration or repository error: bad arguments, an invalid
.Pa .rmlint.yml ,
no roadmap items, a shallow clone, a revision that is not a commit.
.El
"""

ASCII = {"\u2192": "->", "\u2190": "<-", "\u2013": "-", "\u2014": "--", "\u2018": "'", "\u2019": "'",
         "\u201c": '"', "\u201d": '"', "\u00b7": "-", "\u2026": "..."}


def main(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    marker = '.Sh "EXIT STATUS"\n.Ex -std'
    if marker not in text:
        sys.exit(f"fix-manual: {path} has no standard EXIT STATUS section to replace")
    text = text.replace(marker + "\n", EXIT_STATUS).replace(marker, EXIT_STATUS.rstrip("\n"))
    for character, replacement in ASCII.items():
        text = text.replace(character, replacement)
    if any(ord(character) > 127 for character in text):
        sys.exit(f"fix-manual: {path} still holds characters outside ASCII")
    with open(path, "w", encoding="ascii") as handle:
        handle.write(text)


if __name__ == "__main__":
    main(sys.argv[1])
