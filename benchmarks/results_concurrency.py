"""Async results download with 1, 4 and 8 pages in flight, every page answered 50 ms late.

The parent process has already set the organization's faults (a `slow` rule on
getEmailValidationBatchResults). This child submits one batch of pages x page-size emails, waits
for it, reads every result once untimed (the first read settles the reservation), then times full
reads at each concurrency, interleaved round by round, checking every read returns all results in
submission order.

    python -m benchmarks.results_concurrency --base-url URL --key sk_... --pages 64 --page-size 1000
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from typing import Any

LEVELS = (1, 4, 8)


async def read_all(job: Any, concurrency: int, size: int, expected: list[str]) -> float:
    started = time.perf_counter()
    emails = [result.email async for result in job.results(size, concurrency=concurrency)]
    elapsed = time.perf_counter() - started
    if emails != expected:
        raise RuntimeError(f"concurrency {concurrency}: results out of order or missing")
    return elapsed


async def run(base_url: str, key: str, pages: int, size: int, rounds: int) -> dict[str, object]:
    from enrichso import AsyncEnrich

    emails = [f"reader.{i}@company{i % 101}.example.com" for i in range(pages * size)]
    async with AsyncEnrich(api_key=key, base_url=base_url) as client:
        job = await client.email_validation.submit_batch(emails)
        await job.wait(poll_interval=0.05)
        await read_all(job, 8, size, emails)  # settles the reservation; warms the connections
        seconds: dict[str, list[float]] = {str(level): [] for level in LEVELS}
        for round_number in range(rounds):
            order = LEVELS if round_number % 2 == 0 else tuple(reversed(LEVELS))
            for level in order:
                seconds[str(level)].append(await read_all(job, level, size, emails))
    return {"emails": len(emails), "pages": pages, "page_size": size, "seconds": seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--pages", type=int, default=64)
    parser.add_argument("--page-size", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args.base_url, args.key, args.pages, args.page_size, args.rounds))))


if __name__ == "__main__":
    main()
