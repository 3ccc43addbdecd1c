"""The baseline of the pipeline benchmark: what a careful script written with bare httpx does.

Reads the emails of a CSV, submits them in one batch, polls with the SDK's default cadence (1 s,
growing by half with +-20% jitter, capped at 15 s), reads every results page of 1,000 in order, and
writes each input row with its result columns (re-reading the input, so rows are never all held).
With --prefetch, one background thread downloads and decodes the next page while this one is
written (what the SDK does): a stricter baseline for the SDK's own CPU cost.

    python -m benchmarks.pipeline_httpx IN.csv OUT.csv --base-url URL --key sk_... [--prefetch]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import orjson

from .csv_out import RESULT_COLUMNS, cells_from_raw

PAGE = 1000


def poll_until_done(client: httpx.Client, url: str) -> int:
    """Poll the batch status until it is terminal; returns how many polls it took."""
    interval, polls = 1.0, 0
    while True:
        polls += 1
        status = orjson.loads(client.get(url).content)["data"]["status"]
        if status in ("completed", "failed"):
            if status == "failed":
                raise RuntimeError("the batch failed")
            return polls
        time.sleep(interval * (0.8 + 0.4 * random.random()))
        interval = min(interval * 1.5, 15.0)


def pages(fetch: Callable[[int], dict[str, Any]], prefetch: bool) -> Iterator[list[dict[str, Any]]]:
    """Every page's results in order, fetching page n+1 in a thread meanwhile when asked to."""
    page = 1
    with ThreadPoolExecutor(max_workers=1) as pool:
        upcoming = pool.submit(fetch, page) if prefetch else None
        while True:
            data = upcoming.result() if upcoming is not None else fetch(page)
            results = data["results"]
            more = bool(results) and page * PAGE < data["totalItems"]
            upcoming = pool.submit(fetch, page + 1) if prefetch and more else None
            yield results
            if not more:
                return
            page += 1


def run(source: str, target: str, base_url: str, key: str, prefetch: bool = False) -> dict[str, object]:
    started = time.perf_counter()
    headers = {"x-api-key": key, "accept": "application/json"}
    client = httpx.Client(headers=headers, timeout=httpx.Timeout(60.0, connect=5.0))
    ready = time.perf_counter()
    with open(source, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        column = next(reader).index("email")
        emails = [row[column].strip().lower() for row in reader]
    read = time.perf_counter()

    with client:
        body = orjson.dumps({"emails": emails})
        answer = client.post(
            f"{base_url}/email-validation/batch", content=body, headers={"content-type": "application/json"}
        )
        answer.raise_for_status()
        del body
        batch_id = orjson.loads(answer.content)["data"]["batchId"]
        submitted = time.perf_counter()
        polls = poll_until_done(client, f"{base_url}/email-validation/batch/{batch_id}")
        done = time.perf_counter()

        results_url = f"{base_url}/email-validation/batch/{batch_id}/results"

        def fetch(page: int) -> dict[str, Any]:
            response = client.get(results_url, params={"page": page, "limit": PAGE})
            response.raise_for_status()
            data: dict[str, Any] = orjson.loads(response.content)["data"]
            return data

        written = 0
        count = 0
        with (
            open(source, newline="", encoding="utf-8") as handle,
            open(target, "w", newline="", encoding="utf-8") as out,
        ):
            rows = csv.reader(handle)
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(next(rows) + RESULT_COLUMNS)
            for results in pages(fetch, prefetch):
                count += 1
                for result in results:
                    if result["email"] != emails[written]:
                        raise RuntimeError(f"result {written} is for {result['email']}")
                    writer.writerow(next(rows) + cells_from_raw(result))
                    written += 1
    if written != len(emails):
        raise RuntimeError(f"wrote {written} rows for {len(emails)} emails")
    finished = time.perf_counter()
    return {
        "rows": written,
        "polls": polls,
        "pages": count,
        "seconds": {
            "setup": ready - started,
            "read": read - ready,
            "submit": submitted - read,
            "wait": done - submitted,
            "results": finished - done,
            "pipeline": finished - ready,
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("source")
    parser.add_argument("target")
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--prefetch", action="store_true", help="download the next page in a thread")
    args = parser.parse_args()
    print(json.dumps(run(args.source, args.target, args.base_url, args.key, args.prefetch)))


if __name__ == "__main__":
    main()
