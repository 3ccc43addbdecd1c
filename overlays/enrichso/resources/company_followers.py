"""Company Followers (approved accounts only): estimate how many followers match, scrape them,
continue a partial scrape, and check the daily limit.

Costs (docs/api-notes.md 8): an estimation costs 100 credits (free when cached within 24 h); a scrape
reserves max_limit x the team's credits per profile and settles on the profiles delivered; a
continuation reserves for the recoverable gap. Filters take the API's values (58 countries, 400
states, 642 job titles, 26 departments, 10 levels; docs/api-notes.md appendix B).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Unpack

from enrichso_api.api.company_followers import (
    check_company_follower_limit,
    start_company_follower_scrape,
    start_count_estimate,
)
from enrichso_api.models import (
    CheckCompanyFollowerLimitResponse,
    CompanyFollowerRequest,
    CountEstimateRequest,
    FollowerFilterCountry,
    FollowerFilterDepartment,
    FollowerFilterJobTitle,
    FollowerFilterLevel,
    FollowerFilterState,
    StartCompanyFollowerResponse,
    StartCountEstimateResponse,
)
from enrichso_api.types import UNSET

from .._core.call import Call, from_generated, model
from .._core.limits import length_within, within
from .._core.request_options import RequestOptions
from .._core.transport import AsyncTransport, SyncTransport
from ..errors import InvalidParameterError
from .follower_jobs import (
    AsyncCountEstimate,
    AsyncFollowerScrape,
    CountEstimate,
    FollowerScrape,
    continue_call,
)

SCRAPE_MAX_LIMIT = 50_000  # max_limit 1-50,000 (CompanyFollowerRequest)
SCRAPE_NAME_MAX = 100  # name at most 100 characters


def _values(enum: Any, values: Iterable[str] | None, name: str) -> Any:
    """The filter's values as the API's members. The lists are closed (docs/api-notes.md appendix B:
    the API answers 400 to any other value), so a value outside them, or a bare string (it would go
    out one letter at a time), raises InvalidParameterError before anything is sent."""
    if values is None:
        return UNSET
    if isinstance(values, str):
        raise InvalidParameterError(f"{name} takes a list of values, not the string {values!r}")
    members = []
    for value in values:
        member = enum._value2member_map_.get(value) if isinstance(value, str) else None
        if member is None:
            raise InvalidParameterError(
                f"{name}: {value!r} is not one of the API's {len(enum)} values (docs/api-notes.md appendix B)"
            )
        members.append(member)
    return members


def estimate_call(
    company_url: str,
    countries: Iterable[str] | None,
    states: Iterable[str] | None,
    job_titles: Iterable[str] | None,
    departments: Iterable[str] | None,
    levels: Iterable[str] | None,
) -> Call[StartCountEstimateResponse]:
    body = CountEstimateRequest(
        company_url=company_url,
        countries=_values(FollowerFilterCountry, countries, "countries"),
        states=_values(FollowerFilterState, states, "states"),
        job_titles=_values(FollowerFilterJobTitle, job_titles, "job_titles"),
        departments=_values(FollowerFilterDepartment, departments, "departments"),
        levels=_values(FollowerFilterLevel, levels, "levels"),
    )
    return from_generated(
        start_count_estimate._get_kwargs(body=body),
        model(StartCountEstimateResponse),
        operation="startCountEstimate",
    )


def start_call(
    company_url: str,
    max_limit: int,
    *,
    name: str | None,
    countries: Iterable[str] | None,
    states: Iterable[str] | None,
    job_titles: Iterable[str] | None,
    departments: Iterable[str] | None,
    levels: Iterable[str] | None,
    webhook_url: str | None,
    skip_cache: bool | None,
) -> Call[StartCompanyFollowerResponse]:
    within("max_limit", max_limit, 1, SCRAPE_MAX_LIMIT)
    length_within("name", name, 0, SCRAPE_NAME_MAX)
    body = CompanyFollowerRequest(
        company_url=company_url,
        max_limit=max_limit,
        name=UNSET if name is None else name,
        countries=_values(FollowerFilterCountry, countries, "countries"),
        states=_values(FollowerFilterState, states, "states"),
        job_titles=_values(FollowerFilterJobTitle, job_titles, "job_titles"),
        departments=_values(FollowerFilterDepartment, departments, "departments"),
        levels=_values(FollowerFilterLevel, levels, "levels"),
        webhook_url=UNSET if webhook_url is None else webhook_url,
        skip_cache=UNSET if skip_cache is None else skip_cache,
    )
    return from_generated(
        start_company_follower_scrape._get_kwargs(body=body),
        model(StartCompanyFollowerResponse),
        operation="startCompanyFollowerScrape",
    )


def limit_call() -> Call[CheckCompanyFollowerLimitResponse]:
    return from_generated(
        check_company_follower_limit._get_kwargs(),
        model(CheckCompanyFollowerLimitResponse),
        operation="checkCompanyFollowerLimit",
    )


# The methods that make a request when called: client.with_raw_response.company_followers has them (the
# generated resources/raw.py).
RAW_METHODS = (
    "estimate_count",
    "start_scrape",
    "continue_scrape",
    "limit",
)


class CompanyFollowers:
    """client.company_followers"""

    def __init__(self, transport: SyncTransport) -> None:
        self._t = transport

    def estimate_count(
        self,
        company_url: str,
        *,
        countries: Iterable[str] | None = None,
        states: Iterable[str] | None = None,
        job_titles: Iterable[str] | None = None,
        departments: Iterable[str] | None = None,
        levels: Iterable[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> CountEstimate:
        """Start a count estimation (100 credits; free when cached). wait() on the handle, then
        read .estimate."""
        t = self._t.with_request_options(**request)
        envelope = t.request(estimate_call(company_url, countries, states, job_titles, departments, levels))
        return CountEstimate(t, envelope.data.batch_id, submitted=envelope)

    def count_estimate(self, batch_id: str, **request: Unpack[RequestOptions]) -> CountEstimate:
        """Re-attach to a count estimation by id."""
        return CountEstimate(self._t.with_request_options(**request), batch_id)

    def start_scrape(
        self,
        company_url: str,
        max_limit: int,
        *,
        name: str | None = None,
        countries: Iterable[str] | None = None,
        states: Iterable[str] | None = None,
        job_titles: Iterable[str] | None = None,
        departments: Iterable[str] | None = None,
        levels: Iterable[str] | None = None,
        webhook_url: str | None = None,
        skip_cache: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> FollowerScrape:
        """Start scraping up to max_limit (1-50,000) followers; reserves max_limit x credits per
        profile. Never retried once sent."""
        t = self._t.with_request_options(**request)
        call = start_call(
            company_url,
            max_limit,
            name=name,
            countries=countries,
            states=states,
            job_titles=job_titles,
            departments=departments,
            levels=levels,
            webhook_url=webhook_url,
            skip_cache=skip_cache,
        )
        envelope = t.request(call)
        return FollowerScrape(t, envelope.data.batch_id, submitted=envelope)

    def scrape(self, batch_id: str, **request: Unpack[RequestOptions]) -> FollowerScrape:
        """Re-attach to a scrape by id."""
        return FollowerScrape(self._t.with_request_options(**request), batch_id)

    def continue_scrape(self, batch_id: str, **request: Unpack[RequestOptions]) -> FollowerScrape:
        """Continue a partial scrape (reserves credits for the followers still missing)."""
        t = self._t.with_request_options(**request)
        envelope = t.request(continue_call(batch_id))
        return FollowerScrape(t, envelope.data.batch_id, submitted=envelope)

    def limit(self, **request: Unpack[RequestOptions]) -> CheckCompanyFollowerLimitResponse:
        """The access status and today's scraping limit (free)."""
        return self._t.with_request_options(**request).request(limit_call())


class AsyncCompanyFollowers:
    """client.company_followers on AsyncEnrich"""

    def __init__(self, transport: AsyncTransport) -> None:
        self._t = transport

    async def estimate_count(
        self,
        company_url: str,
        *,
        countries: Iterable[str] | None = None,
        states: Iterable[str] | None = None,
        job_titles: Iterable[str] | None = None,
        departments: Iterable[str] | None = None,
        levels: Iterable[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncCountEstimate:
        """See CompanyFollowers.estimate_count."""
        t = self._t.with_request_options(**request)
        call = estimate_call(company_url, countries, states, job_titles, departments, levels)
        envelope = await t.request(call)
        return AsyncCountEstimate(t, envelope.data.batch_id, submitted=envelope)

    def count_estimate(self, batch_id: str, **request: Unpack[RequestOptions]) -> AsyncCountEstimate:
        """See CompanyFollowers.count_estimate."""
        return AsyncCountEstimate(self._t.with_request_options(**request), batch_id)

    async def start_scrape(
        self,
        company_url: str,
        max_limit: int,
        *,
        name: str | None = None,
        countries: Iterable[str] | None = None,
        states: Iterable[str] | None = None,
        job_titles: Iterable[str] | None = None,
        departments: Iterable[str] | None = None,
        levels: Iterable[str] | None = None,
        webhook_url: str | None = None,
        skip_cache: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncFollowerScrape:
        """See CompanyFollowers.start_scrape."""
        t = self._t.with_request_options(**request)
        call = start_call(
            company_url,
            max_limit,
            name=name,
            countries=countries,
            states=states,
            job_titles=job_titles,
            departments=departments,
            levels=levels,
            webhook_url=webhook_url,
            skip_cache=skip_cache,
        )
        envelope = await t.request(call)
        return AsyncFollowerScrape(t, envelope.data.batch_id, submitted=envelope)

    def scrape(self, batch_id: str, **request: Unpack[RequestOptions]) -> AsyncFollowerScrape:
        """See CompanyFollowers.scrape."""
        return AsyncFollowerScrape(self._t.with_request_options(**request), batch_id)

    async def continue_scrape(self, batch_id: str, **request: Unpack[RequestOptions]) -> AsyncFollowerScrape:
        """See CompanyFollowers.continue_scrape."""
        t = self._t.with_request_options(**request)
        envelope = await t.request(continue_call(batch_id))
        return AsyncFollowerScrape(t, envelope.data.batch_id, submitted=envelope)

    async def limit(self, **request: Unpack[RequestOptions]) -> CheckCompanyFollowerLimitResponse:
        """See CompanyFollowers.limit."""
        return await self._t.with_request_options(**request).request(limit_call())
