"""Fixtures of the resilience tests: one loopback simulator for the session (jobs run 1000x
faster than real time), a fresh organization per test, and short reconciliation grace pauses."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from enrichso_mock import create_app
from enrichso_mock.control_client import MockControl
from enrichso_mock.server import LoopbackServer

from .support import control_for, new_key


@dataclass
class Org:
    server: LoopbackServer
    api_key: str
    control: MockControl

    def __repr__(self) -> str:
        return f"Org({self.server.base_url!r})"  # never the key


@pytest.fixture(scope="session")
def sim() -> Iterator[LoopbackServer]:
    with LoopbackServer(create_app(seed=3, speed=1000)) as server:
        yield server


@pytest.fixture
def org(sim: LoopbackServer) -> Iterator[Org]:
    key = new_key("resilience")
    control = control_for(sim, key)
    try:
        yield Org(sim, key, control)
    finally:
        control.close()


@pytest.fixture(autouse=True)
def _short_grace(monkeypatch: pytest.MonkeyPatch) -> None:
    """The simulator's ledger never lags: re-check it after milliseconds, not seconds."""
    monkeypatch.setattr("enrichso.pipeline.reconcile.GRACE", (0.02, 0.05))


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ENRICH_API_KEY", "ENRICH_BASE_URL", "ENRICH_LOG"):
        monkeypatch.delenv(name, raising=False)
