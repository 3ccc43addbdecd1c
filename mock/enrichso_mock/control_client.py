"""A small client for the /_mock/ control endpoints (for tests that drive a running simulator)."""

from __future__ import annotations

from typing import Any

import httpx


class MockControl:
    """Drives one organization (the one of `api_key`) of a simulator at `root_url`.

    `client` may be any httpx.Client, e.g. a starlette TestClient for an in-process app.
    """

    def __init__(self, root_url: str, api_key: str, client: httpx.Client | None = None) -> None:
        self._client = client or httpx.Client(timeout=30)
        self._root = root_url.rstrip("/")
        self._headers = {"x-api-key": api_key}

    def __repr__(self) -> str:
        return f"MockControl({self._root!r})"  # never the key

    def _call(self, method: str, path: str, json: Any = None) -> dict[str, Any]:
        response = self._client.request(
            method, f"{self._root}/_mock/{path}", json=json, headers=self._headers
        )
        response.raise_for_status()
        body: dict[str, Any] = response.json()
        return body

    def reset(self) -> dict[str, Any]:
        return self._call("POST", "reset")

    def organization(self) -> dict[str, Any]:
        return self._call("GET", "organization")

    def set_balance(self, balance: int) -> int:
        return int(self._call("PUT", "wallet", {"balance": balance})["balance"])

    def advance(self, seconds: float) -> float:
        return float(self._call("POST", "clock", {"advance": seconds})["now"])

    def set_faults(self, config: dict[str, Any]) -> dict[str, Any]:
        return self._call("PUT", "faults", config)

    def clear_faults(self) -> dict[str, Any]:
        return self._call("PUT", "faults", {})

    def set_plan(self, plan: str) -> str:
        return str(self._call("PUT", "plan", {"plan": plan})["plan"])

    def ledger(self) -> dict[str, Any]:
        return self._call("GET", "ledger")

    def jobs(self) -> list[dict[str, Any]]:
        return list(self._call("GET", "jobs")["jobs"])

    def webhooks(self) -> dict[str, Any]:
        return self._call("GET", "webhooks")

    def clear_webhooks(self) -> None:
        self._call("DELETE", "webhooks")

    def close(self) -> None:
        self._client.close()
