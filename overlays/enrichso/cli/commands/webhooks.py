"""`enrichso webhooks listen`: a local receiver that prints every callback as one typed JSON line.

Each POST body is parsed with enrichso.webhooks.parse; a callback that parses is printed on stdout
(event name, model type, payload) and answered 200, anything else is reported on stderr and
answered 400. Point a batch's --webhook-url at it (the simulator delivers to loopback addresses).
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import Annotated, Any

import orjson
import typer

from ..dicts import as_dict
from ..extras import require_mock_extra
from ..reporting import reporter
from .mock import _check_port_free

app = typer.Typer(help="Receive the API's webhook callbacks locally.", no_args_is_help=True)


def describe(callback: Any) -> dict[str, Any]:
    """The JSON line printed for a parsed callback."""
    payload = as_dict(callback)
    return {
        "event": payload.get("event"),
        "type": type(callback).__name__,
        "received_at": datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "payload": payload,
    }


def build_app(limit: int | None, on_done: Any) -> Any:
    """The Starlette app: POST on any path."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from ...errors import WebhookParseError
    from ...webhooks import parse

    received = 0

    async def receive(request: Request) -> JSONResponse:
        nonlocal received
        body = await request.body()
        try:
            callback = parse(body)
        except WebhookParseError as error:
            print(
                f"enrichso: rejected a callback on {request.url.path}: {error}", file=sys.stderr, flush=True
            )
            return JSONResponse({"ok": False, "error": str(error)}, status_code=400)
        sys.stdout.write(orjson.dumps(describe(callback), option=orjson.OPT_APPEND_NEWLINE).decode())
        sys.stdout.flush()
        received += 1
        if limit is not None and received >= limit:
            on_done()
        return JSONResponse({"ok": True})

    return Starlette(routes=[Route("/{path:path}", receive, methods=["POST"])])


@app.command()
def listen(
    port: Annotated[int, typer.Option(metavar="NUMBER", help="Port to listen on.")] = 8080,
    host: Annotated[str, typer.Option(metavar="ADDRESS", help="Interface to listen on.")] = "127.0.0.1",
    count: Annotated[
        int | None,
        typer.Option(metavar="N", min=1, help="Exit after N callbacks (default: run until Ctrl-C)."),
    ] = None,
) -> None:
    """Print every webhook callback as a JSON line: {"event", "type", "received_at", "payload"}."""
    require_mock_extra("enrichso webhooks listen")
    import uvicorn

    _check_port_free(host, port)
    server: uvicorn.Server | None = None

    def stop() -> None:
        if server is not None:
            server.should_exit = True

    config = uvicorn.Config(
        build_app(count, stop), host=host, port=port, log_level="warning", access_log=False
    )
    server = uvicorn.Server(config)
    reporter.note(f"listening for webhooks on http://{host}:{port}/ (Ctrl-C stops)")
    server.run()
