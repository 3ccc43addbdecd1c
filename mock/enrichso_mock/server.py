"""Serving the simulator over HTTP: `serve` (blocking, for the CLIs) and `LoopbackServer` (a thread).

`serve` takes plain arguments (no argparse) so both `python -m enrichso_mock serve` and
`enrichso mock serve` can call it.
"""

from __future__ import annotations

import json
import socket
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn

from .app import SimulatorApp, create_app


def load_faults(value: str | dict[str, Any] | None) -> dict[str, Any] | None:
    """A fault configuration from a dict, a JSON string or the path of a JSON file."""
    if value is None or isinstance(value, dict):
        return value
    text = value.strip()
    if not text.startswith("{"):
        text = Path(value).read_text()
    loaded = json.loads(text)
    if not isinstance(loaded, dict):
        raise ValueError("a fault configuration is a JSON object")
    return loaded


def serve(
    *,
    host: str = "127.0.0.1",
    port: int = 4010,
    seed: int = 0,
    speed: float = 1.0,
    plan: str = "unlimited",
    faults: str | dict[str, Any] | None = None,
    flat_batch_status: bool = False,
    spec_path: str | Path | None = None,
    log_level: str = "warning",
    access_log: bool = False,
    deliver_webhooks: bool = True,
    allow_external_webhooks: bool = False,
    dialect: str = "pages",
) -> None:
    """Run the simulator with uvicorn until interrupted."""
    app = create_app(
        seed=seed,
        speed=speed,
        plan=plan,
        faults=load_faults(faults),
        flat_batch_status=flat_batch_status,
        spec_path=spec_path,
        deliver_webhooks=deliver_webhooks,
        allow_external_webhooks=allow_external_webhooks,
        dialect=dialect,
    )
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=access_log, lifespan="on")


class LoopbackServer:
    """uvicorn in a background thread on a free 127.0.0.1 port; a context manager.

    with LoopbackServer(create_app(speed=100)) as server:
        httpx.get(server.base_url + "/wallets/balance", headers={"x-api-key": "sk_test"})
    """

    def __init__(
        self, app: SimulatorApp | None = None, *, host: str = "127.0.0.1", log_level: str = "warning"
    ) -> None:
        self.app = app if app is not None else create_app()
        # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets whose proto is TCP, and
        # without it every response waits ~40 ms for a delayed ACK (Nagle).
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, 0))
        self.host, self.port = self._socket.getsockname()[:2]
        config = uvicorn.Config(self.app, log_level=log_level, access_log=False, lifespan="on")
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def root_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """The API's base URL, what an SDK client is given (…/api/v3)."""
        return self.root_url + self.app.simulator.spec.server_prefix

    def start(self) -> LoopbackServer:
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [self._socket]},
            name="enrichso-mock-server",
            daemon=True,
        )
        self._thread.start()
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the simulator's server thread died while starting")
            self._thread.join(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._socket.close()

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
