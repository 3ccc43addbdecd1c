"""Saving a CSV the API makes (a lead export, a follower scrape's export) to `-o`.

The SDK downloads it to a temporary file; its rows are then written to the target as every other
table of the CLI is (batch/output.py): a regular file whole or not at all, a device or a FIFO in
place, and the cells a spreadsheet would run as formulas neutralised (`--escape-formulas`; all
of them come from the API). `check` runs before anything that costs credits.
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .batch.formulas import EscapeFormulas, neutralised
from .batch.output import OutputFormat, checked_target, open_output

Info = TypeVar("Info")


def check(output: str) -> None:
    """UsageError now if `output` could not be written (before an export reserves credits)."""
    checked_target(output)


def save_csv(download: Callable[[Path], Info], output: str, escape_formulas: EscapeFormulas) -> Info:
    """download(path) to a temporary file, then its rows to `output`; returns what download
    returned (the SDK's download information)."""
    check(output)
    with tempfile.TemporaryDirectory(prefix="enrichso-") as folder:
        raw = Path(folder) / "download.csv"
        info = download(raw)
        with raw.open(encoding="utf-8-sig", newline="") as handle:
            rows = csv.reader(handle)
            neutral = _neutraliser(escape_formulas)
            header = neutral(next(rows, []))
            with open_output(output, OutputFormat.CSV, header) as writer:
                for row in rows:  # rows of any length: every cell is the API's
                    writer.write_cells(neutral(row))
    return info


def _neutraliser(escape_formulas: EscapeFormulas) -> Callable[[list[str]], list[str]]:
    if escape_formulas is EscapeFormulas.NONE:
        return lambda row: row
    return lambda row: [neutralised(cell) for cell in row]
