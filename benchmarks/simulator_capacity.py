"""Capacity of the simulator: one 500,000-email validation batch, end to end, over loopback.

Starts `python -m enrichso_mock serve` on a free port, then measures wall time per phase
(submit, wait for completion, read every result page) and samples the server's resident memory
with psutil. Budget (issue 4): everything under 60 s, server RSS under 1.5 GB, on 2 cores.

    python benchmarks/simulator_capacity.py [--emails 500000] [--page-size 1000] [--json OUT]

The batch is completed by advancing the organization's clock (POST /_mock/clock), so the number
measures the simulator's own work, not its simulated processing time.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import orjson
import psutil

KEY = "sk_benchmark_capacity"
BUDGET_SECONDS = 60.0
BUDGET_RSS_BYTES = 1.5 * 1024**3


class RssSampler(threading.Thread):
    """Peak resident set size of one process, sampled every 20 ms."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.process = psutil.Process(pid)
        self.peak = 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            try:
                self.peak = max(self.peak, self.process.memory_info().rss)
            except psutil.NoSuchProcess:
                return
            self._done.wait(0.02)

    def stop(self) -> int:
        self._done.set()
        self.join()
        return self.peak


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(port: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "enrichso_mock", "serve", "--port", str(port), "--log-level", "warning"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/_mock/health", timeout=1).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError(
        "the simulator did not start: " + (server.stderr.read() if server.stderr else b"").decode()
    )


def run(emails: int, page_size: int) -> dict[str, Any]:
    port = free_port()
    server = start_server(port)
    sampler = RssSampler(server.pid)
    sampler.start()
    idle_rss = psutil.Process(server.pid).memory_info().rss
    root = f"http://127.0.0.1:{port}"
    api = root + "/api/v3"
    headers = {"x-api-key": KEY}
    timings: dict[str, float] = {}
    try:
        with httpx.Client(timeout=120, headers=headers) as client:
            addresses = [f"person{i}.name{i % 977}@company{i % 5003}.example.com" for i in range(emails)]
            body = orjson.dumps({"emails": addresses})
            started = time.perf_counter()

            t = time.perf_counter()
            submitted = client.post(
                api + "/email-validation/batch", content=body, headers={"content-type": "application/json"}
            )
            submitted.raise_for_status()
            batch_id = submitted.json()["data"]["batchId"]
            timings["submit"] = time.perf_counter() - t

            t = time.perf_counter()
            client.post(root + "/_mock/clock", json={"advance": 3600}).raise_for_status()
            status = client.get(f"{api}/email-validation/batch/{batch_id}").json()["data"]
            if status["status"] != "completed":
                raise RuntimeError(f"batch not completed: {status}")
            timings["completion"] = time.perf_counter() - t

            t = time.perf_counter()
            seen = 0
            pages = (emails + page_size - 1) // page_size
            for page in range(1, pages + 1):
                response = client.get(
                    f"{api}/email-validation/batch/{batch_id}/results",
                    params={"page": page, "limit": page_size},
                )
                response.raise_for_status()
                seen += len(response.json()["data"]["results"])
            timings["results"] = time.perf_counter() - t
            timings["total"] = time.perf_counter() - started
            if seen != emails:
                raise RuntimeError(f"read {seen} results, expected {emails}")
            ledger = client.get(root + "/_mock/ledger").json()["batches"][0]
    finally:
        peak = sampler.stop()
        server.terminate()
        server.wait(timeout=10)
    return {
        "emails": emails,
        "pageSize": page_size,
        "pages": pages,
        "requestBodyBytes": len(body),
        "seconds": {name: round(value, 3) for name, value in timings.items()},
        "msPerPage": round(1000 * timings["results"] / pages, 2),
        "serverIdleRssMiB": round(idle_rss / 1024**2, 1),
        "serverPeakRssMiB": round(peak / 1024**2, 1),
        "settlement": {k: ledger[k] for k in ("reserved", "charged", "refunded", "settlements")},
        "withinBudget": timings["total"] < BUDGET_SECONDS and peak < BUDGET_RSS_BYTES,
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--emails", type=int, default=500_000)
    parser.add_argument("--page-size", type=int, default=1_000)
    parser.add_argument("--json", type=Path, help="also write the result to this file")
    args = parser.parse_args()
    result = run(args.emails, args.page_size)
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n")
    return 0 if result["withinBudget"] else 1


if __name__ == "__main__":
    sys.exit(main())
