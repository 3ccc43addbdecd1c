"""Lead Finder: search and count, reveal / enrich jobs, unlock names, saved searches, filter
options, company suggestions, and CSV export jobs.

Search pricing (docs/api-notes.md 3.8): a "search" is a filter combination (filters + exclusions, see
data/lead_counts.search_key). The first 50 distinct searches of a calendar month (organization
clock, UTC) get the free tier: the rows of pages 1-3 that are among the first 75 results are free.
Every other row costs 1 credit, except that pages beyond 40 are never billed ("max 40 pages
billed"). A search the balance cannot pay for is a 402 before anything is charged. `(page - 1) x
pageSize` must stay below 500,000 (400 otherwise).

Reveal and enrich jobs (`rj_...`) are charged by the worker when they start processing, not by the
submit: email 10, phone 525 per lead, fields this organization revealed before for the same lead
are free. Too small a balance fails the job ("Insufficient credits (balance: X, required: Y)",
`creditsRefunded` = required, as the documentation's example shows; nothing was deducted). When
the job completes, fields that were not found are refunded.

Export jobs (`ej_` + 16 hex) estimate their credits up front (402 when the balance is short),
deduct them when processing starts and, on completion, refund what the rows lacking the
requested email / phone did not use. Phases: queued -> fetching -> enriching (only with contact
fields) -> generating -> uploading. `failedBatchProbability` of the fault configuration also fails
reveal and export jobs (everything charged is refunded).

Jobs move on the organization's clock and nothing runs in the background: the "worker" catches
up whenever a Lead Finder job is looked at, handling every due start and finish in time order.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from starlette.responses import Response, StreamingResponse

from ..call import Call
from ..data import companies, lead_counts
from ..data import leads as data
from ..data.lead_vocab import filter_options
from ..org import Organization
from ..problems import ApiProblem, insufficient_credits, not_found, validation_error
from ..registry import job_listing, operation

EMAIL_PRICE, PHONE_PRICE, NAME_PRICE = 10, 525, 1
FIELD_PRICES = {"email": EMAIL_PRICE, "phone": PHONE_PRICE}
FREE_PAGES, FREE_RESULTS, FREE_SEARCHES_PER_MONTH, BILLED_PAGES = 3, 75, 50, 40
MAX_OFFSET = lead_counts.MAX_PAGEABLE
JOB_LIST_DAYS = 30
DAY = 86_400.0

REVEAL_PENDING_SECONDS = 0.5
REVEAL_SECONDS_PER_LEAD = 0.08  # ~2 s per 25 leads
EXPORT_QUEUED_SECONDS = 0.5
CSV_ROWS_PER_CHUNK = 1_000

PENDING, PROCESSING, COMPLETED, FAILED = "pending", "processing", "completed", "failed"
JOB_FAILED_MESSAGE = "An unexpected error occurred while processing the job."
EXPORT_FAILED_MESSAGE = "An unexpected error occurred during export."


def _meta(call: Call) -> dict[str, Any]:
    """Lead Finder meta: only the request id, in the `req_...` style of its examples."""
    return {"requestId": f"req_{call.request_id}"}


def _insufficient(balance: int, required: int) -> str:
    return f"Insufficient credits (balance: {balance}, required: {required})"


# -- reveal / enrich jobs -------------------------------------------------------------------------
@dataclass
class RevealJob:
    id: str
    job_type: str  # reveal | enrich
    fields: tuple[str, ...]
    lead_ids: tuple[str, ...]
    created: float
    starts: float
    ends: float
    fail_at: float | None  # when the fault configuration makes it fail, if it does
    started: bool = False
    finished: bool = False
    charged: int = 0
    refunded: int = 0
    already_revealed: int = 0
    charged_fields: tuple[tuple[str, str], ...] = ()  # (lead id, field) paid for by this job
    error: str | None = None
    failed_at: float | None = None
    results: list[dict[str, Any]] | None = None

    def status(self, now: float) -> str:
        if self.error is not None:
            return FAILED
        if self.finished:
            return COMPLETED
        return PROCESSING if now >= self.starts else PENDING

    def processed(self, now: float) -> int:
        if self.finished:
            return len(self.lead_ids)
        if now < self.starts:
            return 0
        share = (now - self.starts) / (self.ends - self.starts)
        return min(len(self.lead_ids) - 1, int(len(self.lead_ids) * share))


# -- export jobs ----------------------------------------------------------------------------------
PHASES = ("queued", "fetching", "enriching", "generating", "uploading")


@dataclass(frozen=True)
class ExportRows:
    """Where an export's rows come from: the selected leads (`leadIds`), or `count` rows of a
    search from `offset` on (one page, or the first `maxResults`)."""

    count: int
    seed: int
    lead_ids: tuple[str, ...] = ()
    key: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    exclude: dict[str, Any] | None = None
    offset: int = 0

    def ref(self, index: int) -> data.LeadRef:
        if self.lead_ids:
            return data.decode(self.lead_ids[index])
        return data.ref_at(self.seed, self.key, self.filters, self.exclude, self.offset + index)

    def nonce(self, index: int) -> int:
        if self.lead_ids:
            return data.decode(self.lead_ids[index]).nonce
        return data.nonce_at(self.seed, self.key, self.filters, self.exclude, self.offset + index)


@dataclass
class ExportJob:
    id: str
    name: str
    source: ExportRows
    full_names: bool
    email: bool
    phone: bool
    price: int  # credits per lead
    created: float
    phase_ends: tuple[float, ...]  # when each of PHASES ends
    fail_at: float | None
    started: bool = False
    finished: bool = False
    charged: int = 0
    refunded: int = 0
    error: str | None = None
    failed_at: float | None = None

    @property
    def estimated(self) -> int:
        return self.rows * self.price

    @property
    def rows(self) -> int:
        return self.source.count

    @property
    def starts(self) -> float:
        return self.phase_ends[0]

    @property
    def ends(self) -> float:
        return self.phase_ends[-1]

    def status(self, now: float) -> str:
        if self.error is not None:
            return FAILED
        if self.finished:
            return COMPLETED
        return PROCESSING if now >= self.starts else PENDING

    def phase(self, now: float) -> str:
        at = self.failed_at if self.failed_at is not None else now
        for name, end in zip(PHASES, self.phase_ends, strict=True):
            if at < end:
                return name
        return PHASES[-1]

    def progress(self, now: float) -> tuple[float, int]:
        """(percentage 0-100, rows processed) on the clock; rows are processed while fetching and
        enriching."""
        if self.finished:
            return 100.0, self.rows
        at = min(now, self.failed_at) if self.failed_at is not None else now
        if at < self.starts:
            return 0.0, 0
        percent = min(99.9, round(100.0 * (at - self.starts) / (self.ends - self.starts), 1))
        rows_done_at = self.phase_ends[2]
        share = min(1.0, (at - self.starts) / (rows_done_at - self.starts))
        return percent, int(self.rows * share)


@dataclass
class LeadFinderState:
    saved: dict[str, dict[str, Any]] = field(default_factory=dict)
    free_searches: dict[str, set[str]] = field(default_factory=dict)  # "YYYY-MM" -> search keys
    revealed: set[tuple[str, str]] = field(default_factory=set)  # (lead id, field) this org paid for
    reveal_jobs: dict[str, RevealJob] = field(default_factory=dict)
    export_jobs: dict[str, ExportJob] = field(default_factory=dict)


def _state(call: Call) -> LeadFinderState:
    return _org_state(call.org)


def _org_state(org: Organization) -> LeadFinderState:
    return org.store("lead_finder", LeadFinderState)


# -- the worker -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Worker:
    """What the job events act on: the organization (its wallet) and the simulator's seed."""

    org: Organization
    seed: int


def _catch_up(call: Call) -> LeadFinderState:
    return catch_up(call.org, call.seed, call.now())


def catch_up(org: Organization, seed: int, now: float) -> LeadFinderState:
    """Run every job event that is due on the clock (starts, failures, finishes), in time order:
    on every Lead Finder request that looks at jobs, and for GET /_mock/jobs."""
    state = _org_state(org)
    with org.lock:
        while True:
            jobs: list[RevealJob | ExportJob] = [*state.reveal_jobs.values(), *state.export_jobs.values()]
            events = [event for job in jobs for event in _due_events(job, now)]
            if not events:
                return state
            at, _, handler, job = min(events, key=lambda e: (e[0], e[1]))
            handler(Worker(org, seed), state, job, at)


def _due_events(job: RevealJob | ExportJob, now: float) -> list[tuple[float, str, Any, Any]]:
    if job.error is not None or job.finished:
        return []
    if not job.started:
        if job.starts > now:
            return []
        return [(job.starts, job.id, _start_reveal if isinstance(job, RevealJob) else _start_export, job)]
    if job.fail_at is not None and job.fail_at <= now:
        return [(job.fail_at, job.id, _fail_job, job)]
    if job.ends <= now:
        return [(job.ends, job.id, _finish_reveal if isinstance(job, RevealJob) else _finish_export, job)]
    return []


def _start_reveal(worker: Worker, state: LeadFinderState, job: RevealJob, at: float) -> None:
    job.started = True
    wanted = [(lead_id, f) for lead_id in job.lead_ids for f in job.fields]
    to_pay = tuple(pair for pair in wanted if pair not in state.revealed)
    required = sum(FIELD_PRICES[f] for _, f in to_pay)
    balance = worker.org.wallet.balance
    if required > balance:
        job.error, job.failed_at, job.refunded = _insufficient(balance, required), at, required
        return
    job.already_revealed = sum(all((i, f) in state.revealed for f in job.fields) for i in job.lead_ids)
    job.charged_fields, job.charged = to_pay, required
    state.revealed.update(to_pay)
    if required:
        worker.org.wallet.deduct(
            required,
            f"Lead {job.job_type} — {len(job.lead_ids)} leads (job {job.id})",
            {"jobId": job.id, "operation": "revealLeads" if job.job_type == "reveal" else "enrichLeads"},
        )


def _finish_reveal(worker: Worker, state: LeadFinderState, job: RevealJob, at: float) -> None:
    job.finished = True
    seed = worker.seed
    people = {lead_id: data.lead_by_id(seed, lead_id) for lead_id in job.lead_ids}
    job.results = [data.revealed(seed, people[lead_id], job.fields) for lead_id in job.lead_ids]
    found = {r["id"]: r for r in job.results}
    missing = 0
    for lead_id, field_name in job.charged_fields:
        value = found[lead_id].get("emailAddress" if field_name == "email" else "phone")
        if value is None:
            missing += FIELD_PRICES[field_name]
    if missing:
        job.refunded = missing
        worker.org.wallet.refund(
            missing,
            f"Lead {job.job_type} refund — contacts not found (job {job.id})",
            {"jobId": job.id, "operation": "revealLeads" if job.job_type == "reveal" else "enrichLeads"},
        )


def _fail_job(worker: Worker, state: LeadFinderState, job: RevealJob | ExportJob, at: float) -> None:
    job.failed_at = at
    job.error = JOB_FAILED_MESSAGE if isinstance(job, RevealJob) else EXPORT_FAILED_MESSAGE
    if job.charged:
        job.refunded = job.charged
        worker.org.wallet.refund(job.charged, f"Refund — failed job {job.id}", {"jobId": job.id})
    if isinstance(job, RevealJob):
        state.revealed.difference_update(job.charged_fields)


def _start_export(worker: Worker, state: LeadFinderState, job: ExportJob, at: float) -> None:
    job.started = True
    required = job.estimated
    balance = worker.org.wallet.balance
    if required > balance:
        job.error, job.failed_at = _insufficient(balance, required), at
        return
    job.charged = required
    if required:
        worker.org.wallet.deduct(
            required,
            f"Lead export — {job.rows} leads (job {job.id})",
            {"jobId": job.id, "operation": "exportLeads"},
        )


def _finish_export(worker: Worker, state: LeadFinderState, job: ExportJob, at: float) -> None:
    job.finished = True
    if not (job.email or job.phone):
        return
    missing = 0
    for index in range(job.rows):
        has_email, has_phone = data.contact_availability(worker.seed, job.source.nonce(index))
        missing += (EMAIL_PRICE if job.email and not has_email else 0) + (
            PHONE_PRICE if job.phone and not has_phone else 0
        )
    if missing:
        job.refunded = missing
        worker.org.wallet.refund(
            missing,
            f"Lead export refund — contacts not found (job {job.id})",
            {"jobId": job.id, "operation": "exportLeads"},
        )


# -- search and count -----------------------------------------------------------------------------
def _search(call: Call) -> tuple[str, dict[str, Any], dict[str, Any] | None, lead_counts.Totals]:
    filters, exclude = call.body["filters"], call.body.get("excludeFilters")
    key = lead_counts.search_key(filters, exclude)
    return key, filters, exclude, lead_counts.totals(call.seed, key)


@operation("searchLeads")
def search_leads(call: Call) -> dict[str, Any]:
    # JSON Schema integers may arrive as 44.0: read every body integer through int().
    page, page_size = int(call.body.get("page", 1)), int(call.body.get("pageSize", 25))
    offset = (page - 1) * page_size
    if offset >= MAX_OFFSET:
        raise validation_error(f"body/page (page - 1) x pageSize must be less than {MAX_OFFSET}")
    key, filters, exclude, totals = _search(call)
    count = max(0, min(page_size, totals.pageable - offset))
    free_tier = _free_tier(call, key)
    cost = 0 if page > BILLED_PAGES else count
    if free_tier and page <= FREE_PAGES:
        cost -= max(0, min(offset + count, FREE_RESULTS) - offset)
    if cost:
        call.org.wallet.deduct(
            cost,
            f"Lead search — {cost} results (page {page})",
            {"operation": call.operation_id, "page": page},
        )  # the 402 problem before anything is charged when the balance is short
    refs = (data.ref_at(call.seed, key, filters, exclude, offset + i) for i in range(count))
    rows = [data.preview(data.lead(call.seed, ref)) for ref in refs]
    total_pages = math.ceil(totals.pageable / page_size)
    pagination = {
        "page": page,
        "pageSize": page_size,
        "totalResults": totals.pageable,
        "totalPages": total_pages,
        "hasMore": page < total_pages,
        "isApproximate": totals.approximate,
        "searchedTotalResult": totals.raw,
    }
    return call.envelope({"results": rows, "pagination": pagination}, _meta(call))


def _free_tier(call: Call, key: str) -> bool:
    """Whether this search is one of the month's 50 free searches (counting it if it is new)."""
    month = datetime.fromtimestamp(call.org.clock.epoch(), tz=UTC).strftime("%Y-%m")
    state = _state(call)
    with call.org.lock:
        used = state.free_searches.setdefault(month, set())
        if key in used:
            return True
        if len(used) < FREE_SEARCHES_PER_MONTH:
            used.add(key)
            return True
        return False


@operation("countLeads")
def count_leads(call: Call) -> dict[str, Any]:
    totals = _search(call)[3]
    body = {
        "count": totals.pageable,
        "searchType": totals.search_type,
        "isApproximate": totals.approximate,
        "searchedTotalResult": totals.raw,
    }
    return call.envelope(body, _meta(call))


# -- reveal / enrich ------------------------------------------------------------------------------
def _submit_reveal(call: Call, job_type: str, fields: tuple[str, ...]) -> dict[str, Any]:
    lead_ids = tuple(dict.fromkeys(lead["id"] for lead in call.body["leads"]))
    now, job_id = call.now(), f"rj_{call.org.ids.hex(16)}"
    starts = now + REVEAL_PENDING_SECONDS
    ends = starts + max(0.4, REVEAL_SECONDS_PER_LEAD * len(lead_ids))
    fraction = call.org.faults.batch_failure_fraction(job_id)
    fail_at = None if fraction is None else starts + (ends - starts) * fraction
    state = _catch_up(call)
    with call.org.lock:
        state.reveal_jobs[job_id] = RevealJob(job_id, job_type, fields, lead_ids, now, starts, ends, fail_at)
    verb = "Reveal" if job_type == "reveal" else "Enrich"
    body = {
        "jobId": job_id,
        "status": PENDING,
        "totalLeads": len(lead_ids),
        "fields": list(fields),
        "message": f"{verb} job submitted. Poll GET /api/v3/lead-finder/reveal-jobs/{job_id} for results.",
    }
    return call.envelope(body, _meta(call))


def _fields(raw: list[str] | None) -> tuple[str, ...]:
    return tuple(f for f in ("email", "phone") if f in (raw or ("email", "phone")))


@operation("revealLeads")
def reveal_leads(call: Call) -> dict[str, Any]:
    return _submit_reveal(call, "reveal", _fields(call.body.get("fields")))


@operation("enrichLeads")
def enrich_leads(call: Call) -> dict[str, Any]:
    return _submit_reveal(call, "enrich", _fields(call.body["fields"]))


@operation("getRevealJob")
def get_reveal_job(call: Call) -> dict[str, Any]:
    state, now = _catch_up(call), call.now()
    job = state.reveal_jobs.get(call.path["jobId"])
    if job is None:
        raise not_found("Reveal job not found")
    status = job.status(now)
    body: dict[str, Any] = {
        "jobId": job.id,
        "status": status,
        "jobType": job.job_type,
        "fields": list(job.fields),
    }
    if status == FAILED:
        body.update(error=job.error, creditsRefunded=job.refunded)
    else:
        body["progress"] = {"processed": job.processed(now), "total": len(job.lead_ids)}
    if status == COMPLETED:
        body["results"] = {
            "revealed": job.results,
            "alreadyRevealed": job.already_revealed,
            "newlyRevealed": len(job.lead_ids) - job.already_revealed,
            "creditsUsed": job.charged - job.refunded,
            "creditsRefunded": job.refunded,
        }
    body["createdAt"] = call.iso(job.created)
    if status == COMPLETED:
        body["completedAt"] = call.iso(job.ends)
    return call.envelope(body, _meta(call))


@operation("listRevealJobs")
def list_reveal_jobs(call: Call) -> dict[str, Any]:
    state, now = _catch_up(call), call.now()
    jobs = _recent(call, state.reveal_jobs.values(), now)
    listed = [
        {
            "jobId": job.id,
            "status": job.status(now),
            "jobType": job.job_type,
            "fields": list(job.fields),
            "total": len(job.lead_ids),
            "processed": job.processed(now) if job.error is None else 0,
            "creditsUsed": job.charged - job.refunded if job.error is None else 0,
            "creditsRefunded": job.refunded,
            "createdAt": call.iso(job.created),
            "completedAt": call.iso(job.ends) if job.finished else None,
        }
        for job in jobs
    ]
    return call.envelope(_page_of(call, listed), _meta(call))


def _recent(call: Call, jobs: Any, now: float) -> list[Any]:
    """The jobs of the last 30 days with the requested status, newest first."""
    wanted = call.query.get("status")
    recent = [
        job
        for job in jobs
        if now - job.created <= JOB_LIST_DAYS * DAY and (wanted is None or job.status(now) == wanted)
    ]
    return sorted(recent, key=lambda job: job.created, reverse=True)


def _page_of(call: Call, items: list[dict[str, Any]]) -> dict[str, Any]:
    page, limit = call.query.get("page", 1), call.query.get("limit", 20)
    return {
        "jobs": items[(page - 1) * limit : page * limit],
        "total": len(items),
        "page": page,
        "limit": limit,
    }


# -- unlock names ---------------------------------------------------------------------------------
@operation("unlockNames")
def unlock_names(call: Call) -> dict[str, Any]:
    lead_ids = list(dict.fromkeys(lead["id"] for lead in call.body["leads"]))
    cost = NAME_PRICE * len(lead_ids)
    call.org.wallet.deduct(
        cost,
        f"Unlock names — {len(lead_ids)} leads",
        {"operation": call.operation_id, "leads": len(lead_ids)},
    )
    results = [{"id": i, "lastName": data.lead_by_id(call.seed, i).last_name} for i in lead_ids]
    return call.envelope({"results": results}, {**_meta(call), "creditsUsed": cost})


# -- saved searches, filter options, suggestions ----------------------------------------------------
@operation("listSavedSearches")
def list_saved_searches(call: Call) -> dict[str, Any]:
    return call.envelope(list(_state(call).saved.values()), _meta(call))


@operation("createSavedSearch")
def create_saved_search(call: Call) -> dict[str, Any]:
    now = call.iso()
    item = {
        "id": call.new_object_id(),
        "name": call.body["name"],
        "filters": call.body["filters"],
        "createdAt": now,
        "updatedAt": now,
    }
    state = _state(call)
    with call.org.lock:
        state.saved[item["id"]] = item
    return call.envelope(item, _meta(call))


@operation("deleteSavedSearch")
def delete_saved_search(call: Call) -> dict[str, Any]:
    state = _state(call)
    with call.org.lock:
        if state.saved.pop(call.path["id"], None) is None:
            raise not_found("Saved search not found")
    return call.envelope({"deleted": True}, _meta(call))


@operation("getFilterOptions")
def get_filter_options(call: Call) -> dict[str, Any]:
    # The documented shape, Record<string, string[]> (docs/api-notes.md 3.8); the object-per-filter shape a
    # third-party probe saw live (docs/api-notes.md 9.10) is also valid in the spec but not served here.
    return call.envelope(filter_options(), _meta(call))


@operation("suggestCompanyNames")
def suggest_company_names(call: Call) -> dict[str, Any]:
    values = companies.suggest(call.query["q"], call.query.get("limit", 20))
    return call.envelope({"values": values}, _meta(call))


# -- export ---------------------------------------------------------------------------------------
@operation("exportLeads", category="bulk")
def export_leads(call: Call) -> dict[str, Any]:
    body, now = call.body, call.now()
    source = _export_rows(call)
    rows = source.count
    email = bool(body.get("includeEmail") or body.get("includeContactInfo"))
    phone = bool(body.get("includePhone") or body.get("includeContactInfo"))
    full_names = bool(body.get("includeNames"))
    price = EMAIL_PRICE * email + PHONE_PRICE * phone + NAME_PRICE * full_names
    estimated = rows * price
    if estimated > call.org.wallet.balance:
        raise insufficient_credits(estimated, call.org.wallet.balance)
    job_id = f"ej_{call.org.ids.hex(16)}"
    created = datetime.fromtimestamp(call.org.clock.epoch(now), tz=UTC)
    name = body.get("name") or f"Lead export {created:%Y-%m-%d %H:%M}"
    durations = (
        EXPORT_QUEUED_SECONDS,
        0.5 + rows * 0.0002,  # fetching
        rows * 0.01 if email or phone else 0.0,  # enriching
        0.3 + rows * 0.00005,  # generating
        0.2,  # uploading
    )
    phase_ends = tuple(now + sum(durations[: i + 1]) for i in range(len(PHASES)))
    fraction = call.org.faults.batch_failure_fraction(job_id)
    fail_at = None if fraction is None else phase_ends[0] + (phase_ends[-1] - phase_ends[0]) * fraction
    job = ExportJob(job_id, name, source, full_names, email, phone, price, now, phase_ends, fail_at)
    state = _catch_up(call)
    with call.org.lock:
        state.export_jobs[job_id] = job
    submitted = {
        "jobId": job_id,
        "status": PENDING,
        "estimatedRows": rows,
        "estimatedCredits": estimated,
        "message": f"Export job queued. Poll GET /lead-finder/export-jobs/{job_id} for status.",
    }
    return call.envelope(submitted, _meta(call))


def _export_rows(call: Call) -> ExportRows:
    body, seed = call.body, call.seed
    if body.get("leadIds"):
        unique = tuple(dict.fromkeys(body["leadIds"]))
        return ExportRows(len(unique), seed, lead_ids=unique)
    filters, exclude = body["filters"], body.get("excludeFilters")
    key = lead_counts.search_key(filters, exclude)
    pageable = lead_counts.totals(seed, key).pageable
    if body.get("page") is not None:
        size = int(body.get("pageSize", 25))
        offset = (int(body["page"]) - 1) * size
        count = max(0, min(size, pageable - offset))
    else:
        offset, count = 0, min(int(body.get("maxResults", 1000)), pageable)
    return ExportRows(count, seed, key=key, filters=filters, exclude=exclude, offset=offset)


def _export_status(call: Call, job: ExportJob, now: float) -> dict[str, Any]:
    """An export job as getExportJob answers it: the endpoint page's examples (progress
    {processed, total}; a results block once completed; error and creditsRefunded once failed),
    or, with the fault setting flatExportJobs, the documented schema's flat shape that the live
    gateway sends (docs/api-notes.md 9.8, 11.2)."""
    if call.org.flat_export_jobs:
        return _export_summary(call, job, now)
    _, processed = job.progress(now)
    status = job.status(now)
    if status == FAILED:
        return {
            "jobId": job.id,
            "status": status,
            "error": job.error,
            "creditsRefunded": job.refunded,
            "createdAt": call.iso(job.created),
        }
    body: dict[str, Any] = {
        "jobId": job.id,
        "status": status,
        "progress": {"processed": processed, "total": job.rows},
    }
    if status == COMPLETED:
        body["results"] = {
            "totalExported": job.rows,
            "creditsUsed": job.charged - job.refunded,
            "creditsRefunded": job.refunded,
        }
    body["createdAt"] = call.iso(job.created)
    if status == COMPLETED:
        body["completedAt"] = call.iso(job.ends)
    return body


def _export_summary(call: Call, job: ExportJob, now: float) -> dict[str, Any]:
    """The documented schema's (and the live gateway's) flat shape of an export job
    (docs/api-notes.md 11.2)."""
    percent, processed = job.progress(now)
    status = job.status(now)
    return {
        "jobId": job.id,
        "name": job.name,
        "status": status,
        "phase": job.phase(now),
        "progress": percent,
        "totalRows": job.rows,
        "processedRows": processed,
        "creditsUsed": job.charged - job.refunded,
        "creditsRefunded": job.refunded,
        "error": job.error,
        "downloadUrl": _download_url(call, job) if status == COMPLETED else None,
        "createdAt": call.iso(job.created),
        "completedAt": call.iso(job.ends) if status == COMPLETED else None,
    }


def _download_url(call: Call, job: ExportJob) -> str:
    """A pre-signed-looking URL (the simulator serves the file through downloadExportJob only)."""
    signature = hashlib.blake2b(f"{call.org.id}/{job.id}".encode(), digest_size=32).hexdigest()
    return (
        f"https://enrich-lead-exports.s3.amazonaws.com/{call.org.id}/{job.id}.csv"
        f"?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=3600&X-Amz-Signature={signature}"
    )


def _find_export(call: Call) -> tuple[ExportJob, float]:
    state, now = _catch_up(call), call.now()
    job = state.export_jobs.get(call.path["jobId"])
    if job is None:
        raise not_found("Export job not found")
    return job, now


@operation("getExportJob")
def get_export_job(call: Call) -> dict[str, Any]:
    job, now = _find_export(call)
    return call.envelope(_export_status(call, job, now), _meta(call))


@operation("listExportJobs")
def list_export_jobs(call: Call) -> dict[str, Any]:
    state, now = _catch_up(call), call.now()
    listed = [_summary_entry(call, job, now) for job in _recent(call, state.export_jobs.values(), now)]
    return call.envelope(_page_of(call, listed), _meta(call))


def _summary_entry(call: Call, job: ExportJob, now: float) -> dict[str, Any]:
    """A listed export job: the list page's example ({jobId, status, total, processed,
    creditsUsed, creditsRefunded, createdAt, completedAt}), or with flatExportJobs the documented
    LeadExportJobSummary (the get shape without downloadUrl), as the live gateway sends it."""
    if not call.org.flat_export_jobs:
        _, processed = job.progress(now)
        status = job.status(now)
        return {
            "jobId": job.id,
            "status": status,
            "total": job.rows,
            "processed": processed,
            "creditsUsed": job.charged - job.refunded,
            "creditsRefunded": job.refunded,
            "createdAt": call.iso(job.created),
            "completedAt": call.iso(job.ends) if status == COMPLETED else None,
        }
    entry = _export_summary(call, job, now)
    del entry["downloadUrl"]  # LeadExportJobSummary has no download URL
    return entry


@operation("downloadExportJob")
def download_export_job(call: Call) -> Response:
    job, now = _find_export(call)
    status = job.status(now)
    if status != COMPLETED:
        raise ApiProblem(409, f"Export job is not yet completed. Current status: {status}")
    headers = {
        "Content-Disposition": f'attachment; filename="export-{job.id}.csv"',
        "X-Credits-Used": str(job.charged - job.refunded),
        "X-Credits-Refunded": str(job.refunded),
    }
    return StreamingResponse(_csv_chunks(call.seed, job), media_type="text/csv", headers=headers)


# -- GET /_mock/jobs ------------------------------------------------------------------------------
@job_listing
def list_jobs(org: Organization, seed: int, now: float) -> list[dict[str, Any]]:
    state = catch_up(org, seed, now)
    with org.lock:
        reveal_jobs, export_jobs = list(state.reveal_jobs.values()), list(state.export_jobs.values())
    listed = [
        _job_entry(job.id, f"lead_{job.job_type}", job.status(now), len(job.lead_ids), job.processed(now))
        for job in reveal_jobs
    ]
    for export in export_jobs:
        entry = _job_entry(export.id, "lead_export", export.status(now), export.rows, export.progress(now)[1])
        listed.append({**entry, "phase": export.phase(now)})
    return listed


def _job_entry(job_id: str, product: str, status: str, total: int, processed: int) -> dict[str, Any]:
    # Lead Finder jobs deduct when they start and refund what was not found: nothing is settled.
    return {
        "batchId": job_id,
        "product": product,
        "status": status,
        "totalItems": total,
        "processedItems": processed,
        "webhookUrl": None,
        "settled": None,
    }


def _csv_chunks(seed: int, job: ExportJob) -> Iterator[str]:
    """The CSV, generated a chunk of rows at a time (a 100,000-row export is never one string)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(data.csv_header(email=job.email, phone=job.phone))
    for start in range(0, job.rows, CSV_ROWS_PER_CHUNK):
        for index in range(start, min(start + CSV_ROWS_PER_CHUNK, job.rows)):
            person = data.lead(seed, job.source.ref(index))
            writer.writerow(
                data.csv_row(seed, person, full_name=job.full_names, email=job.email, phone=job.phone)
            )
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue()
