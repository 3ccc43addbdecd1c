"""The five batch products (email validation, email finder, phone finder, reverse lookup, IP to
company) share one life cycle: submit -> poll status -> read paged results. A BatchProduct
describes one of them in terms of its generated modules; BatchJob / AsyncBatchJob are the handles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import repeat
from typing import Any, Generic, NamedTuple, TypeVar, Unpack

from .call import Call, FromDict, from_generated, model, unset_to_none
from .jobs import AsyncJob, AsyncRawJob, JobStatus, RawJob, SyncJob
from .pagination import AsyncPager, Page, Pager, SimplePageSpec, has_more_by_count
from .raw_response import raw
from .request_options import RequestOptions
from .status import batch_status_parser
from .transport import AsyncTransport, SyncTransport

M = TypeVar("M")  # results page envelope
Item = TypeVar("Item")  # one result item

RESULTS_PAGE_MAX = 1000  # docs/api-notes.md 1.5: batch results pages hold at most 1000 items


class BatchProduct(NamedTuple, Generic[M, Item]):
    """How to poll and read one batch product, from its generated modules."""

    kind: str
    status_kwargs: Callable[..., dict[str, Any]]
    status_model: FromDict[Any]
    results_kwargs: Callable[..., dict[str, Any]]
    results_model: FromDict[M]
    items: Callable[[M], Sequence[Item]]
    total: Callable[[M], int | None]
    item_model: FromDict[Item]

    def status_call(self, job_id: str) -> Call[JobStatus]:
        return from_generated(
            self.status_kwargs(job_id),
            batch_status_parser(self.kind, job_id, self.status_model),
            operation=f"{self.kind}.status",
        )

    def results_call(self, job_id: str, page: int, limit: int) -> Call[M]:
        return from_generated(
            self.results_kwargs(job_id, page=page, limit=limit),
            checked_results(self.item_model, model(self.results_model)),
            operation=f"{self.kind}.results",
        )

    def raw_results_call(self, job_id: str, page: int, limit: int) -> Call[RawPage]:
        """A results page left as decoded JSON (the pipelines build models lazily, per row)."""
        return from_generated(
            self.results_kwargs(job_id, page=page, limit=limit),
            read_raw_page,
            operation=f"{self.kind}.results",
        )

    def results_spec(self, job_id: str, page_size: int) -> SimplePageSpec[M, Item]:
        limit = max(1, min(page_size, RESULTS_PAGE_MAX))

        def read(envelope: M, page: int) -> Page[M, Item]:
            items = self.items(envelope)
            total = self.total(envelope)
            # the number of pages follows from the item count the API states and our page size
            pages = None if total is None else -(-total // limit)
            return Page(
                page, envelope, items, total, pages, has_more_by_count(page, limit, len(items), total, None)
            )

        return SimplePageSpec(lambda page: self.results_call(job_id, page, limit), read)


def checked_results(item_model: Any, parse: Callable[[Any], M]) -> Callable[[Any], M]:
    """`parse` of a results page, after each result's members are checked against the types the
    item's view class reads (a member of another type raises, naming it: data.results[3].result)."""
    check = getattr(item_model, "_check_members", None)  # a view class's (enrichso.views)
    if check is None:
        return parse

    def checked(body: Any) -> M:
        data = body.get("data") if isinstance(body, dict) else None
        results = data.get("results") if isinstance(data, dict) else None
        for at, item in enumerate(results if isinstance(results, list) else ()):
            check(item, f"data.results[{at}]")
        return parse(body)

    return checked


class RawPage(NamedTuple):
    """A results page as decoded JSON: its result objects and the item count it reports."""

    items: list[dict[str, Any]]
    total: int | None


def read_raw_page(data: Any) -> RawPage:
    """The results of any batch results page ({success, data: {results: [...]}, meta}); a body
    of another shape raises (and surfaces as APIResponseValidationError)."""
    body = data["data"]
    results = body.get("results", [])
    if not isinstance(results, list) or not all(map(isinstance, results, repeat(dict))):  # C-level: per row
        raise TypeError("data.results is not a list of objects")
    total = body.get("totalItems")
    if not isinstance(total, int):
        meta = data.get("meta")
        total = meta.get("totalItems") if isinstance(meta, dict) else None
    return RawPage(results, total if isinstance(total, int) and not isinstance(total, bool) else None)


def results_of(envelope: Any) -> Sequence[Any]:
    """data.results of a results envelope ([] when absent)."""
    return unset_to_none(envelope.data.results) or []


def total_of(envelope: Any) -> int | None:
    """The item count a results page reports (data.totalItems, else meta.totalItems)."""
    total = unset_to_none(getattr(envelope.data, "total_items", None))
    if total is None:
        meta = unset_to_none(getattr(envelope, "meta", None))
        total = unset_to_none(getattr(meta, "total_items", None)) if meta is not None else None
    return total if isinstance(total, int) else None


def reserved_credits(submitted: Any) -> float | None:
    meta = unset_to_none(getattr(submitted, "meta", None))
    value = unset_to_none(getattr(meta, "credits_reserved", None)) if meta is not None else None
    return float(value) if isinstance(value, int | float) else None


class BatchJob(SyncJob, Generic[M, Item]):
    """A batch on the sync client: refresh(), wait(), results() (every result, page after page).
    Reading results after the batch is terminal settles the reservation (once, server side)."""

    def __init__(
        self, transport: SyncTransport, product: BatchProduct[M, Item], job_id: str, *, submitted: Any = None
    ) -> None:
        super().__init__(transport, job_id, submitted=submitted)
        self.product = product
        self.kind = product.kind

    @property
    def reserved_credits(self) -> float | None:
        """Credits reserved at submit (None for a re-attached handle)."""
        return reserved_credits(self.submitted)

    @property
    def with_raw_response(self) -> RawBatchJob[M, Item]:
        """See SyncJob.with_raw_response; results() answers its first page."""
        return RawBatchJob(self)

    def _status_call(self) -> Call[JobStatus]:
        return self.product.status_call(self.id)

    def results(
        self, page_size: int = RESULTS_PAGE_MAX, *, concurrency: int = 1, **request: Unpack[RequestOptions]
    ) -> Pager[M, Item]:
        """Every result across all pages, streamed in order (at most page_size, max 1000, per
        request). concurrency: pages downloading in the background while you read one (the sync
        client runs at most two at once; see AsyncBatchJob.results for more)."""
        return Pager(
            self._transport.with_request_options(**request),
            self.product.results_spec(self.id, page_size),
            concurrency=concurrency,
        )


class AsyncBatchJob(AsyncJob, Generic[M, Item]):
    """The async twin of BatchJob."""

    def __init__(
        self, transport: AsyncTransport, product: BatchProduct[M, Item], job_id: str, *, submitted: Any = None
    ) -> None:
        super().__init__(transport, job_id, submitted=submitted)
        self.product = product
        self.kind = product.kind

    @property
    def reserved_credits(self) -> float | None:
        return reserved_credits(self.submitted)

    @property
    def with_raw_response(self) -> AsyncRawBatchJob[M, Item]:
        return AsyncRawBatchJob(self)

    def _status_call(self) -> Call[JobStatus]:
        return self.product.status_call(self.id)

    def results(
        self, page_size: int = RESULTS_PAGE_MAX, *, concurrency: int = 1, **request: Unpack[RequestOptions]
    ) -> AsyncPager[M, Item]:
        """Every result across all pages, in order: `async for result in job.results(concurrency=8)`.
        concurrency: how many page requests are kept in flight at once (default 1); raise it when
        each page takes long to answer (8 reads a 500-page batch about 8 times faster at 50 ms a
        page, see benchmarks/RESULTS.md)."""
        return AsyncPager(
            self._transport.with_request_options(**request),
            self.product.results_spec(self.id, page_size),
            concurrency=concurrency,
        )


class RawBatchJob(RawJob, Generic[M, Item]):
    """`job.with_raw_response` of a batch (sync)."""

    def __init__(self, job: BatchJob[M, Item]) -> None:
        super().__init__(job)
        self.results = raw(job.results)


class AsyncRawBatchJob(AsyncRawJob, Generic[M, Item]):
    """`job.with_raw_response` of a batch (async)."""

    def __init__(self, job: AsyncBatchJob[M, Item]) -> None:
        super().__init__(job)
        self.results = raw(job.results)
