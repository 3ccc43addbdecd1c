"""Serving: the CLI over uvicorn, the loopback server, and the pytest plugin's fixtures."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx
import pytest
from enrichso_mock import create_app
from enrichso_mock.pytest_plugin import MockConnection
from enrichso_mock.server import LoopbackServer, load_faults


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_python_m_enrichso_mock_serve() -> None:
    port = free_port()
    faults = '{"rules": [{"kind": "503", "probability": 1, "operations": ["getWalletTransactions"]}]}'
    command = [
        sys.executable,
        "-m",
        "enrichso_mock",
        "serve",
        "--port",
        str(port),
        "--seed",
        "3",
        "--speed",
        "50",
        "--dialect",
        "overview",
        "--allow-external-webhooks",
    ]
    server = subprocess.Popen([*command, "--plan", "growth", "--faults", faults, "--log-level", "warning"])
    try:
        for _ in range(200):
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/_mock/health", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        assert health.json()["speed"] == 50
        assert (health.json()["dialect"], health.json()["allowExternalWebhooks"]) == ("overview", True)
        headers = {"x-api-key": "sk_test_cli"}
        balance = httpx.get(f"http://127.0.0.1:{port}/api/v3/wallets/balance", headers=headers)
        assert balance.status_code == 200 and balance.headers["x-ratelimit-limit"] == "25"
        assert balance.json()["data"] == {"balance": 1_000_000}  # the overview dialect's shape
        assert (
            httpx.get(f"http://127.0.0.1:{port}/api/v3/wallets/transactions", headers=headers).status_code
            == 503
        )
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_dropped_and_truncated_answers_over_a_real_socket() -> None:
    with (
        LoopbackServer(create_app()) as server,
        httpx.Client(headers={"x-api-key": "sk_test_wire"}) as client,
    ):
        drop = {"rules": [{"kind": "drop", "probability": 1, "operations": ["getWalletBalance"], "times": 1}]}
        client.put(server.root_url + "/_mock/faults", json=drop).raise_for_status()
        with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
            client.get(server.base_url + "/wallets/balance")
        cut = {
            "rules": [{"kind": "truncate", "probability": 1, "operations": ["getWalletBalance"], "times": 1}]
        }
        client.put(server.root_url + "/_mock/faults", json=cut).raise_for_status()
        with pytest.raises(httpx.RemoteProtocolError, match="incomplete|complete message body"):
            client.get(server.base_url + "/wallets/balance")
        assert client.get(server.base_url + "/wallets/balance").status_code == 200


def test_fault_configurations_load_from_json_text_or_a_file(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "faults.json"
    path.write_text('{"failedBatchProbability": 0.5}')
    assert load_faults(str(path)) == {"failedBatchProbability": 0.5}
    assert load_faults('{"rules": []}') == {"rules": []}
    with pytest.raises(ValueError):
        create_app(faults={"rules": [{"kind": "nope"}]})
    with pytest.raises(ValueError):
        create_app(plan="gold")


def test_the_pytest_plugin_gives_a_live_server_and_a_fresh_organization(enrich_mock: MockConnection) -> None:
    assert enrich_mock.base_url.endswith("/api/v3")
    assert enrich_mock.api_key not in repr(enrich_mock)
    response = httpx.get(
        enrich_mock.base_url + "/wallets/balance", headers={"x-api-key": enrich_mock.api_key}
    )
    assert response.json()["data"]["balance"] == 1_000_000
    assert enrich_mock.control.set_balance(10) == 10
    assert enrich_mock.control.advance(5) >= 5
    assert enrich_mock.control.ledger()["balance"] == 10
