"""`enrichso lead-finder search|count|export|download|reveal` (approved accounts only)."""

from __future__ import annotations

from enum import StrEnum
from itertools import islice
from pathlib import Path
from typing import Annotated, Any

import typer

from .. import exports
from ..batch.formulas import EscapeFormulas
from ..dicts import as_dict
from ..failures import UsageError
from ..render import show_envelope, show_rows
from ..reporting import reporter
from ..session import session
from .filters import parse_filters
from .options import EscapeFormulasOption, JobIdArgument, NoWaitOption, TimeoutOption
from .waiting import print_job_id, wait_for

app = typer.Typer(help="Lead finder: search, count, export and reveal B2B leads.", no_args_is_help=True)

FilterOption = Annotated[
    list[str] | None,
    typer.Option(
        "--filter", "-f", metavar="NAME=VALUE", help="A filter, e.g. jobTitle=CTO; repeat a name for a list."
    ),
]
FiltersOption = Annotated[
    str | None,
    typer.Option("--filters", metavar="JSON|@FILE", help="All filters as one JSON object (inline or @file)."),
]
ExcludeOption = Annotated[
    list[str] | None,
    typer.Option("--exclude", metavar="NAME=VALUE", help="An exclusion, e.g. jobTitle=Intern."),
]

LEAD_COLUMNS = [  # the id last: it is long, and `--json` gives it whole for scripts
    ("name", "firstName"),
    ("last", "lastName"),
    ("title", "jobTitle"),
    ("company", "companyName"),
    ("country", "countryName"),
    ("id", "id"),
]


class Field(StrEnum):
    EMAIL = "email"
    PHONE = "phone"


def _filters(pairs: list[str] | None, document: str | None) -> dict[str, object]:
    filters = parse_filters(pairs, document)
    if not filters:
        raise UsageError("give at least one filter (--filter NAME=VALUE or --filters JSON)")
    return filters


@app.command()
def search(
    filter: FilterOption = None,
    filters: FiltersOption = None,
    exclude: ExcludeOption = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", metavar="N", min=1, help="Show at most N leads.")
    ] = 25,
) -> None:
    """Search leads (the first 3 pages / 75 results of a search are free, then 1 credit per result)."""
    exclusions = parse_filters(exclude, None, "--exclude") or None
    pages = (
        session()
        .client()
        .lead_finder.search(_filters(filter, filters), exclude_filters=exclusions, page_size=min(limit, 100))
    )
    show_rows(islice(pages, limit), LEAD_COLUMNS, empty="no leads match")


@app.command()
def count(filter: FilterOption = None, filters: FiltersOption = None, exclude: ExcludeOption = None) -> None:
    """How many leads match (free)."""
    exclusions = parse_filters(exclude, None, "--exclude") or None
    show_envelope(session().client().lead_finder.count(_filters(filter, filters), exclude_filters=exclusions))


@app.command()
def export(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="Download the CSV here when done.")
    ] = None,
    filter: FilterOption = None,
    filters: FiltersOption = None,
    exclude: ExcludeOption = None,
    name: Annotated[str | None, typer.Option(metavar="LABEL", help="A name for the export.")] = None,
    max_results: Annotated[
        int | None, typer.Option(metavar="N", min=1, help="Export at most N leads.")
    ] = None,
    email: Annotated[bool, typer.Option("--email", help="Include emails (10 credits per lead).")] = False,
    phone: Annotated[bool, typer.Option("--phone", help="Include phones (525 credits per lead).")] = False,
    names: Annotated[
        bool, typer.Option("--names", help="Include full last names (1 credit per lead).")
    ] = False,
    no_wait: NoWaitOption = False,
    timeout: TimeoutOption = None,
    escape_formulas: EscapeFormulasOption = EscapeFormulas.RESULTS,
) -> None:
    """Export matching leads to CSV (asynchronous): wait and download with -o, or --no-wait."""
    exclusions = parse_filters(exclude, None, "--exclude") or None
    if output is not None and not no_wait:
        exports.check(str(output))  # now: the export reserves credits
        session().output_to_file = True
    job = (
        session()
        .client()
        .lead_finder.export(
            _filters(filter, filters),
            exclude_filters=exclusions,
            name=name,
            max_results=max_results,
            include_email=email or None,
            include_phone=phone or None,
            include_names=names or None,
        )
    )
    if no_wait or output is None:
        print_job_id(job.id, "lead-finder download {id} -o leads.csv")
        return
    _download(job, output, timeout, escape_formulas)


@app.command()
def download(
    job_id: JobIdArgument,
    output: Annotated[Path, typer.Option("--output", "-o", metavar="FILE", help="Where to save the CSV.")],
    timeout: TimeoutOption = None,
    escape_formulas: EscapeFormulasOption = EscapeFormulas.RESULTS,
) -> None:
    """Wait for an export and download its CSV (free)."""
    exports.check(str(output))
    session().output_to_file = True
    _download(session().client().lead_finder.export_job(job_id), output, timeout, escape_formulas)


def _download(job: Any, output: Path, timeout: float | None, escape_formulas: EscapeFormulas) -> None:
    """Wait for an export job handle, then save its CSV to `output` (exports.py)."""
    wait_for(job, "lead export", timeout)
    info = exports.save_csv(job.download, str(output), escape_formulas)
    spent = f"; {info.credits_used:,.0f} credits used" if info.credits_used is not None else ""
    reporter.note(f"saved {output} ({info.bytes_written:,} bytes{spent})")


@app.command()
def reveal(
    lead_ids: Annotated[list[str], typer.Argument(metavar="LEAD_ID...", help="Lead ids from a search.")],
    field: Annotated[
        list[Field] | None, typer.Option("--field", help="What to reveal (default: both; repeat for both).")
    ] = None,
    no_wait: NoWaitOption = False,
    timeout: TimeoutOption = None,
) -> None:
    """Reveal contact details of leads (email 10, phone 525, both 535 credits per lead)."""
    job = session().client().lead_finder.reveal(lead_ids, fields=[f.value for f in field] if field else None)
    if no_wait:
        print_job_id(job.id, "lead-finder reveal-results {id}")
        return
    wait_for(job, "reveal", timeout)
    _show_contacts(job)


@app.command("reveal-results")
def reveal_results(job_id: JobIdArgument, timeout: TimeoutOption = None) -> None:
    """Wait for a reveal (or enrich) job started earlier and show the contacts."""
    job = session().client().lead_finder.reveal_job(job_id)
    wait_for(job, "reveal", timeout)
    _show_contacts(job)


def _show_contacts(job: Any) -> None:
    """The contacts of a finished reveal job handle."""
    contacts = (as_dict(c) for c in job.results())
    show_rows(
        contacts,
        [
            ("name", "firstName"),
            ("last", "lastName"),
            ("email", "emailAddress"),
            ("phone", "phone"),
            ("mobile", "cellphone"),
            ("id", "id"),
        ],
        empty="nothing revealed",
    )
