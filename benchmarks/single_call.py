"""Single-call overhead: `client.email_validation.validate(email)` through Enrich against the
same request through a bare httpx.Client, in one process, interleaved in small blocks so both
see the same machine load. Two baselines: httpx + orjson (the strictest) and httpx + the
standard json module (what `client.post(url, json=...)` / `response.json()` does).

    python -m benchmarks.single_call --base-url URL --key sk_... --calls 2000
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable

import httpx
import orjson

BLOCK = 50  # calls of one variant before switching to the next
STALL = 0.04  # a call this slow is counted: a delayed-ACK stall (Nagle) costs 40 ms


def variants(base_url: str, key: str) -> dict[str, Callable[[str], object]]:
    from enrichso import Enrich

    sdk = Enrich(api_key=key, base_url=base_url)
    url = f"{base_url}/email-validation"
    http = httpx.Client(
        headers={"x-api-key": key, "accept": "application/json"}, timeout=httpx.Timeout(60.0, connect=5.0)
    )
    json_headers = {"content-type": "application/json"}

    def bare_orjson(email: str) -> object:
        response = http.post(url, content=orjson.dumps({"email": email}), headers=json_headers)
        response.raise_for_status()
        return orjson.loads(response.content)

    def bare_json(email: str) -> object:
        response = http.post(url, json={"email": email})
        response.raise_for_status()
        return response.json()

    return {"sdk": sdk.email_validation.validate, "httpx+orjson": bare_orjson, "httpx+json": bare_json}


def run(base_url: str, key: str, calls: int, warmup: int) -> dict[str, object]:
    calls_of = variants(base_url, key)
    timings: dict[str, list[float]] = {name: [] for name in calls_of}
    for name, call in calls_of.items():  # connections open, code paths warm
        for i in range(warmup):
            call(f"warm.{name}.{i}@example.com")
    clock = time.perf_counter
    for block in range(0, calls, BLOCK):
        names = list(calls_of) if (block // BLOCK) % 2 == 0 else list(reversed(calls_of))
        for name in names:
            call, spent = calls_of[name], timings[name]
            for i in range(block, min(block + BLOCK, calls)):
                email = f"person.{i}@company{i % 97}.example.com"
                started = clock()
                call(email)
                spent.append(clock() - started)
    return {
        "calls": calls,
        "variants": {
            name: {
                "median_us": statistics.median(spent) * 1e6,
                "p90_us": statistics.quantiles(spent, n=10)[-1] * 1e6,
                "max_ms": max(spent) * 1e3,
                "stalls": sum(1 for s in spent if s >= STALL),
            }
            for name, spent in timings.items()
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=50)
    args = parser.parse_args()
    print(json.dumps(run(args.base_url, args.key, args.calls, args.warmup)))


if __name__ == "__main__":
    main()
