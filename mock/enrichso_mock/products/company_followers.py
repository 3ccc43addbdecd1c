"""Company Followers: count estimates, follower scrapes (start and continue), progress, results,
CSV export and the daily limit.

Every organization is an approved team: 100 credits per profile, 5,000 profiles a day.

Count estimates cost a flat 100 credits, wait `pending` a few seconds, run `in_progress` and
complete 30-60 s (simulated) after the start. The same company and filters estimated (and
completed) in the last 24 hours of the organization's clock are answered at once from the cache,
free. An estimate fails when the fault configuration's `failedBatchProbability` says so or when
the company slug contains "failing"; its 100 credits come back on the next status check.

A scrape reserves `max_limit x 100` at the start. It resolves the company page for a few seconds
(`total: -1`), then collects profiles on the clock (20 ms of simulated time each). About one
scrape in five under-delivers and ends `partial` (slugs containing "partial" always do; slugs
containing "unreachable" do, with a gap no continue can recover). A continue (`?batchId=` and
`{}`) reserves the recoverable gap as a separate reservation and tops up the same batch. The
first results read after the batch is done settles every reservation not yet settled, once
(a scrape with a webhookUrl settles by itself when its completion callback is sent, and when it
is observed done).

Daily limit (not documented, decided here): a scrape or continue collects at most what is left of
the day's allowance (counted from profiles delivered on the organization clock's UTC day, plus
what running scrapes still have to deliver). Beyond it the scrape ends `partial` with the rest
recoverable, so a continue on a later day (within 3 days) fills the gap; a continue while
nothing is left today is refused with 409. Results of a scrape served from the cache do not count.

A cached scrape (same company and filters, done in the last 24 hours, and holding at least as many
profiles as asked for) gets a new batch id, is done at once and is billed like any other scrape.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from starlette.responses import Response, StreamingResponse

from ..call import Call
from ..data import companies
from ..data import followers as data
from ..data.hashing import Hasher
from ..jobs import COMPLETED, QUEUED, Progress, Timeline
from ..ledger import Ledger, Reservation
from ..org import Organization
from ..problems import ApiProblem, not_found
from ..registry import job_listing, operation
from ..responses import JSONResponse

ESTIMATE_PRICE = 100
CREDITS_PER_PROFILE = 100
DAILY_LIMIT = 5_000
DAY = 86_400.0
CACHE_SECONDS = DAY
ESTIMATE_REFUND_WINDOW = 7 * DAY
CONTINUE_WINDOW = 3 * DAY
ESTIMATE_PENDING_SECONDS = 3.0
RESOLVE_SECONDS = 4.0  # a scrape's "looking up the company page" phase (total -1)
CONTINUE_QUEUED_SECONDS = 2.0
CACHE_HIT_SECONDS = 0.001  # a cached scrape is over by the time the start answers
SECONDS_PER_PROFILE = 0.02
PARTIAL_SHARE = 0.2
CONTINUE_OPERATION = "continueCompanyFollowerScrape"  # the continue page's operationId, for the ledger
ITEM_LABEL = "follower profiles"
UNCHARGED_LABEL = "undelivered follower profiles"
CACHED_ESTIMATE_MESSAGE = (
    "Served from cache: this company and filters were estimated in the last 24 hours. "
    "No credits were charged."
)
GONE_MESSAGE = "Continue is only available within 3 days of the scrape. Start a fresh scrape instead."
UNRECOVERABLE_MESSAGE = (
    "Every filter fully delivered — the remaining gap is unclassified followers that no filter can reach "
    "(not recoverable by re-running)."
)


# -- vocabularies ---------------------------------------------------------------------------------
def vocabulary(call: Call) -> data.Vocabulary:
    """The filter vocabularies are the spec's own enums, so followers always match their filters."""
    schemas = call.sim.spec.document["components"]["schemas"]
    return data.Vocabulary(
        titles=tuple(schemas["FollowerFilterJobTitle"]["enum"]),
        countries=tuple(schemas["FollowerFilterCountry"]["enum"]),
        states=tuple(schemas["FollowerFilterState"]["enum"]),
    )


@lru_cache(maxsize=16)
def _hasher(seed: int) -> Hasher:
    return Hasher(seed, "company_followers")


# -- count estimates ------------------------------------------------------------------------------
@dataclass
class Estimate:
    id: str
    company_url: str
    key: str
    population: data.Population
    created: float
    pending_for: float
    duration: float
    fails_at: float | None
    from_cache: bool = False  # answered from the cache: completed (and free) at once
    refunded: bool = False

    @property
    def completed_at(self) -> float:
        return self.created + self.duration

    def status(self, now: float) -> str:
        if self.from_cache:
            return "completed"
        if self.fails_at is not None and now >= self.fails_at:
            return "failed"
        if now < self.created + self.pending_for:
            return "pending"
        return "completed" if now >= self.completed_at else "in_progress"


# -- scrapes --------------------------------------------------------------------------------------
@dataclass
class Segment:
    """The start of a scrape, or one continue: a run of consecutive profiles on its own timeline."""

    first_index: int
    deliver: int
    timeline: Timeline
    reservation: Reservation
    key: str  # the reservation's ledger key
    errors: int = 0
    cached: bool = False  # served from the cache: does not use the daily allowance

    def progress(self, now: float) -> Progress:
        return self.timeline.at(now)


@dataclass
class Scrape:
    id: str
    company_url: str
    population: data.Population
    target: int  # min(max_limit, followers matching the filters)
    unreachable: int  # part of the gap no continue can recover
    created: float
    webhook_url: str | None
    limited_by_day: bool = False
    segments: list[Segment] = field(default_factory=list)

    def delivered(self, now: float) -> int:
        return sum(s.progress(now).processed for s in self.segments)

    def done(self, now: float) -> bool:
        return all(s.progress(now).status == COMPLETED for s in self.segments)

    def final_count(self) -> int:
        return sum(s.deliver for s in self.segments)

    def profiles(self, start: int, stop: int) -> Iterator[dict[str, Any]]:
        return (self.population.profile(i) for i in range(start, stop))


@dataclass
class FollowerState:
    estimates: dict[str, Estimate] = field(default_factory=dict)
    scrapes: dict[str, Scrape] = field(default_factory=dict)
    scrape_cache: dict[str, str] = field(default_factory=dict)  # company + filters -> latest batch id


def _state(call: Call) -> FollowerState:
    return call.org.store("company_followers", FollowerState)


def _population(call: Call, company_url: str) -> data.Population:
    company = companies.from_url(company_url)
    return data.population(call.seed, company, data.Filters.from_body(call.body), vocabulary(call))


def _cache_key(population: data.Population) -> str:
    return f"{population.company.slug}\x00{population.filters.key}"


# -- count estimate handlers ------------------------------------------------------------------------
@operation("startCountEstimate")
def start_count_estimate(call: Call) -> dict[str, Any]:
    state, now = _state(call), call.now()
    population = _population(call, call.body["companyUrl"])
    key = _cache_key(population)
    cached = _cached_estimate(state, key, now)
    batch_id = call.new_object_id()
    if cached is not None:
        state.estimates[batch_id] = Estimate(
            batch_id, call.body["companyUrl"], key, population, now, 0.0, 0.0, None, from_cache=True
        )
        body = {
            "batchId": batch_id,
            "status": "completed",
            "message": CACHED_ESTIMATE_MESSAGE,
            "fromCache": True,
            "cachedAt": call.iso(cached.completed_at),
            "data": data.estimate(population),
        }
        return call.envelope(
            body, {**call.request_meta(), "creditsUsed": 0, "creditsRemaining": call.org.wallet.balance}
        )
    call.org.wallet.deduct(
        ESTIMATE_PRICE,
        f"Count estimation — {population.company.name} (batch {batch_id})",
        {"batchId": batch_id, "operation": call.operation_id},
    )
    draw = _hasher(call.seed).draw(f"estimate\x00{call.org.id}\x00{_seeded_part(batch_id)}")
    duration = 30.0 + 30.0 * draw.unit()
    fail_fraction = call.org.faults.batch_failure_fraction(batch_id)
    if fail_fraction is None and "failing" in population.company.slug:
        fail_fraction = 0.5
    fails_at = None if fail_fraction is None else now + max(3.5, duration * fail_fraction)
    state.estimates[batch_id] = Estimate(
        batch_id, call.body["companyUrl"], key, population, now, ESTIMATE_PENDING_SECONDS, duration, fails_at
    )
    body = {
        "batchId": batch_id,
        "status": "pending",
        "message": "Count estimation job started. Results typically available within 30-60 seconds.",
    }
    meta = {**call.request_meta(), "creditsUsed": ESTIMATE_PRICE, "creditsRemaining": call.org.wallet.balance}
    return call.envelope(body, meta)


def _cached_estimate(state: FollowerState, key: str, now: float) -> Estimate | None:
    """A completed, paid estimate of the same company and filters from the last 24 hours."""
    for estimate in reversed(state.estimates.values()):
        if (
            estimate.key == key
            and not estimate.from_cache
            and estimate.status(now) == "completed"
            and now - estimate.completed_at <= CACHE_SECONDS
        ):
            return estimate
    return None


@operation("getCountEstimateStatus")
def get_count_estimate_status(call: Call) -> dict[str, Any]:
    estimate = _state(call).estimates.get(call.path["batchId"])
    if estimate is None:
        raise not_found()
    now = call.now()
    status = estimate.status(now)
    meta = call.request_meta()
    body: dict[str, Any] = {
        "batchId": estimate.id,
        "status": status,
        "companyUrl": estimate.company_url,
        "createdAt": call.iso(estimate.created),
        "completedAt": None,
    }
    if status == "completed":
        result = data.estimate(estimate.population)
        found = result["totalCount"]
        at = estimate.created if estimate.from_cache else estimate.completed_at
        body.update(
            message=f"Count estimation complete. Found {found} followers matching your criteria.",
            completedAt=call.iso(at),
            data=result,
        )
    elif status == "failed":
        _refund_failed_estimate(call, estimate, now)
        body["message"] = "Count estimation failed: the company page could not be analysed."
        if estimate.refunded:
            body["message"] += f" The {ESTIMATE_PRICE} credits were refunded."
            meta.update(creditsRefunded=ESTIMATE_PRICE, creditsRemaining=call.org.wallet.balance)
    else:
        body["message"] = (
            "Count estimation queued."
            if status == "pending"
            else "Estimating the followers matching your criteria..."
        )
    return call.envelope(body, meta)


def _refund_failed_estimate(call: Call, estimate: Estimate, now: float) -> None:
    with call.org.lock:
        if estimate.refunded or now - estimate.created > ESTIMATE_REFUND_WINDOW:
            return
        estimate.refunded = True
    call.org.wallet.refund(
        ESTIMATE_PRICE,
        f"Count estimation refund — failed batch {estimate.id}",
        {"batchId": estimate.id, "operation": "startCountEstimate"},
    )


# -- scrape: start and continue -------------------------------------------------------------------
@operation("startCompanyFollowerScrape", category="bulk")
def start_or_continue_scrape(call: Call) -> Any:
    batch_id = call.query.get("batchId")
    is_continue_body = call.body == {}
    if batch_id is not None and not is_continue_body:
        return legacy_error(
            400,
            "Bad Request",
            "A continue takes an empty body ({}): its filters come from the original batch.",
        )
    if batch_id is None and is_continue_body:
        return legacy_error(
            400, "Bad Request", "Missing batchId: pass ?batchId=<id> to continue a partial scrape."
        )
    if batch_id is not None:
        return _continue(call, batch_id)
    return _start(call)


def _start(call: Call) -> dict[str, Any]:
    state, now, body = _state(call), call.now(), call.body
    population = _population(call, body["companyUrl"])
    max_limit = int(body["max_limit"])  # 500.0 is a valid JSON Schema integer
    key = _cache_key(population)
    batch_id = call.new_object_id()
    cached = None if body.get("skipCache") else _cached_scrape(state, key, max_limit, now)
    reservation = call.org.ledger.reserve(
        batch_id, call.operation_id, ITEM_LABEL, max_limit, CREDITS_PER_PROFILE
    )  # 402 before anything else changes
    target = min(max_limit, population.count)
    scrape = Scrape(batch_id, body["companyUrl"], population, target, 0, now, body.get("webhookUrl"))
    if cached is not None:
        served = Timeline(now - CACHE_HIT_SECONDS, target, 0.0, CACHE_HIT_SECONDS)
        segment = Segment(0, target, served, reservation, batch_id, cached=True)
    else:
        collect, unreachable, errors = _under_delivery(call, population, target, batch_id)
        allowance = _allowance(call, state, now)
        deliver = min(collect, allowance)
        scrape.unreachable = unreachable
        scrape.limited_by_day = deliver < collect
        duration = max(0.5, deliver * SECONDS_PER_PROFILE)
        timeline = Timeline(now, deliver, RESOLVE_SECONDS, duration)
        segment = Segment(0, deliver, timeline, reservation, batch_id, errors)
    scrape.segments.append(segment)
    with call.org.lock:
        state.scrapes[batch_id] = scrape
        state.scrape_cache[key] = batch_id
    _follow(call, scrape, segment)
    message = "Job started. Use the progress endpoint to track status."
    if cached is not None:
        message = "Served from cache: this company and filters were scraped in the last 24 hours."
    meta = {
        **call.request_meta(),
        "creditsReserved": reservation.reserved,
        "creditsPerItem": CREDITS_PER_PROFILE,
        "estimatedCredits": reservation.reserved,
    }
    return call.envelope({"batchId": batch_id, "message": message}, meta)


def _cached_scrape(state: FollowerState, key: str, max_limit: int, now: float) -> Scrape | None:
    scrape = state.scrapes.get(state.scrape_cache.get(key, ""))
    if scrape is None or not scrape.done(now) or now - scrape.created > CACHE_SECONDS:
        return None
    wanted = min(max_limit, scrape.population.count)
    return scrape if scrape.final_count() >= wanted else None


def _seeded_part(object_id: str) -> str:
    """The part of a 24-hex id that the seed decides (its first 8 hex are the wall-clock second it
    was made: drawing from them would make two simulators of one seed answer differently)."""
    return object_id[8:]


def _under_delivery(
    call: Call, population: data.Population, target: int, batch_id: str
) -> tuple[int, int, int]:
    """(profiles the scrape will collect, the part of the gap no continue can recover, errors)."""
    slug = population.company.slug
    draw = _hasher(call.seed).draw(f"scrape\x00{call.org.id}\x00{_seeded_part(batch_id)}")
    forced = "partial" in slug or "unreachable" in slug
    if target < 10 or not (forced or draw.unit() < PARTIAL_SHARE):
        return target, 0, 0
    collect = math.floor(target * (0.55 + 0.4 * draw.unit()))
    gap = target - collect
    if "unreachable" in slug or (not forced and draw.unit() < 0.3):
        unreachable = gap
    else:
        unreachable = math.floor(gap * 0.1 * draw.unit())
    return collect, unreachable, draw.between(1, 12)


def _continue(call: Call, batch_id: str) -> Any:
    state, now = _state(call), call.now()
    scrape = state.scrapes.get(batch_id)
    if scrape is None:
        return legacy_error(404, "Not Found", "Job not found")
    if not scrape.done(now):
        if len(scrape.segments) > 1:
            return legacy_error(409, "Conflict", "A continue is already in progress for this batch.")
        return legacy_error(
            409, "Conflict", "The scrape is still running. Wait for it to finish before continuing."
        )
    delivered = scrape.final_count()
    if delivered >= scrape.target:
        return legacy_error(409, "Conflict", "This scrape completed fully — there is nothing to continue.")
    if now - scrape.created > CONTINUE_WINDOW:
        return legacy_error(410, "Gone", GONE_MESSAGE)
    recoverable = scrape.target - scrape.unreachable - delivered
    if recoverable <= 0:
        return legacy_error(422, "Unprocessable Entity", UNRECOVERABLE_MESSAGE)
    deliver = min(recoverable, _allowance(call, state, now))
    if deliver == 0:
        return legacy_error(
            409, "Conflict", "Today's follower limit is used up. Continue this scrape tomorrow."
        )
    key = f"{batch_id}/continue-{len(scrape.segments)}"
    try:
        reservation = call.org.ledger.reserve(
            batch_id, CONTINUE_OPERATION, ITEM_LABEL, recoverable, CREDITS_PER_PROFILE, key=key
        )
    except ApiProblem as problem:
        if problem.status != 402:
            raise
        detail = {"required": recoverable * CREDITS_PER_PROFILE, "itemCount": recoverable}
        return legacy_error(402, "Payment Required", "Insufficient credits", detail)
    duration = max(0.5, deliver * SECONDS_PER_PROFILE)
    timeline = Timeline(now, deliver, CONTINUE_QUEUED_SECONDS, duration)
    segment = Segment(delivered, deliver, timeline, reservation, key)
    with call.org.lock:
        scrape.segments.append(segment)
        scrape.limited_by_day = deliver < recoverable
    _follow(call, scrape, segment)
    body = {
        "batchId": batch_id,
        "message": f"Continuing scrape for the remaining {recoverable} profile(s).",
        "estimatedAdditional": recoverable,
    }
    meta = {
        **call.request_meta(),
        "creditsReserved": reservation.reserved,
        "creditsPerItem": CREDITS_PER_PROFILE,
    }
    return call.envelope(body, meta)


def legacy_error(status: int, error: str, message: str, detail: dict[str, Any] | None = None) -> Response:
    """The continue page's error shape: {error, message[, detail]} (docs/api-notes.md 3.1), not RFC 9457."""
    body: dict[str, Any] = {"error": error, "message": message}
    if detail is not None:
        body["detail"] = detail
    return JSONResponse(body, status_code=status)


# -- the daily allowance --------------------------------------------------------------------------
def _day_start(call: Call, now: float) -> float:
    """When the organization clock's current UTC day began (in its simulated seconds)."""
    return now - call.org.clock.epoch(now) % DAY


def _allowance(call: Call, state: FollowerState, now: float) -> int:
    """What today's limit still allows: the limit minus what was delivered today and what running
    scrapes still have to deliver."""
    pending = sum(s.deliver - s.progress(now).processed for s in _live_segments(state))
    return max(0, DAILY_LIMIT - _used_today(state, _day_start(call, now), now) - pending)


def _used_today(state: FollowerState, day_start: float, now: float) -> int:
    return sum(s.progress(now).processed - s.progress(day_start).processed for s in _live_segments(state))


def _live_segments(state: FollowerState) -> list[Segment]:
    """Every segment that scraped (or scrapes) LinkedIn: cached ones do not use the allowance."""
    return [s for scrape in list(state.scrapes.values()) for s in scrape.segments if not s.cached]


@operation("checkCompanyFollowerLimit")
def check_limit(call: Call) -> dict[str, Any]:
    now = call.now()
    used = _used_today(_state(call), _day_start(call, now), now)
    body = {
        "status": "approved",
        "creditsPerProfile": CREDITS_PER_PROFILE,
        "dailyLimit": DAILY_LIMIT,
        "dailyUsed": used,
        "dailyRemaining": max(0, DAILY_LIMIT - used),
    }
    return call.envelope(body, call.request_meta())


# -- progress, results, export ----------------------------------------------------------------------
def _find_scrape(call: Call) -> Scrape:
    scrape = _state(call).scrapes.get(call.path["batchId"])
    if scrape is None:
        raise not_found()
    return scrape


def settle(ledger: Ledger, scrape: Scrape, now: float) -> None:
    """Settle every finished segment not settled yet: its delivered profiles stay charged."""
    for segment in scrape.segments:
        if segment.progress(now).status == COMPLETED:
            ledger.settle(segment.key, segment.deliver, UNCHARGED_LABEL)


@operation("getCompanyFollowerProgress")
def progress(call: Call) -> dict[str, Any]:
    scrape, now = _find_scrape(call), call.now()
    processed, done = scrape.delivered(now), scrape.done(now)
    if done and scrape.webhook_url:
        settle(call.org.ledger, scrape, now)
    resolving = scrape.segments[0].progress(now).status == QUEUED
    total = -1 if resolving else scrape.target
    partial = done and processed < scrape.target
    errors = sum(s.errors * s.progress(now).processed // s.deliver for s in scrape.segments if s.deliver)
    body = {
        "batchId": scrape.id,
        "processed": processed,
        "total": total,
        "errors": errors,
        "done": done,
        "partial": partial,
        "message": _progress_message(scrape, processed, total, done, partial),
    }
    return call.envelope(body, call.request_meta())


def _progress_message(scrape: Scrape, processed: int, total: int, done: bool, partial: bool) -> str:
    if total < 0:
        return "Starting... looking up the company page."
    if not done:
        percent = 100 * processed // total if total else 100
        return f"Fetching profiles... {percent}% complete ({processed}/{total})"
    if not partial:
        return f"Scrape complete. {processed} profile(s) collected."
    message = f"Scrape finished with a partial result: {processed} of {total} profile(s) collected."
    if scrape.limited_by_day:
        return message + " The daily follower limit was reached; continue this scrape within 3 days."
    if scrape.target - scrape.unreachable > processed:
        return message + " Continue this scrape within 3 days to collect the rest."
    return message + " The remaining followers cannot be reached by any filter."


@operation("getCompanyFollowerResults")
def results(call: Call) -> dict[str, Any]:
    scrape, now = _find_scrape(call), call.now()
    if scrape.done(now):
        settle(call.org.ledger, scrape, now)
    delivered = scrape.delivered(now)
    page, limit = call.query.get("page", 1), call.query.get("limit", 100)
    start = min((page - 1) * limit, delivered)
    profiles = list(scrape.profiles(start, min(start + limit, delivered)))
    settled = [s.reservation for s in scrape.segments if s.reservation.settled]
    body = {
        "batchId": scrape.id,
        "count": len(profiles),
        "data": profiles,
        "pagination": {
            "page": page,
            "limit": limit,
            "total": delivered,
            "totalPages": math.ceil(delivered / limit),
        },
    }
    meta = {
        **call.request_meta(),
        "creditsUsed": sum(r.charged for r in settled),
        "creditsRefunded": sum(r.refunded for r in settled),
        "creditsRemaining": call.org.wallet.balance,
    }
    return call.envelope(body, meta)


CSV_COLUMNS = (
    "objectURN", "name", "firstName", "lastName", "profileUrl", "title", "companyName", "companyDomain",
    "companyProfileUrl", "location", "industry", "connectionDegree", "tenureAtCompany", "isPremium",
    "isOpenProfile", "isSaved",
)  # fmt: skip
CSV_ROWS_PER_CHUNK = 500


@operation("exportCompanyFollowerCsv")
def export_csv(call: Call) -> Response:
    scrape, now = _find_scrape(call), call.now()
    if not scrape.done(now):
        raise ApiProblem(400, "Batch is not yet complete. Wait for the scrape to finish before exporting.")
    return StreamingResponse(
        _csv_chunks(scrape, scrape.delivered(now)),
        media_type="text/csv",
        headers={"Content-Disposition": f'attachment; filename="followers-{scrape.id}.csv"'},
    )


def _csv_chunks(scrape: Scrape, count: int) -> Iterator[str]:
    """The CSV a chunk of rows at a time, so a 50,000-profile export never sits in memory whole."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for start in range(0, count, CSV_ROWS_PER_CHUNK):
        for profile in scrape.profiles(start, min(start + CSV_ROWS_PER_CHUNK, count)):
            writer.writerow(["" if profile.get(c) is None else profile.get(c) for c in CSV_COLUMNS])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue()


# -- GET /_mock/jobs ------------------------------------------------------------------------------
@job_listing
def list_jobs(org: Organization, seed: int, now: float) -> list[dict[str, Any]]:
    state = org.store("company_followers", FollowerState)
    estimates = [
        {
            "batchId": estimate.id,
            "product": "count_estimate",
            "status": estimate.status(now),
            "totalItems": None,
            "processedItems": None,
            "webhookUrl": None,
            "settled": None,  # a flat price, not a reservation
            "fromCache": estimate.from_cache,
        }
        for estimate in list(state.estimates.values())
    ]
    return estimates + [_scrape_entry(scrape, now) for scrape in list(state.scrapes.values())]


def _scrape_entry(scrape: Scrape, now: float) -> dict[str, Any]:
    """A scrape in the /_mock/jobs shape: queued while the company page is resolved, then
    processing, then completed (`partial` when it under-delivered)."""
    done, delivered = scrape.done(now), scrape.delivered(now)
    resolving = scrape.segments[0].progress(now).status == QUEUED
    return {
        "batchId": scrape.id,
        "product": "company_followers",
        "status": "completed" if done else "queued" if resolving else "processing",
        "totalItems": scrape.target,
        "processedItems": delivered,
        "webhookUrl": scrape.webhook_url,
        "settled": all(segment.reservation.settled for segment in scrape.segments),
        "partial": done and delivered < scrape.target,
        "continues": len(scrape.segments) - 1,
    }


# -- webhooks -------------------------------------------------------------------------------------
@dataclass
class SegmentDelivery:
    """One segment as the webhook dispatcher follows it (it reads id, webhook_url, product,
    timeline and progress(now), like a batch job's)."""

    id: str
    webhook_url: str
    product: FollowerWebhooks
    timeline: Timeline
    scrape: Scrape
    segment: Segment

    def progress(self, now: float) -> Progress:
        return self.timeline.at(now)


class FollowerWebhooks:
    name = "company_followers"

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger

    def webhook_result(self, job: SegmentDelivery, index: int, timestamp: str) -> dict[str, Any]:
        follower = job.scrape.population.profile(job.segment.first_index + index)
        follower["createdAt"] = timestamp
        return {
            "event": "webhook:company_follower_result.completed",
            "batchId": job.id,
            "timestamp": timestamp,
            "data": {"companyUrl": job.scrape.company_url, "follower": follower},
        }

    def webhook_completion(self, job: SegmentDelivery, progress: Progress, timestamp: str) -> dict[str, Any]:
        # The documented automatic settlement of webhook scrapes happens with the completion callback.
        settle(self.ledger, job.scrape, job.timeline.ends_at)
        return {
            "event": "webhook:company_follower_completion.completed",
            "batchId": job.id,
            "timestamp": timestamp,
            "data": {
                "companyUrl": job.scrape.company_url,
                "followerCount": job.segment.first_index + job.segment.deliver,
                "processingTimeMs": round((job.timeline.ends_at - job.timeline.started_at) * 1000),
            },
        }


def _follow(call: Call, scrape: Scrape, segment: Segment) -> None:
    if scrape.webhook_url and call.sim.settings.deliver_webhooks:
        delivery = SegmentDelivery(
            scrape.id,
            scrape.webhook_url,
            FollowerWebhooks(call.org.ledger),
            segment.timeline,
            scrape,
            segment,
        )
        call.sim.webhooks.follow(call.org, delivery)
