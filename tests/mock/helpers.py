"""Helpers the behaviour tests share: a webhook receiver, waiting for deliveries, schema validators."""

from __future__ import annotations

import asyncio
import json
import threading
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

import jsonschema_rs
from enrichso_mock.spec import Spec

if TYPE_CHECKING:
    from .conftest import Sim


class Receiver:
    """A loopback HTTP server that records webhook POSTs and can fail the first few."""

    def __init__(self, failures: int = 0) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.attempts = 0
        self.failures = failures
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                receiver.attempts += 1
                if receiver.attempts <= receiver.failures:
                    self.send_response(500)
                else:
                    receiver.bodies.append(json.loads(body))
                    self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


async def wait_for(sim: Sim, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
    """The webhook log once it has `count` entries."""
    for _ in range(int(timeout / 0.05)):
        deliveries = (await sim.root.get("/_mock/webhooks")).json()["deliveries"]
        if len(deliveries) >= count:
            return deliveries  # type: ignore[no-any-return]
        await asyncio.sleep(0.05)
    raise AssertionError(f"only {len(deliveries)} of {count} webhook deliveries after {timeout} s")


@cache
def validator(name: str) -> jsonschema_rs.Validator:
    """A validator of the spec's components/schemas/<name>."""
    components = Spec.load().document["components"]
    return jsonschema_rs.Draft202012Validator(
        {"$ref": f"#/components/schemas/{name}", "components": components}, validate_formats=True
    )
