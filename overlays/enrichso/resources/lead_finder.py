"""Lead Finder (approved accounts only): search a B2B lead database, count, reveal or enrich
contacts (asynchronous jobs), unlock names, saved searches, suggestions, and CSV exports.

Filters are a LeadFinderSearchFilters model or a mapping of the API's filter names, camelCase
(`jobTitle`) or snake_case (`job_title`). Costs (docs/api-notes.md 8): search pages 1-3 (or the first 75
results) are free, later pages cost 1 credit per result, at most 40 pages; reveal 10 (email) / 525
(phone) / 535 (both, the default) per lead, enrich likewise, unlock-names 1 per lead, exports as
estimated; count, saved searches, options, suggestions and job polls are free.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Unpack

from enrichso_api.api.lead_finder import (
    count_leads,
    create_saved_search,
    delete_saved_search,
    enrich_leads,
    export_leads,
    get_filter_options,
    list_export_jobs,
    list_reveal_jobs,
    list_saved_searches,
    reveal_leads,
    search_leads,
    suggest_company_names,
    unlock_names,
)
from enrichso_api.models import (
    AsyncExportResponse,
    LeadContactField,
    LeadCountRequest,
    LeadCountResponse,
    LeadEnrichRequest,
    LeadEnrichRequestLeadsItem,
    LeadExcludeFilters,
    LeadExportJobListResponse,
    LeadExportJobSummary,
    LeadExportRequest,
    LeadFinderDeletedResponse,
    LeadFinderFilterOptionsResponse,
    LeadFinderSearchFilters,
    LeadFinderSuggestResponse,
    LeadJobStatus,
    LeadRevealRequest,
    LeadRevealRequestLeadsItem,
    LeadSearchPreviewResult,
    LeadSearchRequest,
    LeadSearchResponse,
    RevealJobListResponse,
    RevealJobSubmitResponse,
    RevealJobSummary,
    SavedSearchCreateRequest,
    SavedSearchListResponse,
    SavedSearchResponse,
    UnlockNamesRequest,
    UnlockNamesRequestLeadsItem,
    UnlockNamesResponse,
)
from enrichso_api.types import UNSET

from .._core.call import Call, from_generated, model
from .._core.limits import at_least, length_within, one_of, text_list, within
from .._core.pagination import AsyncPager, Page, Pager, SimplePageSpec, has_more_by_count
from .._core.request_options import RequestOptions, split_request_options
from .._core.transport import AsyncTransport, SyncTransport
from ..errors import InvalidParameterError
from .lead_jobs import AsyncExportJob, AsyncRevealJob, ExportJob, RevealJob

SEARCH_PAGE_MAX = 100
SEARCH_MAX_PAGES = 40  # docs/api-notes.md 3.8: "max 40 pages"
SEARCH_OFFSET_CAP = 500_000  # (page - 1) x pageSize must stay below it
FREE_PAGES = search_leads.FREE_PAGES  # from the spec (x-enrichso-free-pages)
JOB_LIST_PAGE_MAX = 100
REVEAL_MAX_LEADS = 25  # reveal and enrich take 1 to 25 leads (LeadRevealRequest, LeadEnrichRequest)
UNLOCK_MAX_LEADS = 100  # unlock-names takes 1 to 100 (UnlockNamesRequest)
JOB_STATUSES = ("pending", "processing", "completed", "failed")  # the job lists' status filter
SUGGEST_LIMIT_MAX = 50  # suggest: q at least 2 characters, limit 1-50
SAVED_NAME_MAX = 100  # a saved search's name: 1-100 characters
EXPORT_NAME_MAX, EXPORT_MAX_RESULTS = 200, 100_000  # LeadExportRequest name, maxResults
EXPORT_MAX_LEAD_IDS, EXPORT_PAGE_SIZE_MAX = 100_000, 100  # LeadExportRequest leadIds, pageSize

Filters = LeadFinderSearchFilters | Mapping[str, Any]


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _api_names(values: Mapping[str, Any]) -> dict[str, Any]:
    return {(_camel(k) if "_" in k else k): v for k, v in values.items()}


def to_filters(filters: Filters) -> LeadFinderSearchFilters:
    """A filters model from a model or a mapping; unknown filter names raise InvalidParameterError,
    a ValueError (the API rejects them, and the model would silently drop them)."""
    if isinstance(filters, LeadFinderSearchFilters):
        return filters
    named = _api_names(filters)
    parsed = LeadFinderSearchFilters.from_dict(named)
    unknown = set(named) - set(parsed.to_dict())
    if unknown:
        raise InvalidParameterError(f"unknown lead filter(s): {', '.join(sorted(unknown))}")
    return parsed


def to_exclude(exclude: LeadExcludeFilters | Mapping[str, Any] | None) -> Any:
    if exclude is None:
        return UNSET
    if isinstance(exclude, LeadExcludeFilters):
        return exclude
    return LeadExcludeFilters.from_dict(_api_names(exclude))


def _list(values: Iterable[str], what: str) -> list[str]:
    """A list from an iterable of strings; a bare string would be sent one letter at a time."""
    if isinstance(values, str):
        raise InvalidParameterError(f"{what} takes a list, not the string {values!r}")
    return list(values)


def _lead_ids(lead_ids: Iterable[str], most: int, operation: str) -> list[str]:
    """The leads of a reveal, an enrich or an unlock: the API refuses none and more than `most`
    (a 400 after the call was sent), so they raise InvalidParameterError before anything is sent."""
    ids = _list(lead_ids, "lead_ids")
    if not 1 <= len(ids) <= most:
        raise InvalidParameterError(f"{operation} takes 1 to {most} lead ids, got {len(ids)}")
    return ids


def _fields(fields: Iterable[str] | None) -> Any:
    """At least one field; values outside email/phone are sent as given (the enum is open:
    docs/api-notes.md 9.25)."""
    if fields is None:
        return UNSET
    names = _list(fields, "fields")
    if not names:
        raise InvalidParameterError("fields needs at least one of email, phone (or leave it out for both)")
    return [LeadContactField(f) for f in names]


def search_spec(
    filters: Filters, exclude_filters: Any, page_size: int, max_pages: int
) -> SimplePageSpec[LeadSearchResponse, LeadSearchPreviewResult]:
    size = max(1, min(page_size, SEARCH_PAGE_MAX))
    parsed = to_filters(filters)
    exclude = to_exclude(exclude_filters)
    # the offset cap: (page - 1) x size < 500,000
    last_page = min(max_pages, SEARCH_MAX_PAGES, (SEARCH_OFFSET_CAP - 1) // size + 1)

    def build(page: int) -> Call[LeadSearchResponse]:
        body = LeadSearchRequest(filters=parsed, exclude_filters=exclude, page=page, page_size=size)
        # pages past the free ones are billed per result: never repeated once sent (from_generated
        # reads that from the operation's metadata and the body's page)
        return from_generated(
            search_leads._get_kwargs(body=body),
            model(LeadSearchResponse),
            operation="searchLeads",
        )

    def read(envelope: LeadSearchResponse, page: int) -> Page[LeadSearchResponse, LeadSearchPreviewResult]:
        paging = envelope.data.pagination
        more = bool(paging.has_more) and page < paging.total_pages and page < last_page
        return Page(page, envelope, envelope.data.results, paging.total_results, paging.total_pages, more)

    return SimplePageSpec(build, read)


def _jobs_reader(envelope: Any, page: int) -> Page[Any, Any]:
    d = envelope.data
    limit, total = int(d.limit), int(d.total)
    return Page(page, envelope, d.jobs, total, None, has_more_by_count(page, limit, len(d.jobs), total, None))


def reveal_jobs_spec(
    status: str | None, page_size: int
) -> SimplePageSpec[RevealJobListResponse, RevealJobSummary]:
    limit = max(1, min(page_size, JOB_LIST_PAGE_MAX))
    one_of("status", status, JOB_STATUSES)

    def build(page: int) -> Call[RevealJobListResponse]:
        kwargs = list_reveal_jobs._get_kwargs(
            page=page, limit=limit, status=UNSET if status is None else LeadJobStatus(status)
        )
        return from_generated(kwargs, model(RevealJobListResponse), operation="listRevealJobs")

    return SimplePageSpec(build, _jobs_reader)


def export_jobs_spec(
    status: str | None, page_size: int
) -> SimplePageSpec[LeadExportJobListResponse, LeadExportJobSummary]:
    limit = max(1, min(page_size, JOB_LIST_PAGE_MAX))
    one_of("status", status, JOB_STATUSES)

    def build(page: int) -> Call[LeadExportJobListResponse]:
        kwargs = list_export_jobs._get_kwargs(
            page=page, limit=limit, status=UNSET if status is None else LeadJobStatus(status)
        )
        return from_generated(kwargs, model(LeadExportJobListResponse), operation="listExportJobs")

    return SimplePageSpec(build, _jobs_reader)


def count_call(filters: Filters, exclude_filters: Any) -> Call[LeadCountResponse]:
    body = LeadCountRequest(filters=to_filters(filters), exclude_filters=to_exclude(exclude_filters))
    # free and idempotent: retried like a GET
    return from_generated(
        count_leads._get_kwargs(body=body), model(LeadCountResponse), operation="countLeads"
    )


def reveal_call(lead_ids: Iterable[str], fields: Iterable[str] | None) -> Call[RevealJobSubmitResponse]:
    body = LeadRevealRequest(
        leads=[LeadRevealRequestLeadsItem(id=i) for i in _lead_ids(lead_ids, REVEAL_MAX_LEADS, "reveal")],
        fields=_fields(fields),
    )
    return from_generated(
        reveal_leads._get_kwargs(body=body),
        model(RevealJobSubmitResponse),
        operation="revealLeads",
    )


def enrich_call(lead_ids: Iterable[str], fields: Iterable[str]) -> Call[RevealJobSubmitResponse]:
    body = LeadEnrichRequest(
        leads=[LeadEnrichRequestLeadsItem(id=i) for i in _lead_ids(lead_ids, REVEAL_MAX_LEADS, "enrich")],
        fields=_fields(_list(fields, "fields") if fields is not None else []),
    )
    return from_generated(
        enrich_leads._get_kwargs(body=body),
        model(RevealJobSubmitResponse),
        operation="enrichLeads",
    )


def unlock_call(lead_ids: Iterable[str]) -> Call[UnlockNamesResponse]:
    leads = _lead_ids(lead_ids, UNLOCK_MAX_LEADS, "unlock_names")
    body = UnlockNamesRequest(leads=[UnlockNamesRequestLeadsItem(id=i) for i in leads])
    return from_generated(
        unlock_names._get_kwargs(body=body), model(UnlockNamesResponse), operation="unlockNames"
    )


def saved_searches_call() -> Call[SavedSearchListResponse]:
    return from_generated(
        list_saved_searches._get_kwargs(), model(SavedSearchListResponse), operation="listSavedSearches"
    )


def save_search_call(name: str, filters: Filters) -> Call[SavedSearchResponse]:
    length_within("name", name, 1, SAVED_NAME_MAX)
    body = SavedSearchCreateRequest(name=name, filters=to_filters(filters))
    return from_generated(
        create_saved_search._get_kwargs(body=body),
        model(SavedSearchResponse),
        operation="createSavedSearch",
    )


def delete_saved_search_call(search_id: str) -> Call[LeadFinderDeletedResponse]:
    return from_generated(
        delete_saved_search._get_kwargs(search_id),
        model(LeadFinderDeletedResponse),
        operation="deleteSavedSearch",
    )


def filter_options_call() -> Call[LeadFinderFilterOptionsResponse]:
    return from_generated(
        get_filter_options._get_kwargs(), model(LeadFinderFilterOptionsResponse), operation="getFilterOptions"
    )


def suggest_call(query: str, limit: int | None) -> Call[LeadFinderSuggestResponse]:
    length_within("query", query, 2, 10_000)
    within("limit", limit, 1, SUGGEST_LIMIT_MAX)
    kwargs = suggest_company_names._get_kwargs(q=query, limit=UNSET if limit is None else limit)
    return from_generated(kwargs, model(LeadFinderSuggestResponse), operation="suggestCompanyNames")


class ExportOptions(RequestOptions, total=False):
    """The optional members of an export (LeadExportRequest), snake_case. Three modes: every
    match of the filters (up to max_results), the leads of lead_ids (selected rows), or one page
    of the search (page and page_size: current-page mode). And the request options of the call
    (extra_headers, extra_query, timeout)."""

    exclude_filters: LeadExcludeFilters | Mapping[str, Any] | None
    name: str | None
    max_results: int | None
    include_contact_info: bool | None
    include_email: bool | None
    include_phone: bool | None
    include_names: bool | None
    lead_ids: Iterable[str] | None
    page: int | None
    page_size: int | None


def export_call(filters: Filters, **options: Unpack[ExportOptions]) -> Call[AsyncExportResponse]:
    def opt(key: str) -> Any:
        value = options.get(key)
        return UNSET if value is None else value

    lead_ids = text_list("lead_ids", options.get("lead_ids"), EXPORT_MAX_LEAD_IDS)
    length_within("name", options.get("name"), 0, EXPORT_NAME_MAX)
    within("max_results", options.get("max_results"), 1, EXPORT_MAX_RESULTS)
    at_least("page", options.get("page"), 1)
    within("page_size", options.get("page_size"), 1, EXPORT_PAGE_SIZE_MAX)
    body = LeadExportRequest(
        filters=to_filters(filters),
        exclude_filters=to_exclude(options.get("exclude_filters")),
        name=opt("name"),
        max_results=opt("max_results"),
        include_contact_info=opt("include_contact_info"),
        include_email=opt("include_email"),
        include_phone=opt("include_phone"),
        include_names=opt("include_names"),
        lead_ids=UNSET if lead_ids is None else lead_ids,
        page=opt("page"),
        page_size=opt("page_size"),
    )
    return from_generated(
        export_leads._get_kwargs(body=body), model(AsyncExportResponse), operation="exportLeads"
    )


_SEARCH_DOC = """Every matching lead (preview rows: masked last names, no contacts), page after page.

        Credits: the first 3 pages or the first 75 results of a search, whichever comes first,
        are free, and 50 distinct searches a month are free; past them each result costs 1
        credit, so iterating a large result set spends credits: keep page_size x max_pages
        within 75 and max_pages at most 3 (the default page_size 25 with max_pages=3) to stay
        free. The API serves at most 40 pages, and (page - 1) x page_size must stay below
        500,000; the iterator stops there. Billed pages are never retried once sent."""


# The methods that make a request when called: client.with_raw_response.lead_finder has them (the
# generated resources/raw.py).
RAW_METHODS = (
    "search",
    "count",
    "reveal",
    "enrich",
    "unlock_names",
    "saved_searches",
    "save_search",
    "delete_saved_search",
    "filter_options",
    "suggest",
    "reveal_jobs",
    "export",
    "export_jobs",
)


class LeadFinder:
    """client.lead_finder"""

    def __init__(self, transport: SyncTransport) -> None:
        self._t = transport

    def search(
        self,
        filters: Filters,
        *,
        exclude_filters: LeadExcludeFilters | Mapping[str, Any] | None = None,
        page_size: int = 25,
        max_pages: int = SEARCH_MAX_PAGES,
        **request: Unpack[RequestOptions],
    ) -> Pager[LeadSearchResponse, LeadSearchPreviewResult]:
        return Pager(
            self._t.with_request_options(**request),
            search_spec(filters, exclude_filters, page_size, max_pages),
        )

    search.__doc__ = _SEARCH_DOC

    def count(
        self,
        filters: Filters,
        *,
        exclude_filters: LeadExcludeFilters | Mapping[str, Any] | None = None,
        **request: Unpack[RequestOptions],
    ) -> LeadCountResponse:
        """How many leads match (free)."""
        return self._t.with_request_options(**request).request(count_call(filters, exclude_filters))

    def reveal(
        self, lead_ids: Iterable[str], fields: Iterable[str] | None = None, **request: Unpack[RequestOptions]
    ) -> RevealJob:
        """Start revealing contacts ("email", "phone"; both by default) of leads by id. Returns a
        job handle: wait(), then results(). Insufficient credits fail the job."""
        t = self._t.with_request_options(**request)
        envelope = t.request(reveal_call(lead_ids, fields))
        return RevealJob(t, envelope.data.job_id, submitted=envelope)

    def enrich(
        self, lead_ids: Iterable[str], fields: Iterable[str], **request: Unpack[RequestOptions]
    ) -> RevealJob:
        """Start enriching leads with specific fields; a job handle like reveal()."""
        t = self._t.with_request_options(**request)
        envelope = t.request(enrich_call(lead_ids, fields))
        handle = RevealJob(t, envelope.data.job_id, submitted=envelope)
        handle.kind = "lead_enrich"
        return handle

    def unlock_names(self, lead_ids: Iterable[str], **request: Unpack[RequestOptions]) -> UnlockNamesResponse:
        """Unlock full last names (1 credit per lead)."""
        return self._t.with_request_options(**request).request(unlock_call(lead_ids))

    def saved_searches(self, **request: Unpack[RequestOptions]) -> SavedSearchListResponse:
        return self._t.with_request_options(**request).request(saved_searches_call())

    def save_search(
        self, name: str, filters: Filters, **request: Unpack[RequestOptions]
    ) -> SavedSearchResponse:
        return self._t.with_request_options(**request).request(save_search_call(name, filters))

    def delete_saved_search(self, id: str, **request: Unpack[RequestOptions]) -> LeadFinderDeletedResponse:
        return self._t.with_request_options(**request).request(delete_saved_search_call(id))

    def filter_options(self, **request: Unpack[RequestOptions]) -> LeadFinderFilterOptionsResponse:
        return self._t.with_request_options(**request).request(filter_options_call())

    def suggest(
        self, query: str, limit: int | None = None, **request: Unpack[RequestOptions]
    ) -> LeadFinderSuggestResponse:
        """Company name suggestions for a prefix."""
        return self._t.with_request_options(**request).request(suggest_call(query, limit))

    def reveal_job(self, job_id: str, **request: Unpack[RequestOptions]) -> RevealJob:
        """Re-attach to a reveal or enrich job by id."""
        return RevealJob(self._t.with_request_options(**request), job_id)

    def reveal_jobs(
        self,
        status: str | None = None,
        *,
        page_size: int = JOB_LIST_PAGE_MAX,
        **request: Unpack[RequestOptions],
    ) -> Pager[RevealJobListResponse, RevealJobSummary]:
        """Every reveal/enrich job (optionally only pending, processing, completed or failed)."""
        return Pager(self._t.with_request_options(**request), reveal_jobs_spec(status, page_size))

    def export(self, filters: Filters, **options: Unpack[ExportOptions]) -> ExportJob:
        """Start a CSV export (credits per lead by the included columns). Returns a job handle:
        wait(), then download(dest). Options: see ExportOptions (every match up to max_results,
        lead_ids only, or one page with page and page_size)."""
        t = self._t.with_request_options(**split_request_options(options, timeout=True)[0])
        envelope = t.request(export_call(filters, **options))
        return ExportJob(t, envelope.data.job_id, submitted=envelope)

    def export_job(self, job_id: str, **request: Unpack[RequestOptions]) -> ExportJob:
        """Re-attach to an export job by id."""
        return ExportJob(self._t.with_request_options(**request), job_id)

    def export_jobs(
        self,
        status: str | None = None,
        *,
        page_size: int = JOB_LIST_PAGE_MAX,
        **request: Unpack[RequestOptions],
    ) -> Pager[LeadExportJobListResponse, LeadExportJobSummary]:
        """Every export job (optionally filtered by status)."""
        return Pager(self._t.with_request_options(**request), export_jobs_spec(status, page_size))


class AsyncLeadFinder:
    """client.lead_finder on AsyncEnrich"""

    def __init__(self, transport: AsyncTransport) -> None:
        self._t = transport

    def search(
        self,
        filters: Filters,
        *,
        exclude_filters: LeadExcludeFilters | Mapping[str, Any] | None = None,
        page_size: int = 25,
        max_pages: int = SEARCH_MAX_PAGES,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[LeadSearchResponse, LeadSearchPreviewResult]:
        return AsyncPager(
            self._t.with_request_options(**request),
            search_spec(filters, exclude_filters, page_size, max_pages),
        )

    search.__doc__ = _SEARCH_DOC

    async def count(
        self,
        filters: Filters,
        *,
        exclude_filters: LeadExcludeFilters | Mapping[str, Any] | None = None,
        **request: Unpack[RequestOptions],
    ) -> LeadCountResponse:
        return await self._t.with_request_options(**request).request(count_call(filters, exclude_filters))

    async def reveal(
        self, lead_ids: Iterable[str], fields: Iterable[str] | None = None, **request: Unpack[RequestOptions]
    ) -> AsyncRevealJob:
        t = self._t.with_request_options(**request)
        envelope = await t.request(reveal_call(lead_ids, fields))
        return AsyncRevealJob(t, envelope.data.job_id, submitted=envelope)

    async def enrich(
        self, lead_ids: Iterable[str], fields: Iterable[str], **request: Unpack[RequestOptions]
    ) -> AsyncRevealJob:
        t = self._t.with_request_options(**request)
        envelope = await t.request(enrich_call(lead_ids, fields))
        handle = AsyncRevealJob(t, envelope.data.job_id, submitted=envelope)
        handle.kind = "lead_enrich"
        return handle

    async def unlock_names(
        self, lead_ids: Iterable[str], **request: Unpack[RequestOptions]
    ) -> UnlockNamesResponse:
        return await self._t.with_request_options(**request).request(unlock_call(lead_ids))

    async def saved_searches(self, **request: Unpack[RequestOptions]) -> SavedSearchListResponse:
        return await self._t.with_request_options(**request).request(saved_searches_call())

    async def save_search(
        self, name: str, filters: Filters, **request: Unpack[RequestOptions]
    ) -> SavedSearchResponse:
        return await self._t.with_request_options(**request).request(save_search_call(name, filters))

    async def delete_saved_search(
        self, id: str, **request: Unpack[RequestOptions]
    ) -> LeadFinderDeletedResponse:
        return await self._t.with_request_options(**request).request(delete_saved_search_call(id))

    async def filter_options(self, **request: Unpack[RequestOptions]) -> LeadFinderFilterOptionsResponse:
        return await self._t.with_request_options(**request).request(filter_options_call())

    async def suggest(
        self, query: str, limit: int | None = None, **request: Unpack[RequestOptions]
    ) -> LeadFinderSuggestResponse:
        return await self._t.with_request_options(**request).request(suggest_call(query, limit))

    def reveal_job(self, job_id: str, **request: Unpack[RequestOptions]) -> AsyncRevealJob:
        return AsyncRevealJob(self._t.with_request_options(**request), job_id)

    def reveal_jobs(
        self,
        status: str | None = None,
        *,
        page_size: int = JOB_LIST_PAGE_MAX,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[RevealJobListResponse, RevealJobSummary]:
        return AsyncPager(self._t.with_request_options(**request), reveal_jobs_spec(status, page_size))

    async def export(self, filters: Filters, **options: Unpack[ExportOptions]) -> AsyncExportJob:
        """See LeadFinder.export."""
        t = self._t.with_request_options(**split_request_options(options, timeout=True)[0])
        envelope = await t.request(export_call(filters, **options))
        return AsyncExportJob(t, envelope.data.job_id, submitted=envelope)

    def export_job(self, job_id: str, **request: Unpack[RequestOptions]) -> AsyncExportJob:
        return AsyncExportJob(self._t.with_request_options(**request), job_id)

    def export_jobs(
        self,
        status: str | None = None,
        *,
        page_size: int = JOB_LIST_PAGE_MAX,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[LeadExportJobListResponse, LeadExportJobSummary]:
        return AsyncPager(self._t.with_request_options(**request), export_jobs_spec(status, page_size))
