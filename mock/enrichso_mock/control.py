"""Control endpoints under /_mock/ (never under /api/v3): they act on the calling key's organization.

POST   /_mock/reset               forget the organization's state (fresh wallet, jobs, clock, ...)
GET    /_mock/organization        id, plan, balance, clock, settings in effect
GET|PUT /_mock/wallet             PUT {"balance": N} sets the balance (an adjustment transaction)
GET|POST /_mock/clock             POST {"advance": seconds} moves the organization's clock forward
GET|PUT /_mock/faults             the fault configuration (faults.py documents the format)
GET|PUT /_mock/plan               PUT {"plan": NAME}: free, growth, scale, pro, enterprise, unlimited
GET    /_mock/ledger              reservations and settlements per batch, and every transaction
GET    /_mock/jobs                every job (batches, scrapes, estimates, lead jobs) and its status now
GET|DELETE /_mock/webhooks        the webhook deliveries log (DELETE clears it)
GET    /_mock/health              no key needed: is the simulator up, which operations it answers
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .auth import MISSING_KEY_DETAIL, api_key, is_valid_key
from .faults import FaultConfig
from .org import Organization
from .problems import UNAUTHORIZED_DETAIL, ApiProblem, unauthorized, validation_error
from .ratelimit import plan_named
from .registry import job_listings
from .responses import PROBLEM_JSON, JSONResponse
from .state import SimulatorState

Endpoint = Callable[[Request], Awaitable[Response]]
# The largest integer a JSON number carries exactly everywhere (JavaScript's Number.MAX_SAFE_INTEGER).
MAX_BALANCE = 2**53 - 1


def control_routes(sim: SimulatorState, unimplemented: Callable[[], list[str]]) -> list[Route]:
    """The /_mock/ routes over the simulator's state; `unimplemented` lists the operations without
    a handler (the app knows them, GET /_mock/health shows them)."""

    def endpoint(action: Callable[[Request, str, Organization], Awaitable[Any]]) -> Endpoint:
        async def run(request: Request) -> Response:
            key = api_key(request.headers)
            try:
                if not is_valid_key(key):
                    raise unauthorized(MISSING_KEY_DETAIL if key is None else UNAUTHORIZED_DETAIL)
                assert key is not None
                return JSONResponse(await action(request, key, sim.organization(key)))
            except ApiProblem as p:
                body = p.body(f"/requests/{sim.new_request_uuid()}")
                return Response(orjson.dumps(body), p.status, media_type=PROBLEM_JSON)

        return run

    async def reset(request: Request, key: str, org: Organization) -> Any:
        return {"reset": True, **describe(sim.reset_organization(key))}

    async def organization(request: Request, key: str, org: Organization) -> Any:
        return describe(org)

    async def wallet(request: Request, key: str, org: Organization) -> Any:
        if request.method == "PUT":
            balance = (await json_body(request)).get("balance")
            if isinstance(balance, bool) or not isinstance(balance, int) or not 0 <= balance <= MAX_BALANCE:
                raise validation_error(f"balance must be an integer between 0 and {MAX_BALANCE}")
            org.wallet.set_balance(balance)
        return {"organizationId": org.id, "balance": org.wallet.balance}

    async def clock(request: Request, key: str, org: Organization) -> Any:
        if request.method == "POST":
            advance = (await json_body(request)).get("advance")
            if isinstance(advance, bool) or not isinstance(advance, int | float):
                raise validation_error("advance must be a number of seconds")
            try:
                org.clock.advance(float(advance))
            except ValueError as refused:
                raise validation_error(str(refused)) from None
        return {"now": org.clock.now(), "iso": org.clock.iso(), "speed": org.clock.speed}

    async def faults(request: Request, key: str, org: Organization) -> Any:
        if request.method == "PUT":
            try:
                config = FaultConfig.parse(await json_body(request), default_seed=sim.settings.seed)
            except ValueError as exc:
                raise validation_error(str(exc)) from None
            org.set_faults(config)
        return org.faults.config.to_json()

    async def plan(request: Request, key: str, org: Organization) -> Any:
        if request.method == "PUT":
            name = (await json_body(request)).get("plan")
            try:
                plan_named(str(name))
            except ValueError as exc:
                raise validation_error(str(exc)) from None
            org.set_plan(str(name))
        return {"plan": org.limiter.plan.name}

    async def ledger(request: Request, key: str, org: Organization) -> Any:
        return {
            "organizationId": org.id,
            "balance": org.wallet.balance,
            "batches": [r.to_json() for r in org.ledger.reservations.values()],
            "transactions": [t.to_json() for t in org.wallet.transactions],
        }

    async def jobs(request: Request, key: str, org: Organization) -> Any:
        now = org.clock.now()
        listed = [job.listing(now) for job in list(org.jobs.values())]
        for listing in job_listings():  # the jobs products keep in their own stores
            listed.extend(listing(org, sim.settings.seed, now))
        return {"jobs": listed}

    async def webhooks(request: Request, key: str, org: Organization) -> Any:
        if request.method == "DELETE":
            with org.lock:
                org.webhook_log.clear()
        return {"pending": sim.webhooks.pending(org), "deliveries": list(org.webhook_log)}

    async def health(request: Request) -> Response:
        return JSONResponse(
            {
                "ok": True,
                "operations": len(sim.spec.operations),
                "unimplemented": unimplemented(),
                "seed": sim.settings.seed,
                "speed": sim.settings.speed,
                "dialect": sim.settings.dialect,
                "allowExternalWebhooks": sim.settings.allow_external_webhooks,
            }
        )

    return [
        Route("/reset", endpoint(reset), methods=["POST"]),
        Route("/organization", endpoint(organization), methods=["GET"]),
        Route("/wallet", endpoint(wallet), methods=["GET", "PUT"]),
        Route("/clock", endpoint(clock), methods=["GET", "POST"]),
        Route("/faults", endpoint(faults), methods=["GET", "PUT"]),
        Route("/plan", endpoint(plan), methods=["GET", "PUT"]),
        Route("/ledger", endpoint(ledger), methods=["GET"]),
        Route("/jobs", endpoint(jobs), methods=["GET"]),
        Route("/webhooks", endpoint(webhooks), methods=["GET", "DELETE"]),
        Route("/health", health, methods=["GET"]),
    ]


def describe(org: Organization) -> dict[str, Any]:
    return {
        "organizationId": org.id,
        "plan": org.limiter.plan.name,
        "balance": org.wallet.balance,
        "clock": {"now": org.clock.now(), "iso": org.clock.iso(), "speed": org.clock.speed},
        "faults": org.faults.config.to_json(),
    }


async def json_body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    try:
        body = orjson.loads(raw) if raw.strip() else {}
    except orjson.JSONDecodeError:
        raise validation_error("body is not valid JSON") from None
    if not isinstance(body, dict):
        raise validation_error("body must be a JSON object")
    return body
