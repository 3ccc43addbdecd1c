"""`enrichso mock serve`: the simulator (enrichso_mock) on a local port, for offline work and tests."""

from __future__ import annotations

import importlib
import socket
from enum import StrEnum
from typing import Annotated

import typer

from .. import pipes
from ..extras import require_mock_extra
from ..failures import UsageError
from ..reporting import reporter

app = typer.Typer(help="The offline simulator of the Enrich API.", no_args_is_help=True)


class MockDialect(StrEnum):
    """The simulator's dialects: the shapes of the documentation's endpoint pages, or of its API
    Reference overview where the two differ."""

    pages = "pages"
    overview = "overview"


@app.command()
def serve(
    port: Annotated[int, typer.Option(metavar="NUMBER", min=0, max=65535, help="Port to listen on.")] = 4010,
    host: Annotated[str, typer.Option(metavar="ADDRESS", help="Interface to listen on.")] = "127.0.0.1",
    seed: Annotated[
        int, typer.Option(metavar="N", help="Every answer is a function of the seed and the input.")
    ] = 0,
    speed: Annotated[float, typer.Option(metavar="X", help="How much faster than real time jobs run.")] = 1.0,
    plan: Annotated[
        str,
        typer.Option(
            metavar="NAME", help="Rate-limit plan: free, growth, scale, pro, enterprise, unlimited."
        ),
    ] = "unlimited",
    faults: Annotated[
        str | None, typer.Option(metavar="JSON|FILE", help="Faults to inject (JSON text or a JSON file).")
    ] = None,
    flat_batch_status: Annotated[
        bool, typer.Option(help="Answer batch status in the live gateway's flat shape.")
    ] = False,
    dialect: Annotated[
        MockDialect,
        typer.Option(help="Answer in the shapes of the endpoint pages or of the API Reference overview."),
    ] = MockDialect.pages,
    allow_external_webhooks: Annotated[
        bool,
        typer.Option(help="Also POST webhooks to other hosts than loopback (127.0.0.0/8, ::1, localhost)."),
    ] = False,
) -> None:
    """Serve the simulator until interrupted (Ctrl-C). Any key starting with sk_ is an organization
    with 1,000,000 credits; control endpoints live under /_mock/."""
    require_mock_extra("enrichso mock serve")
    server = importlib.import_module("enrichso_mock.server")  # untyped package, imported by name
    _check_port_free(host, port)
    try:
        fault_config = server.load_faults(faults)
    except (OSError, ValueError) as bad:
        raise UsageError(f"--faults: {bad}") from None
    reporter.note(
        f"starting the simulator on http://{host}:{port}/api/v3 (any sk_ key works; Ctrl-C stops it)"
    )
    pipes.for_server()  # a client that leaves mid-answer must not end the simulator
    try:
        server.serve(
            host=host,
            port=port,
            seed=seed,
            speed=speed,
            plan=plan,
            faults=fault_config,
            flat_batch_status=flat_batch_status,
            dialect=dialect.value,
            allow_external_webhooks=allow_external_webhooks,
        )
    except ValueError as bad:  # a bad plan or fault configuration
        raise UsageError(str(bad)) from None


def _check_port_free(host: str, port: int) -> None:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            raise UsageError(f"cannot listen on {host}:{port}: {error.strerror}") from None
