"""The Parquet input of the frame benchmarks: `id,email,name` rows of distinct emails (as inputs.py
writes them), in row groups of 100,000.

    python -m benchmarks.frames_input OUT.parquet ROWS
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .inputs import FIRST, LAST


def write(path: Path, rows: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    schema = pa.schema([("id", pa.int64()), ("email", pa.string()), ("name", pa.string())])
    partial = path.with_suffix(".partial")
    with pq.ParquetWriter(partial, schema) as writer:
        for start in range(0, rows, 100_000):
            ids = range(start, min(rows, start + 100_000))
            first = [FIRST[i % len(FIRST)] for i in ids]
            last = [LAST[(i // len(FIRST)) % len(LAST)] for i in ids]
            emails = [
                f"{f}.{la}.{i}@company{i % 5003}.example.com"
                for f, la, i in zip(first, last, ids, strict=True)
            ]
            names = [f"{f.title()} {la.title()}" for f, la in zip(first, last, strict=True)]
            writer.write_table(pa.table({"id": list(ids), "email": emails, "name": names}, schema=schema))
    partial.rename(path)


if __name__ == "__main__":
    write(Path(sys.argv[1]), int(sys.argv[2]))
