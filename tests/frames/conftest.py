"""The frame, Parquet and Dask tests: a loopback simulator whose clocks run 1000x faster (a batch
is done in ms), and a client of a fresh organization on it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from enrichso import AsyncEnrich, Enrich

# The simulator's fixtures (pytest_plugins is only allowed in the top-level conftest).
from enrichso_mock.pytest_plugin import (  # noqa: F401
    MockConnection,
    enrich_mock,
    enrich_mock_dialect,
    enrich_mock_key,
    enrich_mock_server,
)

# The CLI tests' fixtures (`enrichso(...)` runs the command line as a fresh organization `org`)
from ..cli.conftest import enrichso, mock_dialect, org, sim, sims  # noqa: F401


@pytest.fixture(scope="session")
def enrich_mock_options() -> dict[str, Any]:
    return {"speed": 1000}


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests start without the user's ENRICH_* variables."""
    for name in ("ENRICH_API_KEY", "ENRICH_BASE_URL", "ENRICH_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def client(enrich_mock: MockConnection) -> Iterator[Enrich]:  # noqa: F811
    with Enrich(api_key=enrich_mock.api_key, base_url=enrich_mock.base_url) as c:
        yield c


@pytest.fixture
def async_client(enrich_mock: MockConnection) -> AsyncEnrich:  # noqa: F811
    return AsyncEnrich(api_key=enrich_mock.api_key, base_url=enrich_mock.base_url)
