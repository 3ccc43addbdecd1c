"""The simulator as a separate process on a loopback port, and the /_mock/ controls the benchmarks use.

Each measured run uses an organization of its own (a fresh `sk_` key) and resets it afterwards, so
the server's memory does not grow with every 500,000-row batch of a long session.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from . import pinning

REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fresh_key(label: str) -> str:
    return f"sk_bench_{label}_{secrets.token_hex(6)}"


class Simulator:
    """`enrichso mock serve` (or `python -m enrichso_mock serve`) until the context ends."""

    def __init__(self, *, speed: float, use_cli: bool = True) -> None:
        self.speed = speed
        self.port = free_port()
        self.root_url = f"http://127.0.0.1:{self.port}"
        self.base_url = self.root_url + "/api/v3"
        self.command = self._command(use_cli)
        self._process: subprocess.Popen[bytes] | None = None
        self._control = httpx.Client(timeout=60)

    def _command(self, use_cli: bool) -> list[str]:
        options = ["--port", str(self.port), "--speed", str(self.speed)]
        enrichso = shutil.which("enrichso", path=str(Path(sys.executable).parent))
        if use_cli and enrichso is not None:
            return [enrichso, "--quiet", "mock", "serve", *options]
        return [sys.executable, "-m", "enrichso_mock", "serve", *options, "--log-level", "warning"]

    @property
    def pid(self) -> int:
        assert self._process is not None
        return self._process.pid

    def __enter__(self) -> Simulator:
        self._process = subprocess.Popen(
            self.command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ.copy()
        )
        pinning.pin_simulator(self._process.pid)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                break
            try:
                if self._control.get(self.root_url + "/_mock/health").status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.1)
        self.__exit__(None, None, None)
        raise RuntimeError(f"the simulator did not start: {' '.join(self.command)}")

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._control.close()
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()

    def _call(self, method: str, path: str, key: str, body: Any = None) -> Any:
        response = self._control.request(method, self.root_url + path, headers={"x-api-key": key}, json=body)
        response.raise_for_status()
        return response.json() if response.content else None

    def set_faults(self, key: str, faults: dict[str, Any]) -> None:
        self._call("PUT", "/_mock/faults", key, faults)

    def reset(self, key: str) -> None:
        """Forget the organization of `key` (its jobs and their inputs)."""
        self._call("POST", "/_mock/reset", key)

    def ledger(self, key: str) -> Any:
        return self._call("GET", "/_mock/ledger", key)
