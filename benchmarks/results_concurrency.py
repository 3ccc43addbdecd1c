"""Async results download with 1, 4 and 8 pages in flight, every page answered 50 ms late.

The parent process has already set the organization's faults (a `slow` rule on
getEmailValidationBatchResults). This child submits one batch, waits for it, reads every result
once untimed (the first read settles the reservation), then times full reads at each concurrency,
interleaved round by round, checking every read returns all results in submission order.

    python -m benchmarks.results_concurrency --base-url URL --key sk_... --emails 40000 --rounds 3
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time

LEVELS = (1, 4, 8)


async def read_all(job: object, concurrency: int, expected: list[str]) -> float:
    started = time.perf_counter()
    emails = [result.email async for result in job.results(concurrency=concurrency)]  # type: ignore[attr-defined]
    elapsed = time.perf_counter() - started
    if emails != expected:
        raise RuntimeError(f"concurrency {concurrency}: results out of order or missing")
    return elapsed


async def run(base_url: str, key: str, count: int, rounds: int) -> dict[str, object]:
    from enrichso import AsyncEnrich

    emails = [f"reader.{i}@company{i % 101}.example.com" for i in range(count)]
    async with AsyncEnrich(api_key=key, base_url=base_url) as client:
        job = await client.email_validation.submit_batch(emails)
        await job.wait(poll_interval=0.05)
        await read_all(job, 8, emails)  # settles the reservation; warms the connections
        seconds: dict[str, list[float]] = {str(level): [] for level in LEVELS}
        for round_number in range(rounds):
            order = LEVELS if round_number % 2 == 0 else tuple(reversed(LEVELS))
            for level in order:
                seconds[str(level)].append(await read_all(job, level, emails))
    return {"emails": count, "pages": -(-count // 1000), "seconds": seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--emails", type=int, default=40_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args.base_url, args.key, args.emails, args.rounds))))


if __name__ == "__main__":
    main()
