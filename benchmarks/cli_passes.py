"""Where the CLI's own time goes, without any network: its two passes over a batch input (the
check, which feeds the SDK's ingest, and the output pass), timed on canned results (a diagnostic
for benchmarks/RESULTS.md, not part of `scripts/bench`; it uses the CLI's internals, so it follows
them when they change).

    python -m benchmarks.cli_passes [--rows 500000]
"""

from __future__ import annotations

import argparse
import csv
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from enrichso.cli.batch.fanout import EnrichedRows, output_columns
from enrichso.cli.batch.output import OutputFormat, open_output
from enrichso.cli.batch.plan import BatchPlan, plan_batch
from enrichso.cli.batch.sdk import ingest
from enrichso.cli.tabular.source import open_input
from enrichso.pipeline.needs import EMAIL_VALIDATION
from enrichso.pipeline.result import PipelineResult

from .inputs import write_input
from .simulator import REPO

RESULT = {
    "email": "ada.lovelace.0@company0.example.com",
    "result": "valid",
    "message": "The mailbox exists and is accepting mail",
    "isCatchAll": False,
    "provider": "GOOGLE",
    "confidence": "definitive",
}


def timed(label: str, rows: int, work: Callable[[], Any]) -> Any:
    wall, cpu = time.perf_counter(), time.process_time()
    value = work()
    cpu = time.process_time() - cpu
    print(f"| {label} | {cpu:.2f} s | {cpu / rows * 1e6:.1f} us | {time.perf_counter() - wall:.2f} s |")
    return value


def check_and_ingest(plan: BatchPlan) -> int:
    with ingest(plan.kind, plan.checked_items()) as data:
        plan.verdict()
        return data.unique_count


def canned(rows: int) -> Iterator[PipelineResult[Any, Any]]:
    return (PipelineResult(index, None, RESULT) for index in range(rows))


def output_pass(plan: BatchPlan, target: Path, rows: int) -> None:
    with open_output(str(target), OutputFormat.CSV, output_columns(plan)) as writer:
        for row in EnrichedRows(plan, canned(rows), cells=True):
            writer.write_cells(row)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=500_000)
    rows = parser.parse_args().rows
    out = REPO / "benchmarks" / "out"
    source_path = write_input(out / "data" / f"emails-{rows}.csv", rows)
    print(f"{rows:,} rows\n\n| step | CPU | per row | wall |\n|---|---|---|---|")
    with open_input(str(source_path)) as source:
        plan = plan_batch(source, EMAIL_VALIDATION, input_format=None, named={})
        timed(
            "check pass alone (read, validate every email)",
            rows,
            lambda: sum(1 for _ in plan.checked_items()),
        )
        plan.rows = 0
        timed("check pass feeding the SDK's ingest (dedupe, spool)", rows, lambda: check_and_ingest(plan))
        timed(
            "output pass on canned results (read again, build, write)",
            rows,
            lambda: output_pass(plan, out / "cli-passes.csv", rows),
        )
        timed(
            "for scale: the output pass's rows alone (plan.rows_again)",
            rows,
            lambda: sum(1 for _ in plan.rows_again()),
        )
    with source_path.open(newline="", encoding="utf-8") as handle:
        timed("for scale: csv.reader over the input", rows, lambda: sum(1 for _ in csv.reader(handle)))
    (out / "cli-passes.csv").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
