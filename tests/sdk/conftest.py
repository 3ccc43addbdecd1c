"""Shared helpers of the SDK tests: clients wired to an httpx.MockTransport, with sleeps recorded
instead of slept, and the simulator's pytest plugin for the in-process and loopback tests.

A test runs on both of the simulator's dialects with `@both_dialects` (the endpoint pages' and the
API Reference overview's answer shapes); the loopback server is looked up per test from one server
per dialect, so tests with and without the mark can run in any order."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from enrichso import AsyncEnrich, Enrich
from enrichso_mock import create_app

# The simulator's fixtures (pytest_plugins is only allowed in the top-level conftest).
from enrichso_mock.pytest_plugin import (  # noqa: E402, F401
    DIALECTS,
    enrich_mock,
    enrich_mock_app,
    enrich_mock_dialect,
    enrich_mock_key,
)
from enrichso_mock.server import LoopbackServer

# Runs a test once per dialect: it overrides enrich_mock_dialect, which the app, the server and
# enrich_mock follow.
both_dialects = pytest.mark.parametrize("enrich_mock_dialect", DIALECTS)

SECRET = "sk_test_SECRET_do_not_leak_0123456789"
BASE = "https://api.test/api/v3"

Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class Recorder:
    """Every request a MockTransport saw, and every sleep the SDK asked for."""

    requests: list[httpx.Request] = field(default_factory=list)
    sleeps: list[float] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)


def ok(data: Any, meta: Any = None, status: int = 200) -> httpx.Response:
    body: dict[str, Any] = {"success": True, "data": data}
    if meta is not None:
        body["meta"] = meta
    return httpx.Response(status, json=body)


def make_client(handler: Handler, **kwargs: Any) -> tuple[Enrich, Recorder]:
    recorder = Recorder()

    def record(request: httpx.Request) -> httpx.Response:
        request.read()
        recorder.requests.append(request)
        return handler(request)

    client = Enrich(
        api_key=SECRET,
        base_url=BASE,
        http_client=httpx.Client(transport=httpx.MockTransport(record)),
        **kwargs,
    )
    client._transport.sleep = recorder.sleep
    return client, recorder


def make_async_client(handler: Handler, **kwargs: Any) -> tuple[AsyncEnrich, Recorder]:
    recorder = Recorder()

    async def record(request: httpx.Request) -> httpx.Response:
        await request.aread()
        recorder.requests.append(request)
        return handler(request)

    client = AsyncEnrich(
        api_key=SECRET,
        base_url=BASE,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(record)),
        **kwargs,
    )
    client._transport.sleep = recorder.async_sleep
    return client, recorder


@pytest.fixture(scope="session")
def enrich_mock_options() -> dict[str, Any]:
    """The session's loopback simulator runs its clocks 1000x faster: a batch is done in ms."""
    return {"speed": 1000}


@pytest.fixture(scope="session")
def _servers(enrich_mock_options: dict[str, Any]) -> Iterator[Callable[[str], LoopbackServer]]:
    """One live loopback simulator per dialect, started when first asked for."""
    started: dict[str, LoopbackServer] = {}
    with ExitStack() as stack:

        def server(dialect: str) -> LoopbackServer:
            if dialect not in started:
                app = create_app(**{**enrich_mock_options, "dialect": dialect})
                started[dialect] = stack.enter_context(LoopbackServer(app))
            return started[dialect]

        yield server


@pytest.fixture
def enrich_mock_server(
    _servers: Callable[[str], LoopbackServer],
    enrich_mock_dialect: str,  # noqa: F811 (the fixture imported above)
) -> LoopbackServer:
    """The plugin's server, per test rather than per session: the one of the test's dialect (the
    plugin's session-wide server would keep the first dialect it was made with)."""
    return _servers(enrich_mock_dialect)


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests start without the user's ENRICH_* variables."""
    for name in ("ENRICH_API_KEY", "ENRICH_BASE_URL", "ENRICH_LOG"):
        monkeypatch.delenv(name, raising=False)
    yield
