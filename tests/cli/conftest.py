"""The CLI tests run the real console script in a subprocess against a live simulator.

`sim` is a simulator for the session (uvicorn in a thread on a loopback port), running jobs a
thousand times faster than real time so a batch is done by its first status poll: one per dialect
(the endpoint pages' answer shapes, or the API Reference overview's), the one `mock_dialect` names
("pages" unless a test parametrizes it, e.g. with `both_dialects`). `org` is a fresh
organization on it (a fresh sk_ key and full wallet) with the control client that reads its ledger.
`enrichso(...)` runs `python -m enrichso.cli` with that key and base URL in the environment.
"""

from __future__ import annotations

import atexit
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from enrichso_mock import create_app
from enrichso_mock.control_client import MockControl
from enrichso_mock.dialects import DIALECTS, PAGES
from enrichso_mock.server import LoopbackServer

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
CONSOLE_SCRIPT = Path(sys.executable).with_name("enrichso")
_CACHE = Path(tempfile.mkdtemp(prefix="enrichso-cli-tests-cache-"))
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


@dataclass
class Org:
    base_url: str
    api_key: str
    control: MockControl

    def ledger(self) -> dict[str, Any]:
        return self.control.ledger()

    def assert_untouched(self) -> None:
        """Nothing was submitted and no credit moved."""
        ledger = self.ledger()
        assert ledger["batches"] == []
        assert ledger["balance"] == 1_000_000
        assert [t["type"] for t in ledger["transactions"]] == ["topup"]
        assert self.control.jobs() == []


def run_cli(
    *args: str, env: dict[str, str] | None = None, input: str | bytes | None = None, timeout: float = 60
) -> Run:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("ENRICH_")}
    # batch runs keep a journal under the user's cache folder: keep the tests' out of the real one
    full_env.update({"COLUMNS": "120", "NO_COLOR": "1", "XDG_CACHE_HOME": str(_CACHE)})
    full_env.update(env or {})
    data = input.encode() if isinstance(input, str) else input
    done = subprocess.run(
        [sys.executable, "-m", "enrichso.cli", *args],
        input=data,
        capture_output=True,
        env=full_env,
        timeout=timeout,
        check=False,
    )
    return Run(done.returncode, done.stdout.decode(), done.stderr.decode())


# Runs a test once per dialect.
both_dialects = pytest.mark.parametrize("mock_dialect", DIALECTS)


@pytest.fixture
def mock_dialect() -> str:
    return PAGES


@pytest.fixture(scope="session")
def sims() -> Iterator[Callable[[str], LoopbackServer]]:
    """The session's simulator of a dialect, started when first asked for."""
    started: dict[str, LoopbackServer] = {}
    with ExitStack() as stack:

        def server(dialect: str) -> LoopbackServer:
            if dialect not in started:
                app = create_app(seed=3, speed=1000, dialect=dialect)
                started[dialect] = stack.enter_context(LoopbackServer(app))
            return started[dialect]

        yield server


@pytest.fixture
def sim(sims: Callable[[str], LoopbackServer], mock_dialect: str) -> LoopbackServer:
    return sims(mock_dialect)


@pytest.fixture
def org(sim: LoopbackServer) -> Iterator[Org]:
    key = "sk_test_cli_" + secrets.token_hex(12)
    control = MockControl(sim.root_url, key)
    try:
        yield Org(sim.base_url, key, control)
    finally:
        control.close()


@pytest.fixture
def enrichso(org: Org):  # type: ignore[no-untyped-def]
    """Run the CLI as the test's organization."""

    def run(*args: str, input: str | bytes | None = None, timeout: float = 60) -> Run:
        env = {"ENRICH_API_KEY": org.api_key, "ENRICH_BASE_URL": org.base_url}
        return run_cli(*args, env=env, input=input, timeout=timeout)

    return run
