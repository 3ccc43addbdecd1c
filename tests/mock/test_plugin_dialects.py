"""The pytest plugin's dialect parameter: parametrized, every fixture serves each dialect in turn."""

from __future__ import annotations

import httpx
import pytest
from enrichso_mock import SimulatorApp
from enrichso_mock.pytest_plugin import DIALECTS, MockConnection

BALANCE_MEMBERS = {"pages": {"organizationId", "balance", "currency", "asOf"}, "overview": {"balance"}}


@pytest.fixture(scope="session", params=DIALECTS)
def enrich_mock_dialect(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_the_live_server_answers_in_the_dialect(
    enrich_mock: MockConnection, enrich_mock_dialect: str
) -> None:
    assert enrich_mock.dialect == enrich_mock_dialect
    response = httpx.get(
        enrich_mock.base_url + "/wallets/balance", headers={"x-api-key": enrich_mock.api_key}
    )
    assert set(response.json()["data"]) == BALANCE_MEMBERS[enrich_mock_dialect]


async def test_the_in_process_app_answers_in_the_dialect(
    enrich_mock_app: SimulatorApp, enrich_mock_key: str, enrich_mock_dialect: str
) -> None:
    transport = httpx.ASGITransport(app=enrich_mock_app)
    async with httpx.AsyncClient(transport=transport, headers={"x-api-key": enrich_mock_key}) as client:
        response = await client.get("http://simulator/api/v3/wallets/balance")
    assert set(response.json()["data"]) == BALANCE_MEMBERS[enrich_mock_dialect]
