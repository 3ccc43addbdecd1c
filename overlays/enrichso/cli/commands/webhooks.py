"""`enrichso webhooks listen`: a local receiver that prints every callback as one typed JSON line.

Each POST body is parsed with enrichso.webhooks.parse; a callback that parses is printed on stdout
(event name, model type, payload) and answered 200, anything else is reported on stderr and
answered 400. Point a batch's --webhook-url at it (the simulator delivers to loopback addresses).

A body larger than --max-body (1 MiB by default; a callback is a few hundred bytes) is answered 413
without being read further. A client that leaves mid-answer does not end the listener (pipes.py);
the reader of its output leaving does, quietly, like any filter (exit 141).
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import Annotated, Any

import orjson
import typer

from .. import pipes
from ..dicts import as_dict
from ..extras import require_mock_extra
from ..reporting import reporter
from ..terminal import json_printable, printable
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


MAX_BODY = 1 << 20  # bytes


class BodyTooLarge(Exception):
    pass


async def read_body(request: Any, limit: int) -> bytes:
    """The request's body, or BodyTooLarge as soon as it is known to pass `limit` bytes (from its
    Content-Length, else while it streams in): an oversized body is never held in memory."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


class Listener:
    """The Starlette app (POST on any path) and what happened to it."""

    def __init__(self, limit: int | None, on_done: Any, max_body: int = MAX_BODY) -> None:
        self.limit = limit
        self.on_done = on_done
        self.max_body = max_body
        self.received = 0
        self.reader_left = False  # the reader of standard output went away

    def app(self) -> Any:
        from starlette.applications import Starlette
        from starlette.routing import Route

        return Starlette(routes=[Route("/{path:path}", self.receive, methods=["POST"])])

    async def receive(self, request: Any) -> Any:
        from starlette.responses import JSONResponse

        from ...errors import WebhookParseError
        from ...webhooks import parse

        where = printable(request.url.path)
        try:
            body = await read_body(request, self.max_body)
        except BodyTooLarge:
            too_large = f"the body is over {self.max_body:,} bytes"
            reporter.note(f"refused a callback on {where}: {too_large}", always=True)
            return JSONResponse({"ok": False, "error": "body too large"}, status_code=413)
        try:
            callback = parse(body)
        except WebhookParseError as error:
            reporter.note(f"rejected a callback on {where}: {error}", always=True)
            return JSONResponse({"ok": False, "error": str(error)}, status_code=400)
        line = orjson.dumps(describe(callback), option=orjson.OPT_APPEND_NEWLINE).decode()
        try:
            sys.stdout.write(json_printable(line))
            sys.stdout.flush()
        except BrokenPipeError:  # `enrichso webhooks listen | head`: the reader left; stop
            self.reader_left = True
            self.on_done()
            return JSONResponse({"ok": False, "error": "the listener is stopping"}, status_code=503)
        self.received += 1
        if self.limit is not None and self.received >= self.limit:
            self.on_done()
        return JSONResponse({"ok": True})


@app.command()
def listen(
    port: Annotated[int, typer.Option(metavar="NUMBER", min=0, max=65535, help="Port to listen on.")] = 8080,
    host: Annotated[str, typer.Option(metavar="ADDRESS", help="Interface to listen on.")] = "127.0.0.1",
    count: Annotated[
        int | None,
        typer.Option(metavar="N", min=1, help="Exit after N callbacks (default: run until Ctrl-C)."),
    ] = None,
    max_body: Annotated[
        int,
        typer.Option(metavar="BYTES", min=1, help="Answer 413 to a body larger than this (default 1 MiB)."),
    ] = MAX_BODY,
) -> None:
    """Print every webhook callback as a JSON line: {"event", "type", "received_at", "payload"}."""
    require_mock_extra("enrichso webhooks listen")
    pipes.refuse_closed_stdout("the callbacks")  # `>&-`: each would be answered, then lost
    import uvicorn

    _check_port_free(host, port)
    server: uvicorn.Server | None = None

    def stop() -> None:
        if server is not None:
            server.should_exit = True

    listener = Listener(count, stop, max_body)
    config = uvicorn.Config(listener.app(), host=host, port=port, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    reporter.note(f"listening for webhooks on http://{host}:{port}/ (Ctrl-C stops)")
    pipes.for_server()  # a client that leaves mid-answer must not end the listener
    server.run()
    if listener.reader_left:
        pipes.forget_stdout()
        raise typer.Exit(pipes.READER_LEFT)
