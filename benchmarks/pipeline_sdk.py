"""The SDK side of the pipeline benchmark: the same CSV in and out as pipeline_httpx, through
`Enrich().email_validation.validate_many`, fed a generator over the CSV's email column (the
rows are written from a second reader of the same file, zipped with the results: they come back
in input order, one per row).

--read raw    writes each row from `row.raw` (the result as the API's JSON object)
--read model  writes each row from `row.result` (the typed EmailValidationResult), what most
              SDK users write

    python -m benchmarks.pipeline_sdk IN.csv OUT.csv --base-url URL --key sk_... [--read model]
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from collections.abc import Iterator
from typing import Any

from .csv_out import RESULT_COLUMNS, cell, cells_from_raw


def cells_from_model(result: Any) -> list[Any]:
    """What a user writes: the view's members are strings already, an absent provider is None."""
    return [
        result.result,
        result.confidence,
        cell(result.is_catch_all),
        result.provider or "",
        result.message,
        "",
    ]


def emails_of(source: str) -> Iterator[str]:
    """The email cell of every row, read lazily: the SDK reads its input once, as it goes, and
    never holds it (a caller that already has a list passes the list)."""
    with open(source, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        column = next(reader).index("email")
        for row in reader:
            yield row[column]


def run(source: str, target: str, base_url: str, key: str, read: str) -> dict[str, object]:
    started = time.perf_counter()
    from enrichso import Enrich

    client = Enrich(api_key=key, base_url=base_url)
    validation = client.email_validation  # the resource's module is imported on first use
    ready = time.perf_counter()
    first_row_at = None
    written = 0
    with (
        client,
        open(source, newline="", encoding="utf-8") as handle,
        open(target, "w", newline="", encoding="utf-8") as out,
    ):
        rows = csv.reader(handle)
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(next(rows) + RESULT_COLUMNS)
        for result, row in zip(validation.validate_many(emails_of(source)), rows, strict=True):
            if first_row_at is None:
                first_row_at = time.perf_counter()
            if read == "model":
                model = result.result
                if model is None:
                    raise RuntimeError(f"no result for row {result.index}")
                writer.writerow(row + cells_from_model(model))
            else:
                if result.raw is None:
                    raise RuntimeError(f"no result for row {result.index}")
                writer.writerow(row + cells_from_raw(result.raw))
            written += 1
    finished = time.perf_counter()
    return {
        "rows": written,
        "seconds": {
            "setup": ready - started,
            # reading the input happens inside validate_many, before the submit
            "until_first_row": (first_row_at or finished) - ready,
            "results": finished - (first_row_at or finished),
            "pipeline": finished - ready,
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("source")
    parser.add_argument("target")
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--read", choices=["raw", "model"], default="raw")
    args = parser.parse_args()
    print(json.dumps(run(args.source, args.target, args.base_url, args.key, args.read)))


if __name__ == "__main__":
    main()
