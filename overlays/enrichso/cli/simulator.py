"""--mock: the simulator (enrichso_mock) served in this process, on a free loopback port."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from .extras import require_mock_extra


@dataclass
class RunningSimulator:
    base_url: str  # what the client is given (http://127.0.0.1:PORT/api/v3)
    root_url: str  # where the /_mock/ control endpoints live
    api_key: str  # a fresh sk_ key: an organization of its own
    server: Any

    def stop(self) -> None:
        self.server.stop()


def start_simulator(
    *, api_key: str, seed: int = 0, speed: float = 1.0, dialect: str = "pages"
) -> RunningSimulator:
    require_mock_extra("--mock")
    # imported by name: the simulator is an independent package without type information
    mock = importlib.import_module("enrichso_mock")
    server = importlib.import_module("enrichso_mock.server").LoopbackServer(
        mock.create_app(seed=seed, speed=speed, dialect=dialect)
    )
    server.start()
    return RunningSimulator(server.base_url, server.root_url, api_key, server)
