"""The simulator's own behaviour, tested in process through httpx.ASGITransport (fast, no sockets),
plus a few loopback tests where the wire matters (dropped connections, webhooks, the CLI)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from enrichso_mock import SimulatorApp, create_app
from enrichso_mock.org import Organization
from enrichso_mock.pytest_plugin import (  # noqa: F401  (fixtures, exercised by test_server.py)
    enrich_mock,
    enrich_mock_app,
    enrich_mock_dialect,
    enrich_mock_key,
    enrich_mock_options,
    enrich_mock_server,
)

from .helpers import Receiver

KEY = "sk_test_mock_behaviour"


@dataclass
class Sim:
    """An in-process simulator and one organization's view of it."""

    app: SimulatorApp
    api: httpx.AsyncClient  # base URL .../api/v3, authenticated as KEY
    root: httpx.AsyncClient  # for /_mock/, authenticated as KEY

    @property
    def org(self) -> Organization:
        return self.app.simulator.organization(KEY)

    async def advance(self, seconds: float) -> None:
        (await self.root.post("/_mock/clock", json={"advance": seconds})).raise_for_status()

    async def ledger(self) -> dict[str, Any]:
        response = await self.root.get("/_mock/ledger")
        response.raise_for_status()
        return response.json()  # type: ignore[no-any-return]

    async def submit(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = await self.api.post(path, json=body)
        assert response.status_code == 200, response.text
        return response.json()  # type: ignore[no-any-return]


def client_for(app: SimulatorApp, base_url: str, key: str | None = KEY) -> httpx.AsyncClient:
    headers = {"x-api-key": key} if key else {}
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=base_url, headers=headers)


async def make_sim(**options: Any) -> Sim:
    # The clock all but stopped: tests move it with sim.advance(), so a loaded machine (CI) cannot
    # push a job into its next state between two requests.
    app = create_app(**{"seed": 5, "speed": 1e-6, **options})
    return Sim(app, client_for(app, "http://sim/api/v3"), client_for(app, "http://sim"))


@pytest.fixture
async def sim() -> AsyncIterator[Sim]:
    s = await make_sim()
    yield s
    await s.api.aclose()
    await s.root.aclose()


def emails(n: int, domain: str = "example.com") -> list[str]:
    return [f"person{i}@{domain}" for i in range(n)]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A loopback webhook receiver (helpers.Receiver), closed after the test."""
    r = Receiver()
    yield r
    r.close()
