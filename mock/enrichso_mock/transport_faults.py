"""Turning a fault decision into what the client sees: error pages, lost answers, cut bodies.

"No HTTP response at all" needs the connection itself: under uvicorn the outermost app stores the
server's transport in the scope (TRANSPORT_KEY) and the fault closes it; in process (httpx's
ASGITransport, Starlette's TestClient) there is no socket, so the app raises SimulatedDisconnect,
an httpx.RemoteProtocolError, which those transports hand to the client as a transport error.
"""

from __future__ import annotations

import asyncio
import hashlib
from typing import Any

import httpx
from starlette.responses import Response
from starlette.types import Scope, Send

from .faults import STATUS_KINDS, Fault
from .problems import INTERNAL_DETAIL, ApiProblem, rate_limited

TRANSPORT_KEY = "enrichso_mock.transport"

PROXY_502_HTML = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
_DETAILS = {
    500: INTERNAL_DETAIL,
    502: "The upstream service returned an invalid response.",
    503: "The service is temporarily unavailable. Please try again later.",
    504: "The upstream service did not respond in time.",
}


class SimulatedDisconnect(httpx.RemoteProtocolError, ConnectionResetError):
    """The connection went away (in-process stand-in for a closed socket)."""


def fault_problem(fault: Fault, rate_headers: dict[str, str]) -> ApiProblem | None:
    """The problem document of a status-kind fault (None for the other kinds)."""
    if fault.kind in STATUS_KINDS:
        status = int(fault.kind)
        return ApiProblem(status, _DETAILS[status])
    if fault.kind == "429":
        return rate_limited(fault.retry_after, rate_headers)
    return None


def raw_fault_response(fault: Fault, request_id: str) -> Response | None:
    """Fault answers that are not problem documents: a proxy's HTML 502, Cloudflare's 520."""
    if fault.kind == "html502":
        return Response(PROXY_502_HTML, 502, media_type="text/html", headers={"server": "nginx"})
    if fault.kind == "520":
        ray = hashlib.blake2b(request_id.encode(), digest_size=8).hexdigest() + "-SJC"
        return Response(
            b"error code: 520", 520, media_type="text/plain", headers={"server": "cloudflare", "cf-ray": ray}
        )
    return None


async def drop_connection(scope: Scope) -> None:
    transport = scope.get(TRANSPORT_KEY)
    if transport is None:
        raise SimulatedDisconnect("Server disconnected without sending a response.")
    transport.close()
    await _let_server_notice_the_close()


async def send_truncated(scope: Scope, send: Send, response: Response) -> None:
    """Announce the whole body's length, send half of it, and close the connection."""
    body = bytes(response.body)
    headers = [(k, v) for k, v in response.raw_headers if k.lower() != b"content-length"]
    headers.append((b"content-length", str(max(len(body), 2)).encode()))
    await send({"type": "http.response.start", "status": response.status_code, "headers": headers})
    await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
    transport = scope.get(TRANSPORT_KEY)
    if transport is None:
        raise SimulatedDisconnect("peer closed connection without sending complete message body")
    transport.close()
    await _let_server_notice_the_close()


async def slow_down(fault: Fault) -> None:
    await asyncio.sleep(fault.delay)


async def _let_server_notice_the_close() -> None:
    # uvicorn marks the cycle disconnected in connection_lost (scheduled by close()); once it has,
    # it neither writes nor substitutes a 500 for the response we never sent.
    for _ in range(3):
        await asyncio.sleep(0)


def server_transport(send: Send) -> Any:
    """The server's transport behind `send`, if the server exposes one (uvicorn's cycle does)."""
    owner = getattr(send, "__self__", None)
    return getattr(owner, "transport", None)
