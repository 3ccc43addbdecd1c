"""Rewrite citations of the old, outside fact sheet into citations of docs/api-notes.md, whose
sections carry the same numbers. Usage: scripts/cite-notes [--check] [PATH...] (default: every
tracked file but generated/, which scripts/generate remakes from the rewritten spec). --check only
lists the files that still cite the old sheet (exit 1 if any)."""

from __future__ import annotations

import argparse
import pathlib
import sys

from .citations import NOTES_NAME
from .repo import ROOT, text_of, tracked_files

# Spelled in pieces so that this file does not itself cite what it removes.
OLD_NAME = "facts" + ".md"
OLD_PATH = "../" + "shared/enrich-api/" + OLD_NAME
LINE_LIMIT = 110  # ruff's line-length (pyproject.toml): a longer name can push a line past it


def rewrite(text: str) -> str:
    return text.replace(OLD_PATH, NOTES_NAME).replace(OLD_NAME, NOTES_NAME)


def citing_files(paths: list[pathlib.Path]) -> list[pathlib.Path]:
    """Files citing the old sheet, but not generated/: scripts/generate remakes it from the spec."""
    generated = ROOT / "generated"
    return [p for p in paths if not p.is_relative_to(generated) and OLD_NAME in (text_of(p) or "")]


def long_lines(path: pathlib.Path, text: str) -> list[str]:
    """Python lines the rewrite made longer than the limit (to re-wrap by hand)."""
    if path.suffix != ".py":
        return []
    return [
        f"{path.relative_to(ROOT)}:{number}: {len(line)} characters"
        for number, line in enumerate(text.splitlines(), 1)
        if len(line) > LINE_LIMIT and NOTES_NAME in line
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/cite-notes", description=__doc__)
    parser.add_argument("--check", action="store_true", help="list the files still citing; change nothing")
    parser.add_argument("paths", nargs="*", type=pathlib.Path)
    args = parser.parse_args(argv)
    paths = [p.resolve() for p in args.paths] or tracked_files()
    files = citing_files(paths)
    if args.check:
        for path in files:
            print(path.relative_to(ROOT))
        return 1 if files else 0
    too_long: list[str] = []
    for path in files:
        text = rewrite(path.read_text(encoding="utf-8"))
        path.write_text(text, encoding="utf-8")
        too_long += long_lines(path, text)
    print(f"rewrote {len(files)} files to cite {NOTES_NAME}")
    if too_long:
        print("re-wrap these lines (ruff's line-length):", *too_long, sep="\n  ")
    if any(p.is_relative_to(ROOT / "openapi") for p in files):
        print("the spec changed: run scripts/generate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
