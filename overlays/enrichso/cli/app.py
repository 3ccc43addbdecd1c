"""The `enrichso` command tree and its global options."""

from __future__ import annotations

import math
import os
from typing import Annotated

import typer

from .. import __version__
from ..pipeline.products import ABOUT
from .commands import batch, followers, jobs, lead_finder, lookups, mock, people, teams, wallet, webhooks
from .commands.mock import MockDialect
from .exit_codes import EPILOG
from .extras import require_mock_extra
from .reporting import reporter, route_sdk_warnings
from .session import Session, register

app = typer.Typer(
    name="enrichso",
    help="The Enrich API (enrich.so) from the command line: batch enrichment of CSV files, single "
    "lookups, wallet, teams, lead finder, people search, company followers, webhooks, and an offline "
    "simulator (--mock).",
    epilog=EPILOG,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(asked: bool) -> None:
    if asked:
        print(f"enrichso {__version__}")
        raise typer.Exit()


# The simulator's range (enrichso_mock.clock.MAX_SPEED, not imported: the simulator is an extra)
_MAX_MOCK_SPEED = 1e6


def _mock_speed(value: float) -> float:
    """A speed the simulator runs: refused here, before the input is read (it said `unexpected
    ValueError` once the input was checked, exit 6)."""
    if not (math.isfinite(value) and 0 < value <= _MAX_MOCK_SPEED):
        raise typer.BadParameter(f"must be a number above 0 and at most {_MAX_MOCK_SPEED:,.0f}, not {value}")
    return value


@app.callback()
def root(
    api_key: Annotated[
        str | None,
        typer.Option(
            "--api-key", metavar="KEY", help="API key (sk_...); default: $ENRICH_API_KEY.", show_default=False
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            metavar="URL",
            help="API root; default: $ENRICH_BASE_URL, else https://dev.enrich.so/api/v3.",
            show_default=False,
        ),
    ] = None,
    mock: Annotated[
        bool,
        typer.Option(
            "--mock", help="Run against the built-in simulator, started on a loopback port (no key needed)."
        ),
    ] = False,
    mock_speed: Annotated[
        float,
        typer.Option(
            "--mock-speed",
            metavar="X",
            help="With --mock: how much faster than real time jobs run.",
            callback=_mock_speed,
        ),
    ] = 1.0,
    mock_dialect: Annotated[
        MockDialect,
        typer.Option(
            "--mock-dialect",
            help="With --mock: answer in the shapes of the documentation's endpoint pages or of its "
            "API Reference overview.",
        ),
    ] = MockDialect.pages,
    json: Annotated[
        bool, typer.Option("--json", help="Machine output: JSON (JSON lines for lists and streams).")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or remarks on stderr; errors only.")
    ] = False,
    verbose: Annotated[
        bool,
        typer.Option("--verbose", "-v", help="Explain errors in full (every input problem, tracebacks)."),
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    reporter.quiet = quiet
    reporter.verbose = verbose
    route_sdk_warnings()
    if mock:  # before any input is read: a missing extra is named at once
        require_mock_extra("--mock")
    reporter.hide(api_key)
    reporter.hide(os.environ.get("ENRICH_API_KEY"))
    register(
        Session(
            api_key=api_key,
            base_url=base_url,
            mock=mock,
            mock_speed=mock_speed,
            mock_dialect=mock_dialect.value,
            json=json,
            quiet=quiet,
            verbose=verbose,
        )
    )


def _group(name: str, help: str) -> typer.Typer:
    group = typer.Typer(help=help, no_args_is_help=True, cls=batch.ProductGroup)
    app.add_typer(group, name=name)
    return group


# Shortcuts for the single lookups.
app.command("validate")(lookups.validate)
app.command("find")(lookups.find)
app.command("phones")(lookups.phones)
app.command("lookup")(lookups.lookup)

# One group per batch product, named and described by its declaration (as the registry lists
# them: no product is loaded yet), with its batch command (made from the declaration when first
# asked for: batch.ProductGroup) and its single lookup.
GROUPS = {kind.replace("_", "-"): _group(kind.replace("_", "-"), about) for kind, about in ABOUT.items()}
GROUPS["email-validation"].command("validate")(lookups.validate)
GROUPS["email-finder"].command("find")(lookups.find)
GROUPS["phone-finder"].command("find")(lookups.phones)
GROUPS["reverse-lookup"].command("lookup")(lookups.reverse_lookup)
GROUPS["ip-to-company"].command("lookup")(lookups.ip_lookup)

app.add_typer(jobs.app, name="jobs")
app.add_typer(wallet.app, name="wallet")
app.add_typer(teams.app, name="teams")
app.add_typer(lead_finder.app, name="lead-finder")
app.add_typer(people.app, name="people-search")
app.add_typer(followers.app, name="company-followers")
app.add_typer(webhooks.app, name="webhooks")
app.add_typer(mock.app, name="mock")
