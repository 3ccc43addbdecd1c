"""The /api/v3 pipeline: route, authenticate, inject faults, rate-limit, validate, handle, answer.

Order matters and is deliberate:
1. unknown path -> 404, known path with another method -> 405 + Allow (no key needed);
2. missing or invalid key -> 401;
3. a fault planned "before" answers now (nothing was processed);
4. the rate limiter counts the call (429 + Retry-After when a window is full);
5. path, query and body are validated (400) before the handler runs, so a rejected request has
   no side effect (a handler's `invalid_details` give some fields their documented detail);
6. the handler runs (it may raise a problem: 402, 404, ...); in the overview dialect its answer
   is reshaped (dialects.py);
7. a fault planned "after" replaces the answer (the state change has happened).
X-RateLimit-* headers go on every response.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl

from starlette.datastructures import Headers
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from . import dialects, transport_faults
from .auth import MISSING_KEY_DETAIL, api_key, is_valid_key
from .call import Call
from .dialects import OVERVIEW
from .faults import Fault
from .problems import UNAUTHORIZED_DETAIL, ApiProblem, rate_limited, unauthorized
from .responses import PROBLEM_JSON, JSONResponse
from .validation import InvalidInput

if TYPE_CHECKING:
    from .simulator import Simulator

logger = logging.getLogger("enrichso_mock")


@dataclass
class Exchange:
    """One request/response exchange on the wire."""

    scope: Scope
    receive: Receive
    send: Send
    request_id: str
    instance: str
    rate_headers: dict[str, str] = field(default_factory=dict)

    async def answer(self, response: Response) -> None:
        await response(self.scope, self.receive, self.send)

    def problem(self, p: ApiProblem) -> Response:
        return problem_response(p, self.instance, self.rate_headers)


class ApiDispatcher:
    def __init__(self, sim: Simulator) -> None:
        self.sim = sim

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        sim = self.sim
        ex = Exchange(scope, receive, send, sim.new_request_id(), f"/requests/{sim.new_request_uuid()}")
        headers = Headers(scope=scope)

        relative = scope["path"][len(sim.spec.server_prefix) :] or "/"
        match = sim.router.match(relative, scope["method"])
        if match is None or match.operation is None:
            ex.rate_headers = sim.anonymous_rate_headers()
        if match is None:
            return await ex.answer(
                ex.problem(ApiProblem(404, f"Route {scope['method']}:{scope['path']} not found"))
            )
        if match.operation is None:
            allow = ", ".join(match.allowed)
            detail = f"Method {scope['method']} is not allowed on {scope['path']}"
            return await ex.answer(ex.problem(ApiProblem(405, detail, headers={"Allow": allow})))
        operation = match.operation

        key = api_key(headers)
        org = sim.organization(key) if is_valid_key(key) else None
        if org is None:
            if operation.secured:
                ex.rate_headers = sim.anonymous_rate_headers()
                return await ex.answer(
                    ex.problem(unauthorized(MISSING_KEY_DETAIL if key is None else UNAUTHORIZED_DETAIL))
                )
            org = sim.public_organization()

        handler = sim.handlers.get(operation.operation_id)
        category = handler.category if handler else None
        fault = org.faults.decide(operation.operation_id)
        if fault is not None and fault.when == "before":
            ex.rate_headers = org.limiter.peek(category, org.clock.now())
            if await _fault_before(fault, ex):
                return None

        decision = org.limiter.hit(category, org.clock.now())
        ex.rate_headers = decision.headers
        if not decision.allowed:
            return await ex.answer(ex.problem(rate_limited(decision.retry_after, decision.headers)))

        try:
            validator = sim.validators[operation.operation_id]
            path_params = validator.path(match.path_params)
            query_string = scope.get("query_string", b"").decode("latin-1")
            query = validator.query(parse_qsl(query_string, keep_blank_values=True))
            body = validator.body(await _read_body(receive), headers.get("content-type"))
            if handler is None:
                raise ApiProblem(501, f"The simulator has no handler for {operation.operation_id} yet.")
            call = Call(
                sim, org, operation, path_params, query, body, headers, ex.request_id, org.clock.now()
            )
            result = await handler.function(call) if handler.is_async else handler.function(call)
            if sim.settings.dialect == OVERVIEW and isinstance(result, dict):
                result = dialects.reshape(operation.operation_id, result, call)
            response = result if isinstance(result, Response) else JSONResponse(result)
            response.headers.update(ex.rate_headers)
        except InvalidInput as p:
            documented = handler.invalid_details.get(p.field) if handler else None
            response = ex.problem(ApiProblem(400, documented) if documented else p)
        except ApiProblem as p:
            response = ex.problem(p)
        except Exception:
            logger.exception("the handler of %s failed", operation.operation_id)
            response = ex.problem(ApiProblem(500))

        if fault is not None and fault.when == "after":
            return await _fault_after(fault, ex, response)
        return await ex.answer(response)


async def _fault_before(fault: Fault, ex: Exchange) -> bool:
    """Answer with the fault; False when the request should still be processed (a slow start)."""
    if fault.kind == "slow":
        await transport_faults.slow_down(fault)
        return False
    if fault.kind == "drop":
        await transport_faults.drop_connection(ex.scope)
    elif fault.kind == "truncate":
        unavailable = ex.problem(
            ApiProblem(503, "The service is temporarily unavailable. Please try again later.")
        )
        await transport_faults.send_truncated(ex.scope, ex.send, unavailable)
    else:
        await _fault_answer(fault, ex)
    return True


async def _fault_after(fault: Fault, ex: Exchange, response: Response) -> None:
    """The request was processed; now its answer is delayed, lost, cut or replaced."""
    if fault.kind == "slow":
        await transport_faults.slow_down(fault)
        await ex.answer(response)
    elif fault.kind == "drop":
        await transport_faults.drop_connection(ex.scope)
    elif fault.kind == "truncate":
        await transport_faults.send_truncated(ex.scope, ex.send, response)
    else:
        await _fault_answer(fault, ex)


async def _fault_answer(fault: Fault, ex: Exchange) -> None:
    response = transport_faults.raw_fault_response(fault, ex.request_id)
    if response is None:
        p = transport_faults.fault_problem(fault, ex.rate_headers)
        if p is None:
            raise AssertionError(f"unhandled fault kind {fault.kind}")
        response = ex.problem(p)
    await ex.answer(response)


def problem_response(p: ApiProblem, instance: str, rate_headers: dict[str, str]) -> Response:
    response = JSONResponse(p.body(instance), status_code=p.status, headers={**rate_headers, **p.headers})
    response.headers["content-type"] = PROBLEM_JSON
    return response


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


__all__ = ["ApiDispatcher", "Exchange", "problem_response"]
