"""One measured run of the Dask benchmark (a child process of frames_bench.py): ROWS distinct
emails made on the workers in PARTITIONS partitions, enriched by enrichso.dask.enrich on a
LocalCluster of 2 worker processes (1 thread each), the progress bar shown, each worker's memory
sampled every second; only a summary comes back to the driver.

    python -m benchmarks.dask_child --rows N --partitions P --base-url URL --key sk_... --journals DIR
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from typing import Any

import dask.dataframe as dd
import pandas as pd
import psutil
from distributed import Client, LocalCluster, progress
from enrichso.dask import enrich

from .inputs import FIRST, LAST


def email(i: int) -> str:
    """The i-th distinct address, as inputs.py writes them."""
    return f"{FIRST[i % len(FIRST)]}.{LAST[(i // len(FIRST)) % len(LAST)]}.{i}@company{i % 5003}.example.com"


def partition(number: int, size: int) -> pd.DataFrame:
    ids = range(number * size, (number + 1) * size)
    return pd.DataFrame(
        {
            "id": list(ids),
            "email": [email(i) for i in ids],
        }
    )


def counts(part: pd.DataFrame) -> pd.DataFrame:
    """A partition's rows, rows answered and rows with an error (only this reaches the driver)."""
    answered = int(part["enrich_result"].notna().sum())
    return pd.DataFrame(
        {"rows": [len(part)], "answered": [answered], "errors": [int(part["enrich_error"].notna().sum())]}
    )


def rss() -> int:
    return int(psutil.Process().memory_info().rss)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--partitions", type=int, required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--journals", required=True)
    parser.add_argument("--budget", action="store_true", help="count every partition's items first")
    args = parser.parse_args()
    size = args.rows // args.partitions
    samples: list[dict[str, float]] = []
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        frame = dd.from_map(partition, range(args.partitions), size=size)
        started = time.perf_counter()
        enriched = enrich(
            frame,
            "email-validation",
            args.journals,
            columns={"column": "email"},
            max_credits=args.rows if args.budget else None,
            api_key=args.key,
            base_url=args.base_url,
        )
        summary = enriched[["enrich_result", "enrich_error"]].map_partitions(
            lambda p: pd.DataFrame(
                {
                    "rows": [len(p)],
                    "answered": [int(p["enrich_result"].notna().sum())],
                    "errors": [int(p["enrich_error"].notna().sum())],
                }
            ),
            meta={"rows": "int64", "answered": "int64", "errors": "int64"},
        )
        future = client.compute(summary)
        stop = threading.Event()

        def sample() -> None:
            while not stop.is_set():
                try:
                    mib = {w: v / 2**20 for w, v in client.run(rss).items()}
                    samples.append({"t": round(time.perf_counter() - started, 1), **mib})
                except Exception:  # a worker restarting: skip this sample
                    pass
                stop.wait(1.0)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        progress(future)
        totals = future.result().sum()
        stop.set()
        sampler.join()
        seconds = time.perf_counter() - started
    peaks: dict[str, float] = {}
    for s in samples:
        for worker, mib in s.items():
            if worker != "t":
                peaks[worker] = max(peaks.get(worker, 0.0), mib)
    report: dict[str, Any] = {
        "rows": int(totals["rows"]),
        "answered": int(totals["answered"]),
        "errors": int(totals["errors"]),
        "seconds": round(seconds, 1),
        "rows_per_second": round(int(totals["rows"]) / seconds),
        "worker_peak_mib": {w: round(v) for w, v in peaks.items()},
        "worker_mib_samples": [
            {k: (round(v) if k != "t" else v) for k, v in s.items()}
            for s in samples[:: max(1, len(samples) // 12)]
        ],
    }
    print()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
