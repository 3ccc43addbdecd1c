"""People Search: the cascading ICP search at a company, and the employee finder (paged).

Costs (docs/api-notes.md 8): 1 credit per profile returned, by both; so both are never retried once sent,
and iterating employees() spends 1 credit per employee it yields. Request members are snake_case,
as in the API.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Unpack

from enrichso_api.api.people_search import employee_finder, waterfall_icp_search
from enrichso_api.models import (
    EmployeeFinderRequest,
    EmployeeFinderResponse,
    EmployeeFinderResult,
    WaterfallIcpCascadeLevel,
    WaterfallIcpSearchRequest,
    WaterfallIcpSearchResponse,
)
from enrichso_api.types import UNSET, WrongMemberType

from .._core.call import Call, from_generated, model
from .._core.limits import text_list, within
from .._core.pagination import AsyncPager, Page, Pager, SimplePageSpec
from .._core.request_options import RequestOptions
from .._core.transport import AsyncTransport, SyncTransport
from ..errors import InvalidParameterError

EMPLOYEES_PAGE_MAX = 100

CascadeLevel = WaterfallIcpCascadeLevel | Mapping[str, Any]


def _opt(value: Any) -> Any:
    return UNSET if value is None else value


def _list(name: str, values: Iterable[str] | None, most: int | None = None) -> Any:
    checked = text_list(name, values, most)
    return UNSET if checked is None else checked


ICP_MAX_RESULTS = 100  # max_results 1-100, min_score 0-100 (waterfall ICP search)
ICP_MAX_LEVELS = 10  # cascade: 1-10 levels
ICP_MAX_PRIORITY_BONUS = 30  # cascade[].priority_bonus: 0-30
EMPLOYEES_MAX_COUNTRIES = 50  # employee finder: country, at most 50
_LEVEL_LISTS = ("include_title", "exclude_title", "job_levels", "job_functions", "skills", "location")


def _levels(cascade: Iterable[CascadeLevel] | None) -> Any:
    """The cascade as sent, refused (InvalidParameterError) outside what the documentation allows:
    1 to 10 levels, each priority_bonus a whole number from 0 to 30, each list of non-empty strings."""
    if cascade is None:
        return UNSET
    if isinstance(cascade, Mapping | WaterfallIcpCascadeLevel):
        raise InvalidParameterError("cascade takes a list of levels, not a single level")
    given = list(cascade)
    if not 1 <= len(given) <= ICP_MAX_LEVELS:
        raise InvalidParameterError(f"cascade takes 1 to {ICP_MAX_LEVELS} levels, got {len(given)}")
    levels = []
    for at, level in enumerate(given):
        try:
            parsed = (
                level
                if isinstance(level, WaterfallIcpCascadeLevel)
                else WaterfallIcpCascadeLevel.from_dict(level)
            )
        except WrongMemberType as exc:  # the model's own check of a member's JSON type
            raise InvalidParameterError(
                f"cascade[{at}].{exc.name} must be {exc.expected}, got {type(exc.value).__name__}"
            ) from None
        members = parsed.to_dict()
        bonus = members.get("priority_bonus")
        within(f"cascade[{at}].priority_bonus", bonus, 0, ICP_MAX_PRIORITY_BONUS)
        if isinstance(bonus, float):
            raise InvalidParameterError(f"cascade[{at}].priority_bonus must be a whole number, got {bonus!r}")
        for name in _LEVEL_LISTS:
            text_list(f"cascade[{at}].{name}", members.get(name))
        levels.append(parsed)
    return levels


def icp_call(
    company_linkedin_url: str,
    cascade: Iterable[CascadeLevel] | None,
    max_results: int | None,
    min_score: float | None,
) -> Call[WaterfallIcpSearchResponse]:
    within("max_results", max_results, 1, ICP_MAX_RESULTS)
    within("min_score", min_score, 0, 100)
    levels = _levels(cascade)
    body = WaterfallIcpSearchRequest(
        company_linkedin_url=company_linkedin_url,
        cascade=levels,
        max_results=_opt(max_results),
        min_score=_opt(min_score),
    )
    return from_generated(
        waterfall_icp_search._get_kwargs(body=body),
        model(WaterfallIcpSearchResponse),
        operation="waterfallIcpSearch",
    )


def employees_spec(
    company_linkedin_url: str,
    *,
    country: Iterable[str] | None,
    continent: Iterable[str] | None,
    sales_region: Iterable[str] | None,
    job_level: Iterable[str] | None,
    job_function: Iterable[str] | None,
    page_size: int,
) -> SimplePageSpec[EmployeeFinderResponse, EmployeeFinderResult]:
    size = max(1, min(page_size, EMPLOYEES_PAGE_MAX))
    filters = {
        "country": _list("country", country, EMPLOYEES_MAX_COUNTRIES),
        "continent": _list("continent", continent),
        "sales_region": _list("sales_region", sales_region),
        "job_level": _list("job_level", job_level),
        "job_function": _list("job_function", job_function),
    }

    def build(page: int) -> Call[EmployeeFinderResponse]:
        body = EmployeeFinderRequest(
            company_linkedin_url=company_linkedin_url, max_results=size, page=page, **filters
        )
        return from_generated(
            employee_finder._get_kwargs(body=body),
            model(EmployeeFinderResponse),
            operation="employeeFinder",
        )

    def read(
        envelope: EmployeeFinderResponse, page: int
    ) -> Page[EmployeeFinderResponse, EmployeeFinderResult]:
        d = envelope.data
        return Page(page, envelope, d.results, d.total_results, d.total_pages, page < d.total_pages)

    return SimplePageSpec(build, read)


# The methods that make a request when called: client.with_raw_response.people_search has them (the
# generated resources/raw.py).
RAW_METHODS = (
    "icp_search",
    "employees",
)


class PeopleSearch:
    """client.people_search"""

    def __init__(self, transport: SyncTransport) -> None:
        self._t = transport

    def icp_search(
        self,
        company_linkedin_url: str,
        *,
        cascade: Iterable[CascadeLevel] | None = None,
        max_results: int | None = None,
        min_score: float | None = None,
        **request: Unpack[RequestOptions],
    ) -> WaterfallIcpSearchResponse:
        """Ranked people at a company through cascading ICP levels (1 credit per profile)."""
        return self._t.with_request_options(**request).request(
            icp_call(company_linkedin_url, cascade, max_results, min_score)
        )

    def employees(
        self,
        company_linkedin_url: str,
        *,
        country: Iterable[str] | None = None,
        continent: Iterable[str] | None = None,
        sales_region: Iterable[str] | None = None,
        job_level: Iterable[str] | None = None,
        job_function: Iterable[str] | None = None,
        page_size: int = EMPLOYEES_PAGE_MAX,
        max_pages: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> Pager[EmployeeFinderResponse, EmployeeFinderResult]:
        """Every employee matching the filters, page after page (1 credit per employee returned;
        bound the spend with max_pages)."""
        spec = employees_spec(
            company_linkedin_url,
            country=country,
            continent=continent,
            sales_region=sales_region,
            job_level=job_level,
            job_function=job_function,
            page_size=page_size,
        )
        return Pager(self._t.with_request_options(**request), spec, max_pages=max_pages)


class AsyncPeopleSearch:
    """client.people_search on AsyncEnrich"""

    def __init__(self, transport: AsyncTransport) -> None:
        self._t = transport

    async def icp_search(
        self,
        company_linkedin_url: str,
        *,
        cascade: Iterable[CascadeLevel] | None = None,
        max_results: int | None = None,
        min_score: float | None = None,
        **request: Unpack[RequestOptions],
    ) -> WaterfallIcpSearchResponse:
        """See PeopleSearch.icp_search."""
        return await self._t.with_request_options(**request).request(
            icp_call(company_linkedin_url, cascade, max_results, min_score)
        )

    def employees(
        self,
        company_linkedin_url: str,
        *,
        country: Iterable[str] | None = None,
        continent: Iterable[str] | None = None,
        sales_region: Iterable[str] | None = None,
        job_level: Iterable[str] | None = None,
        job_function: Iterable[str] | None = None,
        page_size: int = EMPLOYEES_PAGE_MAX,
        max_pages: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[EmployeeFinderResponse, EmployeeFinderResult]:
        """See PeopleSearch.employees (`async for`)."""
        spec = employees_spec(
            company_linkedin_url,
            country=country,
            continent=continent,
            sales_region=sales_region,
            job_level=job_level,
            job_function=job_function,
            page_size=page_size,
        )
        return AsyncPager(self._t.with_request_options(**request), spec, max_pages=max_pages)
