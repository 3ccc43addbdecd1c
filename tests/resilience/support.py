"""Shared pieces of the resilience tests: the chaos fault mix, a tally of the faults the
simulator injected, ledger checks, and clients whose backoff sleeps are shortened."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
from enrichso import AsyncEnrich, Enrich
from enrichso_mock.control_client import MockControl
from enrichso_mock.server import LoopbackServer

SUBMIT_OPERATIONS = ("batchValidateEmails", "batchFindEmails", "createPhoneBulkJob", "bulkReverseLookup")


def chaos_faults(seed: int, *, retry_after: int = 0) -> dict[str, Any]:
    """10% 5xx, 5% 429, 2% dropped connections, 1% truncated bodies, on every operation; the
    5xx, drops and cuts happen before or after processing at random (a submit "after" has
    reserved credits and then lost its answer). Rules are tried in order, so the later ones
    fire a little less often than their probability: the tally counts what really fired."""
    statuses = [
        {"kind": kind, "probability": 0.025, "when": "random"} for kind in ("500", "502", "503", "504")
    ]
    return {
        "seed": seed,
        "rules": [
            *statuses,
            {"kind": "429", "probability": 0.05, "retryAfter": retry_after},
            {"kind": "drop", "probability": 0.02, "when": "random"},
            {"kind": "truncate", "probability": 0.01, "when": "random"},
        ],
    }


_GROUPS = {"500": "5xx", "502": "5xx", "503": "5xx", "504": "5xx", "html502": "5xx", "520": "5xx"}


@dataclass
class FaultTally:
    """Counts what the simulator's fault injector decided, by kind and moment (it keeps no
    counters that its control API would show), and every request by operation."""

    by_kind: Counter[str] = field(default_factory=Counter)
    on_submits: Counter[str] = field(default_factory=Counter)
    requests: Counter[str] = field(default_factory=Counter)

    def watch(self, server: LoopbackServer, api_key: str) -> None:
        """Start counting (after the organization's faults are set: that replaces the injector)."""
        injector = server.app.simulator.organization(api_key).faults
        decide = injector.decide

        def counted(operation_id: str) -> Any:
            fault = decide(operation_id)
            self.requests[operation_id] += 1
            if fault is not None:
                group = _GROUPS.get(fault.kind, fault.kind)
                label = group if group == "429" else f"{group} {fault.when}"
                self.by_kind[label] += 1
                if operation_id in SUBMIT_OPERATIONS:
                    self.on_submits[label] += 1
            return fault

        injector.decide = counted  # type: ignore[method-assign]

    @property
    def total(self) -> int:
        return sum(self.by_kind.values())


def new_key(label: str) -> str:
    return f"sk_test_{label}_{secrets.token_hex(8)}"


SLEEP_CAP = 0.02  # backoff and poll pauses are shortened to this: the tests are about outcomes


def client_for(server: LoopbackServer, api_key: str, **options: Any) -> Enrich:
    client = Enrich(api_key=api_key, base_url=server.base_url, **options)
    client._transport.sleep = lambda seconds: time.sleep(min(seconds, SLEEP_CAP))
    return client


def async_client_for(server: LoopbackServer, api_key: str, **options: Any) -> AsyncEnrich:
    client = AsyncEnrich(api_key=api_key, base_url=server.base_url, **options)

    async def short(seconds: float) -> None:
        await anyio.sleep(min(seconds, SLEEP_CAP))

    client._transport.sleep = short
    return client


def control_for(server: LoopbackServer, api_key: str) -> MockControl:
    return MockControl(server.root_url, api_key)


def check_ledger(control: MockControl, batches: int) -> dict[str, Any]:
    """Exactly `batches` batches, each reserved once and settled once; no other deduction."""
    ledger = control.ledger()
    listed = ledger["batches"]
    assert len(listed) == batches, [b["batchId"] for b in listed]
    assert [b["reservations"] for b in listed] == [1] * batches
    assert [b["settlements"] for b in listed] == [1] * batches
    deductions = [t for t in ledger["transactions"] if t["type"] == "deduction"]
    assert len(deductions) == batches  # one reservation per batch, nothing reserved twice
    return ledger


def foreign_submit(server: LoopbackServer, api_key: str, emails: list[str]) -> str:
    """Another client of the organization submits its own email validation batch, in process (at
    this very moment, even from inside the simulator's request handling); returns its batch id."""
    from enrichso_mock.call import Call
    from starlette.datastructures import Headers

    sim = server.app.simulator
    org = sim.organization(api_key)
    operation = next(op for op in sim.spec.operations if op.operation_id == "batchValidateEmails")
    call = Call(sim, org, operation, {}, {}, {"emails": emails}, Headers(), "req_foreign", org.clock.now())
    answer: dict[str, Any] = sim.handlers["batchValidateEmails"].function(call)
    return str(answer["data"]["batchId"])


def emails(count: int, *, unique: int | None = None) -> list[str]:
    """`count` rows over `unique` distinct addresses; repeats differ in case and spacing."""
    distinct = unique or count
    rows = []
    for i in range(count):
        n = i % distinct
        address = f"person{n}@company{n % 97}.example"
        if i >= distinct:
            address = f"  {address.upper()} " if i % 2 else address.capitalize()
        rows.append(address)
    return rows


@dataclass
class CliRun:
    code: int
    stdout: str
    stderr: str


def cli_env(server: LoopbackServer, api_key: str, cache: Path, **extra: str) -> dict[str, str]:
    """The environment of a CLI run as `api_key`, with its journals under `cache`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENRICH_")}
    env.update(
        {
            "ENRICH_API_KEY": api_key,
            "ENRICH_BASE_URL": server.base_url,
            "XDG_CACHE_HOME": str(cache),
            "NO_COLOR": "1",
            "COLUMNS": "120",
        }
    )
    env.update(extra)
    return env


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "enrichso.cli", *args]


def run_cli(*args: str, env: dict[str, str], timeout: float = 120) -> CliRun:
    done = subprocess.run(cli_command(*args), capture_output=True, env=env, timeout=timeout, check=False)
    return CliRun(done.returncode, done.stdout.decode(), done.stderr.decode())
