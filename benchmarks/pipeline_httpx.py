"""The baseline of the pipeline benchmark: what a careful script written with bare httpx does.

Reads the emails of a CSV, submits them in one batch, polls with the SDK's default cadence (1 s,
growing by half with +-20% jitter, capped at 15 s), reads every results page of 1,000 in order, and
writes each input row with its result columns (re-reading the input, so rows are never all held).

    python -m benchmarks.pipeline_httpx IN.csv OUT.csv --base-url URL --key sk_...
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import time

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


def run(source: str, target: str, base_url: str, key: str) -> dict[str, object]:
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
        written = 0
        with (
            open(source, newline="", encoding="utf-8") as handle,
            open(target, "w", newline="", encoding="utf-8") as out,
        ):
            rows = csv.reader(handle)
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(next(rows) + RESULT_COLUMNS)
            page = 1
            while True:
                response = client.get(results_url, params={"page": page, "limit": PAGE})
                response.raise_for_status()
                data = orjson.loads(response.content)["data"]
                results = data["results"]
                for result in results:
                    if result["email"] != emails[written]:
                        raise RuntimeError(f"result {written} is for {result['email']}")
                    writer.writerow(next(rows) + cells_from_raw(result))
                    written += 1
                if not results or page * PAGE >= data["totalItems"]:
                    break
                page += 1
    if written != len(emails):
        raise RuntimeError(f"wrote {written} rows for {len(emails)} emails")
    finished = time.perf_counter()
    return {
        "rows": written,
        "polls": polls,
        "pages": page,
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
    args = parser.parse_args()
    print(json.dumps(run(args.source, args.target, args.base_url, args.key)))


if __name__ == "__main__":
    main()
