"""`create_app`: the simulator as one ASGI application."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import State
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount
from starlette.types import Receive, Scope, Send

from .control import control_routes
from .dialects import PAGES
from .dispatch import ApiDispatcher, problem_response
from .problems import ApiProblem
from .settings import Settings
from .simulator import Simulator
from .transport_faults import TRANSPORT_KEY, server_transport


class SimulatorApp:
    """The ASGI app: /api/v3/... goes to the API pipeline, /_mock/... to the control endpoints.

    `app.simulator` is the live state (organizations, clocks, wallets) for in-process tests.
    """

    def __init__(self, simulator: Simulator) -> None:
        self.simulator = simulator
        self._api = ApiDispatcher(simulator)
        self._prefix = simulator.spec.server_prefix + "/"

        @contextlib.asynccontextmanager
        async def lifespan(app: Starlette) -> AsyncIterator[None]:
            yield
            simulator.webhooks.close()

        async def problem(request: Request, exc: Exception) -> Response:
            """Unknown /_mock/ routes and methods answer problem documents too."""
            assert isinstance(exc, HTTPException)
            route = f"{request.method}:{request.url.path}"
            detail = f"Route {route} not found" if exc.status_code == 404 else None
            p = ApiProblem(exc.status_code, detail, headers=dict(exc.headers or {}))
            return problem_response(p, f"/requests/{simulator.new_request_uuid()}", {})

        self._starlette = Starlette(
            routes=[Mount("/_mock", routes=control_routes(simulator, simulator.unimplemented_operations))],
            lifespan=lifespan,
            exception_handlers={HTTPException: problem},
        )
        self._starlette.state.simulator = simulator

    @property
    def state(self) -> State:
        return self._starlette.state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            transport = server_transport(send)
            if transport is not None:
                scope[TRANSPORT_KEY] = transport
            path: str = scope["path"]
            if path.startswith(self._prefix):
                return await self._api(scope, receive, send)
            if not path.startswith("/_mock/"):
                problem = ApiProblem(404, f"Route {scope['method']}:{path} not found")
                response = problem_response(problem, f"/requests/{self.simulator.new_request_uuid()}", {})
                return await response(scope, receive, send)
        await self._starlette(scope, receive, send)


def create_app(
    *,
    seed: int = 0,
    speed: float = 1.0,
    plan: str = "unlimited",
    faults: dict[str, Any] | None = None,
    flat_batch_status: bool = False,
    spec_path: str | Path | None = None,
    initial_balance: int | None = None,
    deliver_webhooks: bool = True,
    allow_external_webhooks: bool = False,
    dialect: str = PAGES,
) -> SimulatorApp:
    """A fresh simulator.

    seed: every generated answer is a function of (seed, product, input).
    speed: how much faster than real time the organizations' clocks run.
    plan: the rate-limit plan of new organizations (free, growth, scale, pro, enterprise, unlimited).
    faults: the starting fault configuration of every organization (see faults.py).
    flat_batch_status: answer email validation/finder batch status in the live gateway's flat shape.
    spec_path: the OpenAPI document to serve (default: spec_path()).
    initial_balance: credits of a new organization (default 1,000,000).
    deliver_webhooks: False turns webhook delivery off (e.g. under a fuzzer that invents URLs).
    allow_external_webhooks: also deliver to hosts other than this machine's loopback addresses.
    dialect: "pages" answers in the shapes of the documentation's endpoint pages, "overview" in
        those of its API Reference overview where the two differ (see dialects.py).
    """
    settings = Settings(
        seed=seed,
        speed=speed,
        plan=plan,
        faults=dict(faults or {}),
        flat_batch_status=flat_batch_status,
        spec_path=Path(spec_path) if spec_path is not None else None,
        deliver_webhooks=deliver_webhooks,
        allow_external_webhooks=allow_external_webhooks,
        dialect=dialect,
        **({"initial_balance": initial_balance} if initial_balance is not None else {}),
    )
    return SimulatorApp(Simulator(settings))
