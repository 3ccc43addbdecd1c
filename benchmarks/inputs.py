"""The input file of the pipeline benchmarks: `id,email,name` rows of distinct, valid, lowercase
emails (so every variant submits exactly the same list), spread over many domains."""

from __future__ import annotations

import csv
from pathlib import Path

FIRST = ("ada", "grace", "alan", "edsger", "barbara", "donald", "frances", "ken", "radia", "tim")
LAST = ("lovelace", "hopper", "turing", "dijkstra", "liskov", "knuth", "allen", "thompson", "perlman")


def write_input(path: Path, rows: int) -> Path:
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    with partial.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "email", "name"])
        for i in range(rows):
            first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
            email = f"{first}.{last}.{i}@company{i % 5003}.example.com"
            writer.writerow([i + 1, email, f"{first.title()} {last.title()}"])
    partial.rename(path)
    return path
