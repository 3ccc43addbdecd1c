"""One measured run of the frame benchmark (a child process of frames_bench.py): a Parquet file of
emails read into a pandas DataFrame, validated, the result columns appended, written as Parquet.

  sdk    client.email_validation.validate_frame(df, column="email", batch_size=500_000)
  httpx  the bare script: the same two batches of 500,000 submitted, polled and read page by page
         with httpx, the same columns built (typed) and appended

    python -m benchmarks.frame_child sdk|httpx IN.parquet OUT.parquet --base-url URL --key sk_...
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import httpx
import orjson
import pandas as pd
import pyarrow as pa

from .pipeline_httpx import PAGE, pages, poll_until_done

BATCH = 500_000
ARROW_BLOCK = 65_536  # result values held as Python objects before they become Arrow arrays


def sdk(frame: pd.DataFrame, base_url: str, key: str) -> pd.DataFrame:
    from enrichso import Enrich

    with Enrich(api_key=key, base_url=base_url) as client:
        return client.email_validation.validate_frame(frame, column="email", batch_size=BATCH)


def bare(frame: pd.DataFrame, base_url: str, key: str) -> pd.DataFrame:
    """Memory-aware, as a careful script would be: the emails normalised column-wise (Arrow) and
    listed one batch at a time, the result values made Arrow arrays every BLOCK results (not a
    million Python strings per column kept to the end)."""
    emails = frame["email"].str.strip().str.lower()
    names = ("result", "confidence", "catch_all", "provider", "message")
    members = ("result", "confidence", "isCatchAll", "provider", "message")
    types = [pa.bool_() if n == "catch_all" else pa.large_string() for n in names]
    blocks: list[list[Any]] = [[] for _ in names]
    rows: list[tuple[Any, ...]] = []

    def flush() -> None:
        for block, values, kind in zip(blocks, zip(*rows, strict=True), types, strict=True):
            block.append(pa.array(values, type=kind))
        rows.clear()

    headers = {"x-api-key": key, "accept": "application/json", "content-type": "application/json"}
    with httpx.Client(headers=headers, timeout=httpx.Timeout(60.0, connect=5.0)) as client:
        for start in range(0, len(emails), BATCH):
            body = orjson.dumps({"emails": emails.iloc[start : start + BATCH].tolist()})
            answer = client.post(f"{base_url}/email-validation/batch", content=body)
            del body
            answer.raise_for_status()
            batch_id = orjson.loads(answer.content)["data"]["batchId"]
            poll_until_done(client, f"{base_url}/email-validation/batch/{batch_id}")
            url = f"{base_url}/email-validation/batch/{batch_id}/results"

            def fetch(page: int, url: str = url) -> dict[str, Any]:
                response = client.get(url, params={"page": page, "limit": PAGE})
                response.raise_for_status()
                data: dict[str, Any] = orjson.loads(response.content)["data"]
                return data

            for results in pages(fetch, prefetch=True):
                rows.extend(tuple(map(r.get, members)) for r in results)
                if len(rows) >= ARROW_BLOCK:
                    flush()
    if rows:
        flush()
    added = {
        f"enrich_{n}": pd.array(
            pa.chunked_array(block, type=kind), dtype="boolean" if n == "catch_all" else "string"
        )
        for n, block, kind in zip(names, blocks, types, strict=True)
    }
    added["enrich_error"] = pd.array([None] * len(emails), dtype="string")
    return frame.assign(**added)


def _status(name: str) -> float:
    """VmRSS or VmHWM of this process, in MiB (Linux /proc/self/status)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(name + ":"):
            return int(line.split()[1]) / 1024
    raise LookupError(name)


def _reset_peak() -> None:
    """Start a new VmHWM from the current RSS (writing 5 to clear_refs; Linux 4.0+), so a step's
    own peak is measured apart from the steps before it."""
    Path("/proc/self/clear_refs").write_text("5")


class Steps:
    """Each step's RSS when it ends and its own peak (VmHWM reset at its start), in MiB, and its
    CPU seconds (the imports: from the start of the process)."""

    def __init__(self) -> None:
        self.rss: dict[str, float] = {"imports": _status("VmRSS")}
        self.peak: dict[str, float] = {}
        self.cpu: dict[str, float] = {"imports": time.process_time()}
        _reset_peak()

    def done(self, step: str) -> None:
        self.peak[step] = _status("VmHWM")
        self.rss[step] = _status("VmRSS")
        self.cpu[step] = time.process_time() - sum(self.cpu.values())
        _reset_peak()

    def report(self) -> dict[str, Any]:
        return {
            "rss_mib": _rounded(self.rss),
            "step_peak_mib": _rounded(self.peak),
            "cpu_s": _rounded(self.cpu, 2),
        }


def _rounded(values: dict[str, float], digits: int = 1) -> dict[str, float]:
    return {name: round(value, digits) for name, value in values.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("variant", choices=("sdk", "httpx"))
    parser.add_argument("source")
    parser.add_argument("target")
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--key", required=True)
    args = parser.parse_args()
    if args.variant == "sdk":  # the SDK's imports are part of the imports step (the bare one's are)
        import enrichso.frames._run  # noqa: F401
    steps = Steps()
    started = time.perf_counter()
    frame = pd.read_parquet(args.source)
    size = int(frame.memory_usage(deep=True).sum())
    steps.done("read")
    read = time.perf_counter()
    out = (sdk if args.variant == "sdk" else bare)(frame, args.base_url, args.key)
    steps.done("enrich")
    done = time.perf_counter()
    out.to_parquet(args.target, index=False)
    steps.done("write")
    finished = time.perf_counter()
    report = {
        "rows": len(out),
        "frame_mib": size / 2**20,
        "seconds": {"read": read - started, "enrich": done - read, "write": finished - done},
        **steps.report(),
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
