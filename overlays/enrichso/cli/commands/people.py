"""`enrichso people-search icp|employees`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Annotated, Any

import typer

from ..dicts import as_dict
from ..render import print_json, show_meta, show_rows
from ..reporting import reporter, whole
from ..session import session
from .filters import parse_json_list

app = typer.Typer(help="People search: ranked ICP matches and employees of a company.", no_args_is_help=True)

CompanyArgument = Annotated[
    str,
    typer.Argument(
        metavar="COMPANY_URL", help="e.g. https://www.linkedin.com/company/stripe", show_default=False
    ),
]
Repeated = Annotated[list[str] | None, typer.Option(metavar="VALUE", help="Repeat for several.")]


@app.command()
def icp(
    company_url: CompanyArgument,
    cascade: Annotated[
        str | None,
        typer.Option(
            metavar="JSON|@FILE",
            help="Cascade levels, a JSON array (default: CEO/Founder, C-suite, VP, Director).",
        ),
    ] = None,
    max_results: Annotated[int | None, typer.Option(metavar="N", min=1, help="At most N people.")] = None,
    min_score: Annotated[
        float | None, typer.Option(metavar="SCORE", help="Drop matches scoring below.")
    ] = None,
) -> None:
    """The people at a company who best match your ideal customer profile (1 credit per person)."""
    response = (
        session()
        .client()
        .people_search.icp_search(
            company_url,
            cascade=parse_json_list(cascade, "--cascade"),
            max_results=max_results,
            min_score=min_score,
        )
    )
    document = as_dict(response)
    if session().json:
        print_json(document)
        return
    show_rows(
        document.get("data", {}).get("results", []),
        [
            ("score", "score"),
            ("name", "person.first_name"),
            ("last", "person.last_name"),
            ("title", "current_position.title"),
            ("level", "current_position.level"),
            ("profile", "person.linkedin_url"),
        ],
        empty="nobody matches",
    )
    show_meta(document.get("meta"))


@app.command()
def employees(
    company_url: CompanyArgument,
    country: Repeated = None,
    continent: Repeated = None,
    sales_region: Repeated = None,
    job_level: Repeated = None,
    job_function: Repeated = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", metavar="N", min=1, help="At most N employees (1 credit each).")
    ] = 25,
) -> None:
    """Employees of a company, filtered by place, level and function (1 credit per employee)."""
    pager = (
        session()
        .client()
        .people_search.employees(
            company_url,
            country=country,
            continent=continent,
            sales_region=sales_region,
            job_level=job_level,
            job_function=job_function,
            page_size=min(limit, 100),
            max_pages=-(-limit // min(limit, 100)),
        )
    )
    spent = PageCredits()
    show_rows(
        islice(spent.items(pager.pages()), limit),
        [
            ("name", "full_name"),
            ("title", "job_title"),
            ("level", "job_level"),
            ("city", "location.city"),
            ("country", "location.country"),
        ],
        empty="no employees match",
    )
    spent.show()


class PageCredits:
    """What the pages of a paid list cost, summed from each page's meta, for one credits line."""

    def __init__(self) -> None:
        self.meta: dict[str, Any] = {}

    def items(self, pages: Iterable[Any]) -> Iterator[Any]:
        for page in pages:
            meta = as_dict(page.model).get("meta") or {}
            used = meta.get("creditsUsed")
            if isinstance(used, int | float):
                self.meta["creditsUsed"] = self.meta.get("creditsUsed", 0) + used
            if meta.get("creditsRemaining") is not None:
                self.meta["creditsRemaining"] = meta["creditsRemaining"]
            yield from page.items

    def show(self) -> None:
        """The credits line (on stderr with --json, whose stdout is the JSON lines)."""
        if not self.meta:
            return
        if session().json:
            used, left = self.meta.get("creditsUsed"), self.meta.get("creditsRemaining")
            reporter.note(f"credits used: {whole(used)}; credits remaining: {whole(left)}")
        else:
            show_meta(self.meta)
