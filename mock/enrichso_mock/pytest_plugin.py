"""pytest fixtures for testing against the simulator.

    # conftest.py
    pytest_plugins = ["enrichso_mock.pytest_plugin"]

    def test_balance(enrich_mock):                       # live loopback server + fresh key
        r = httpx.get(enrich_mock.base_url + "/wallets/balance", headers={"x-api-key": enrich_mock.api_key})
        enrich_mock.control.advance(60)                  # drive the organization's clock

    async def test_in_process(enrich_mock_app, enrich_mock_key):
        transport = httpx.ASGITransport(app=enrich_mock_app)

Override `enrich_mock_options` (session scope) to change the server's create_app arguments, and
`enrich_mock_dialect` (session scope) to answer in the API Reference overview's shapes; to run the
same tests in both dialects, parametrize it in a conftest.py:

    @pytest.fixture(scope="session", params=DIALECTS)   # from enrichso_mock.pytest_plugin
    def enrich_mock_dialect(request: pytest.FixtureRequest) -> str:
        return request.param                             # one live server per dialect

(A conftest that imports the fixtures by name rather than listing this module in `pytest_plugins`
imports `enrich_mock_dialect` too: the server and app fixtures depend on it.)
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from .app import SimulatorApp, create_app
from .control_client import MockControl
from .dialects import DIALECTS, PAGES
from .server import LoopbackServer

__all__ = [
    "DIALECTS",
    "MockConnection",
    "enrich_mock",
    "enrich_mock_app",
    "enrich_mock_dialect",
    "enrich_mock_key",
    "enrich_mock_options",
    "enrich_mock_server",
    "new_key",
]


@dataclass
class MockConnection:
    """Everything a test needs to talk to a live simulator as one fresh organization."""

    base_url: str  # http://127.0.0.1:PORT/api/v3, what an SDK client is given
    root_url: str  # http://127.0.0.1:PORT
    api_key: str
    control: MockControl
    app: SimulatorApp
    dialect: str = PAGES  # the server's dialect (tests run in both may branch on it)

    def __repr__(self) -> str:
        return f"MockConnection(base_url={self.base_url!r})"  # never the key


def new_key() -> str:
    return "sk_test_" + secrets.token_hex(16)


@pytest.fixture(scope="session")
def enrich_mock_options() -> dict[str, Any]:
    """create_app keyword arguments of the session's loopback server."""
    return {}


@pytest.fixture(scope="session")
def enrich_mock_dialect() -> str:
    """The dialect of the simulators these fixtures make: "pages" (the documentation's endpoint
    pages, the default) or "overview" (its API Reference overview's shapes, see dialects.py)."""
    return PAGES


@pytest.fixture
def enrich_mock_app(enrich_mock_dialect: str) -> SimulatorApp:
    """A fresh in-process simulator (use with httpx.ASGITransport or starlette's TestClient)."""
    return create_app(dialect=enrich_mock_dialect)


@pytest.fixture
def enrich_mock_key() -> str:
    """A fresh sk_ key: a new organization with a full wallet."""
    return new_key()


@pytest.fixture(scope="session")
def enrich_mock_server(
    enrich_mock_options: dict[str, Any], enrich_mock_dialect: str
) -> Iterator[LoopbackServer]:
    """One live simulator (uvicorn in a thread on a free loopback port) for the whole session (per
    dialect, when enrich_mock_dialect is parametrized); a "dialect" in the options wins."""
    with LoopbackServer(create_app(**{"dialect": enrich_mock_dialect, **enrich_mock_options})) as server:
        yield server


@pytest.fixture
def enrich_mock(enrich_mock_server: LoopbackServer, enrich_mock_key: str) -> Iterator[MockConnection]:
    """The live server, a fresh key (so a fresh organization) and a control client for it."""
    control = MockControl(enrich_mock_server.root_url, enrich_mock_key)
    try:
        yield MockConnection(
            enrich_mock_server.base_url,
            enrich_mock_server.root_url,
            enrich_mock_key,
            control,
            enrich_mock_server.app,
            enrich_mock_server.app.simulator.settings.dialect,
        )
    finally:
        control.close()
