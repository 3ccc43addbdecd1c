"""Job handles of Company Followers: count estimations and follower scrapes.

A count estimation polls GET /count-estimate/{batchId} (pending, in_progress, then completed,
failed or cancelled; the estimate sits in the completed status). A scrape polls its progress
(`done`, `partial`), pages through its results (at most 500 per page) and exports a CSV; a partial
scrape can be continued (the same spec operation with ?batchId=).
"""

from __future__ import annotations

from typing import Any, Unpack

from enrichso_api.api.company_followers import (
    export_company_follower_csv,
    get_company_follower_progress,
    get_company_follower_results,
    get_count_estimate_status,
    start_company_follower_scrape,
)
from enrichso_api.models import (
    CompanyFollowerProgressResponse,
    CompanyFollowerResultsResponse,
    ContinueCompanyFollowerRequest,
    CountEstimateResultData,
    CountEstimateStatusResponse,
    FollowerProfile,
    StartCompanyFollowerResponse,
)

from .._core.call import Call, checked_query_id, from_generated, model, raw_bytes, unset_to_none
from .._core.jobs import QUICK_POLLING, AsyncJob, AsyncRawJob, JobStatus, RawJob, SyncJob
from .._core.pagination import AsyncPager, Page, Pager, SimplePageSpec
from .._core.raw_response import raw
from .._core.request_options import RequestOptions
from .._core.status import state_flags
from .._core.transport import Destination, DownloadInfo

FOLLOWER_PAGE_MAX = 500  # docs/api-notes.md 1.5


# ---------------------------------------------------------------- count estimation
def count_status_call(batch_id: str) -> Call[JobStatus]:
    def parse(data: Any) -> JobStatus:
        envelope = CountEstimateStatusResponse.from_dict(data)
        d = envelope.data
        state = str(d.status)
        done, failed = state_flags(state)
        result = unset_to_none(d.data)
        return JobStatus(
            id=d.batch_id,
            kind="count_estimate",
            state=state,
            done=done,
            failed=failed,
            progress=100.0 if done else None,
            total=result.total_count if isinstance(result, CountEstimateResultData) else None,
            error=unset_to_none(d.message) if failed else None,
            created_at=d.created_at,
            model=envelope,
            raw=data.get("data", {}),
        )

    return from_generated(
        get_count_estimate_status._get_kwargs(batch_id), parse, operation="getCountEstimateStatus"
    )


def estimate_of(status: JobStatus | None) -> CountEstimateResultData | None:
    if status is None or status.model is None:
        return None
    value = unset_to_none(status.model.data.data)
    return value if isinstance(value, CountEstimateResultData) else None


class CountEstimate(SyncJob):
    """A count estimation: wait() for it, then .estimate (total_count and breakdowns)."""

    kind = "count_estimate"
    policy = QUICK_POLLING

    def _status_call(self) -> Call[JobStatus]:
        return count_status_call(self.id)

    @property
    def estimate(self) -> CountEstimateResultData | None:
        """The estimate once the job completed (None before); served at once from the cache
        when the submit said so."""
        return estimate_of(self.status) or _cached_estimate(self.submitted)


class AsyncCountEstimate(AsyncJob):
    """The async twin of CountEstimate."""

    kind = "count_estimate"
    policy = QUICK_POLLING

    def _status_call(self) -> Call[JobStatus]:
        return count_status_call(self.id)

    @property
    def estimate(self) -> CountEstimateResultData | None:
        return estimate_of(self.status) or _cached_estimate(self.submitted)


def _cached_estimate(submitted: Any) -> CountEstimateResultData | None:
    data = unset_to_none(getattr(getattr(submitted, "data", None), "data", None))
    return data if isinstance(data, CountEstimateResultData) else None


# ---------------------------------------------------------------- follower scrape
def progress_call(batch_id: str) -> Call[JobStatus]:
    def parse(data: Any) -> JobStatus:
        envelope = CompanyFollowerProgressResponse.from_dict(data)
        d = envelope.data
        partial = bool(unset_to_none(d.partial))
        state = ("partial" if partial else "completed") if d.done else "processing"
        total = d.total if d.total >= 0 else None  # -1: not known yet
        return JobStatus(
            id=d.batch_id,
            kind="company_follower_scrape",
            state=state,
            done=d.done,
            failed=False,
            processed=d.processed,
            total=total,
            progress=min(100.0, d.processed * 100.0 / total) if total else (100.0 if d.done else None),
            error=None,
            counts={"errors": d.errors},
            model=envelope,
            raw=data.get("data", {}),
        )

    return from_generated(
        get_company_follower_progress._get_kwargs(batch_id), parse, operation="getCompanyFollowerProgress"
    )


def results_spec(
    batch_id: str, page_size: int
) -> SimplePageSpec[CompanyFollowerResultsResponse, FollowerProfile]:
    limit = max(1, min(page_size, FOLLOWER_PAGE_MAX))

    def build(page: int) -> Call[CompanyFollowerResultsResponse]:
        kwargs = get_company_follower_results._get_kwargs(batch_id, page=page, limit=limit)
        return from_generated(
            kwargs, model(CompanyFollowerResultsResponse), operation="getCompanyFollowerResults"
        )

    def read(
        envelope: CompanyFollowerResultsResponse, page: int
    ) -> Page[CompanyFollowerResultsResponse, FollowerProfile]:
        paging = envelope.data.pagination
        return Page(
            page, envelope, envelope.data.data, paging.total, paging.total_pages, page < paging.total_pages
        )

    return SimplePageSpec(build, read)


def export_call(batch_id: str) -> Call[bytes]:
    return from_generated(
        export_company_follower_csv._get_kwargs(batch_id),
        raw_bytes,
        operation="exportCompanyFollowerCsv",
        raw=True,
    )


def continue_call(batch_id: str) -> Call[StartCompanyFollowerResponse]:
    """Continue a partial scrape: the start operation with ?batchId= and an empty body
    (x-enrichso-also: continueCompanyFollowerScrape). Reserves credits for the recoverable gap."""
    operation = "continueCompanyFollowerScrape"
    kwargs = start_company_follower_scrape._get_kwargs(
        body=ContinueCompanyFollowerRequest(), batch_id=checked_query_id(batch_id, operation)
    )
    return from_generated(kwargs, model(StartCompanyFollowerResponse), operation=operation)


class FollowerScrape(SyncJob):
    """A company follower scrape: progress() / wait(), results(), export_csv(dest), continue_scrape()."""

    kind = "company_follower_scrape"

    def _status_call(self) -> Call[JobStatus]:
        return progress_call(self.id)

    @property
    def with_raw_response(self) -> RawFollowerScrape:
        """See SyncJob.with_raw_response; export_csv() answers the CSV's headers."""
        return RawFollowerScrape(self)

    def progress(self, **request: Unpack[RequestOptions]) -> JobStatus:
        """The scrape's progress (same as refresh())."""
        return self.refresh(**request)

    def results(
        self, page_size: int = FOLLOWER_PAGE_MAX, *, concurrency: int = 1, **request: Unpack[RequestOptions]
    ) -> Pager[CompanyFollowerResultsResponse, FollowerProfile]:
        """Every follower profile, page after page, in order (at most 500 per request). The first
        read after the scrape finished settles its reservation. concurrency: pages downloading in
        the background while you read one (see Pager)."""
        return Pager(
            self._transport.with_request_options(**request),
            results_spec(self.id, page_size),
            concurrency=concurrency,
        )

    def export_csv(self, dest: Destination, **request: Unpack[RequestOptions]) -> DownloadInfo:
        """Stream the results as CSV to a path or a binary file object (free)."""
        return self._transport.with_request_options(**request).download(export_call(self.id), dest)

    def continue_scrape(self, **request: Unpack[RequestOptions]) -> FollowerScrape:
        """Continue a partial scrape (reserves credits for the followers still missing)."""
        t = self._transport.with_request_options(**request)
        envelope = t.request(continue_call(self.id))
        return FollowerScrape(t, envelope.data.batch_id, submitted=envelope)


class AsyncFollowerScrape(AsyncJob):
    """The async twin of FollowerScrape."""

    kind = "company_follower_scrape"

    def _status_call(self) -> Call[JobStatus]:
        return progress_call(self.id)

    @property
    def with_raw_response(self) -> AsyncRawFollowerScrape:
        return AsyncRawFollowerScrape(self)

    async def progress(self, **request: Unpack[RequestOptions]) -> JobStatus:
        return await self.refresh(**request)

    def results(
        self, page_size: int = FOLLOWER_PAGE_MAX, *, concurrency: int = 1, **request: Unpack[RequestOptions]
    ) -> AsyncPager[CompanyFollowerResultsResponse, FollowerProfile]:
        """See FollowerScrape.results; concurrency: page requests kept in flight at once."""
        return AsyncPager(
            self._transport.with_request_options(**request),
            results_spec(self.id, page_size),
            concurrency=concurrency,
        )

    async def export_csv(self, dest: Destination, **request: Unpack[RequestOptions]) -> DownloadInfo:
        return await self._transport.with_request_options(**request).download(export_call(self.id), dest)

    async def continue_scrape(self, **request: Unpack[RequestOptions]) -> AsyncFollowerScrape:
        t = self._transport.with_request_options(**request)
        envelope = await t.request(continue_call(self.id))
        return AsyncFollowerScrape(t, envelope.data.batch_id, submitted=envelope)


class RawFollowerScrape(RawJob):
    """`scrape.with_raw_response` (sync)."""

    def __init__(self, job: FollowerScrape) -> None:
        super().__init__(job)
        self.progress = raw(job.progress)
        self.results = raw(job.results)
        self.export_csv = raw(job.export_csv)
        self.continue_scrape = raw(job.continue_scrape)


class AsyncRawFollowerScrape(AsyncRawJob):
    """`scrape.with_raw_response` (async)."""

    def __init__(self, job: AsyncFollowerScrape) -> None:
        super().__init__(job)
        self.progress = raw(job.progress)
        self.results = raw(job.results)
        self.export_csv = raw(job.export_csv)
        self.continue_scrape = raw(job.continue_scrape)
