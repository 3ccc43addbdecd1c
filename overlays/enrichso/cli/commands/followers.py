"""`enrichso company-followers ...`: count estimates and follower scrapes (approved accounts)."""

from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import Annotated, Any

import typer

from ..batch.formulas import EscapeFormulas, escaped_columns
from ..batch.output import open_output, output_format
from ..dicts import as_dict
from ..exports import save_csv
from ..render import print_json, show_envelope, show_fields, show_rows
from ..reporting import MOCK_JOBS_END, reporter
from ..session import session
from .jobs import show_status
from .options import (
    EscapeFormulasOption,
    FormatOption,
    JobIdArgument,
    NoWaitOption,
    OutputOption,
    TimeoutOption,
)
from .waiting import print_job_id, wait_for

app = typer.Typer(help="Company followers: count estimates and follower scrapes.", no_args_is_help=True)

CompanyArgument = Annotated[
    str,
    typer.Argument(
        metavar="COMPANY_URL", help="e.g. https://linkedin.com/company/stripe", show_default=False
    ),
]
Countries = Annotated[list[str] | None, typer.Option("--country", metavar="NAME", help="Repeat for several.")]
States = Annotated[list[str] | None, typer.Option("--state", metavar="NAME", help="Repeat for several.")]
Titles = Annotated[list[str] | None, typer.Option("--job-title", metavar="TITLE", help="Repeat for several.")]
Departments = Annotated[
    list[str] | None, typer.Option("--department", metavar="NAME", help="Repeat for several.")
]
Levels = Annotated[
    list[str] | None, typer.Option("--level", metavar="LEVEL", help="e.g. CXO, Director, Senior.")
]

PROFILE_COLUMNS = [
    "objectURN",
    "name",
    "firstName",
    "lastName",
    "title",
    "companyName",
    "location",
    "profileUrl",
    "connectionDegree",
    "isPremium",
    "isOpenProfile",
]


@app.command()
def estimate(
    company_url: CompanyArgument,
    country: Countries = None,
    state: States = None,
    job_title: Titles = None,
    department: Departments = None,
    level: Levels = None,
    no_wait: NoWaitOption = False,
    timeout: TimeoutOption = None,
) -> None:
    """Estimate how many followers match (100 credits; free when the same estimate ran within 24 h)."""
    job = (
        session()
        .client()
        .company_followers.estimate_count(
            company_url,
            countries=country,
            states=state,
            job_titles=job_title,
            departments=department,
            levels=level,
        )
    )
    if no_wait:
        print_job_id(job.id, "company-followers estimate-status {id}")
        return
    wait_for(job, "count estimate", timeout)
    show_estimate(job)


@app.command("estimate-status")
def estimate_status(job_id: JobIdArgument, timeout: TimeoutOption = None) -> None:
    """Wait for a count estimation started earlier and show it."""
    job = session().client().company_followers.count_estimate(job_id)
    wait_for(job, "count estimate", timeout)
    show_estimate(job)


def show_estimate(job: Any) -> None:
    result = as_dict(job.estimate)
    if session().json:
        print_json({"id": job.id, "estimate": result})
        return
    show_fields({"id": job.id, "total followers": result.get("totalCount")})
    for key, label in (("functionBreakdown", "by department"), ("seniorityBreakdown", "by seniority")):
        rows = result.get(key) or []
        if rows:
            # the members the API names them by (openapi/enrich.yaml: FunctionBreakdownItem,
            # SeniorityBreakdownItem)
            name = "functionName" if key == "functionBreakdown" else "seniorityLevel"
            show_rows(rows, [(label, name), ("count", "count"), ("%", "percentage")])


@app.command()
def scrape(
    company_url: CompanyArgument,
    max_limit: Annotated[
        int, typer.Option("--max", metavar="N", help="At most N profiles (1-50,000).", min=1)
    ],
    name: Annotated[str | None, typer.Option(metavar="LABEL", help="A label for the history.")] = None,
    country: Countries = None,
    state: States = None,
    job_title: Titles = None,
    department: Departments = None,
    level: Levels = None,
    skip_cache: Annotated[bool, typer.Option("--skip-cache", help="Scrape again even if cached.")] = False,
    webhook_url: Annotated[
        str | None, typer.Option(metavar="URL", help="Receive each profile there.")
    ] = None,
    no_wait: NoWaitOption = False,
    timeout: TimeoutOption = None,
) -> None:
    """Start scraping a company's followers (reserves --max x the per-profile price; the
    profiles not delivered are refunded when the results are read)."""
    job = (
        session()
        .client()
        .company_followers.start_scrape(
            company_url,
            max_limit,
            name=name,
            countries=country,
            states=state,
            job_titles=job_title,
            departments=department,
            levels=level,
            webhook_url=webhook_url,
            skip_cache=skip_cache or None,
        )
    )
    if no_wait:
        print_job_id(job.id, "company-followers progress {id}")
        return
    final = wait_for(job, "follower scrape", timeout)
    show_status(final)
    if session().mock:  # the follow-ups below would reach a simulator that is gone
        reporter.note(MOCK_JOBS_END)
        return
    reporter.note(f"read the profiles with `enrichso company-followers results {job.id} -o followers.csv`")
    if final.state == "partial":
        reporter.note(
            f"the scrape under-delivered: `enrichso company-followers continue {job.id}` fills the gap"
        )


@app.command()
def progress(job_id: JobIdArgument) -> None:
    """Where a scrape stands (free)."""
    show_status(session().client().company_followers.scrape(job_id).progress())


@app.command("continue")
def continue_scrape(job_id: JobIdArgument) -> None:
    """Continue a partial scrape (reserves credits for the followers still missing)."""
    job = session().client().company_followers.continue_scrape(job_id)
    print_job_id(job.id, "company-followers progress {id}")


@app.command()
def results(
    job_id: JobIdArgument,
    output: OutputOption = None,
    format: FormatOption = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", metavar="N", min=1, help="At most N.")] = None,
    escape_formulas: EscapeFormulasOption = EscapeFormulas.RESULTS,
) -> None:
    """The scraped profiles: a table, JSON lines with --json, a file with -o, or --format to
    standard output (the first read settles the scrape's credits)."""
    current = session()
    current.output_to_file = output not in (None, "-")
    profiles = islice(current.client().company_followers.scrape(job_id).results(), limit)
    if output is None and format is None:
        show_rows(
            profiles,
            [("name", "name"), ("title", "title"), ("company", "companyName"), ("location", "location")],
        )
        return
    count = 0
    target = output_format(output, format, current.json)
    escape = escaped_columns(escape_formulas, PROFILE_COLUMNS)  # every cell comes from the API
    with open_output(output, target, PROFILE_COLUMNS, escape=escape) as writer:
        for profile in profiles:
            writer.write(as_dict(profile))
            count += 1
    reporter.note(f"wrote {count} profiles to {output or 'stdout'}")


@app.command()
def export(
    job_id: JobIdArgument,
    output: Annotated[Path, typer.Option("--output", "-o", metavar="FILE", help="Where to save the CSV.")],
    escape_formulas: EscapeFormulasOption = EscapeFormulas.RESULTS,
) -> None:
    """Download a finished scrape as CSV (free)."""
    session().output_to_file = True
    scrape = session().client().company_followers.scrape(job_id)
    info = save_csv(scrape.export_csv, str(output), escape_formulas)
    reporter.note(f"saved {output} ({info.bytes_written:,} bytes)")


@app.command()
def limit() -> None:
    """Your access status and today's scraping allowance (free)."""
    show_envelope(session().client().company_followers.limit())
