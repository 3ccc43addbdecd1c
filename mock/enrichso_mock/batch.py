"""Batch jobs shared by every batch product: dedup, reserve, progress, paginated results, settle.

A product describes itself with a `BatchProduct` (prices, id style, how to read items from the
submit body, the outcome of one item, how a result looks); the functions `submit`, `status` and
`results` below are the handlers' whole logic. Per item the simulator stores only the normalised
input and a one-byte outcome code, and renders results page by page from (seed, input), so a
500,000-item batch is cheap.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, TypeVar

from .call import Call
from .jobs import FAILED, Progress, Timeline
from .ledger import Reservation
from .problems import not_found
from .registry import operation

Item = TypeVar("Item")


class BatchProduct(ABC, Generic[Item]):
    """What differs between batch products. Subclass it once per product."""

    name: ClassVar[str]  # e.g. "email_validation" (also the hashing namespace of its data)
    # The three operationIds serve() answers (the submit's also goes into ledger metadata), and the
    # path parameter naming the batch in the status and results paths.
    submit_operation: ClassVar[str]
    status_operation: ClassVar[str]
    results_operation: ClassVar[str]
    id_parameter: ClassVar[str] = "batchId"
    credits_per_item: ClassVar[int]
    item_label: ClassVar[str]  # "emails", "leads", ... as in "1000 emails in batch <id>"
    uncharged_label: ClassVar[
        str
    ]  # "unfound leads", ... as in "Batch refund — 3 unfound leads in batch <id>"
    starts_queued: ClassVar[bool] = True  # False: the submit already answers "processing"
    uuid_ids: ClassVar[bool] = False  # True: batch ids are UUIDs instead of 24-hex
    submit_message: ClassVar[str | None] = None  # the submit's data.message, if the product has one
    omits_uncharged_results: ClassVar[bool] = False  # True: results[] lists only the charged items

    @abstractmethod
    def read_items(self, body: dict[str, Any]) -> tuple[list[Item], int]:
        """The unique items of a submit body (after trimming and dedup) and the original count."""

    @abstractmethod
    def outcome(self, seed: int, item: Item) -> int:
        """A one-byte code for the item's result; `charged(code)` says whether it costs credits."""

    @abstractmethod
    def charged(self, code: int) -> bool: ...

    @abstractmethod
    def result(self, seed: int, item: Item, code: int) -> dict[str, Any]:
        """One entry of results[]."""

    def status_data(self, job: BatchJob[Item], progress: Progress, call: Call) -> dict[str, Any]:
        return {
            "batchId": job.id,
            "status": progress.status,
            "totalItems": progress.total,
            "processedItems": progress.processed,
            "progress": progress.percent,
        }

    def status_body(self, job: BatchJob[Item], progress: Progress, call: Call) -> dict[str, Any]:
        """The whole status response body (the enveloped status_data unless a product differs)."""
        return call.envelope(self.status_data(job, progress, call))

    # The results page's members in the documented order, space-separated as namedtuple's fields
    # (products differ in the names of the counts and whether `page` and `limit` are repeated).
    results_members: ClassVar[str] = "batchId status totalItems processedCount results"

    def found_counts(self, job: BatchJob[Item], progress: Progress) -> dict[str, int]:
        """The found / not found counts a product's results page names in results_members."""
        return {}

    def results_data(
        self, job: BatchJob[Item], progress: Progress, page: int, limit: int, results: list[dict[str, Any]]
    ) -> dict[str, Any]:
        values: dict[str, Any] = {
            "batchId": job.id,
            "status": progress.status,
            "totalItems": progress.total,
            "processedCount": progress.processed,
            "processedItems": progress.processed,
            "results": results,
            "page": page,
            "limit": limit,
            **self.found_counts(job, progress),
        }
        return {member: values[member] for member in self.results_members.split()}

    # Webhooks (None: the product sends none). `index` is the item's position in the batch.
    def webhook_result(self, job: BatchJob[Item], index: int, timestamp: str) -> dict[str, Any] | None:
        return None

    def webhook_completion(
        self, job: BatchJob[Item], progress: Progress, timestamp: str
    ) -> dict[str, Any] | None:
        return None


@dataclass
class BatchJob(Generic[Item]):
    id: str
    product: BatchProduct[Item]
    items: list[Item]
    outcomes: bytearray
    timeline: Timeline
    original_count: int
    reservation: Reservation
    seed: int
    webhook_url: str | None = None
    _visible: list[int] | None = field(default=None, repr=False)

    def progress(self, now: float) -> Progress:
        return self.timeline.at(now)

    def count(self, codes: Iterable[int], processed: int | None = None) -> int:
        """How many of the first `processed` items (default: all) have one of `codes`."""
        end = len(self.items) if processed is None else processed
        return sum(self.outcomes.count(code, 0, end) for code in codes)

    def charged_count(self, processed: int | None = None) -> int:
        return self.count(self.charged_codes(), processed)

    def found(self, progress: Progress) -> int:
        """The charged (found) items among those processed so far; none in a failed job."""
        return 0 if progress.status == FAILED else self.charged_count(progress.processed)

    def charged_codes(self) -> list[int]:
        return [code for code in set(self.outcomes) if self.product.charged(code)]

    def result(self, index: int) -> dict[str, Any]:
        return self.product.result(self.seed, self.items[index], self.outcomes[index])

    def listing(self, now: float) -> dict[str, Any]:
        progress = self.progress(now)
        return {
            "batchId": self.id,
            "product": self.product.name,
            "status": progress.status,
            "totalItems": progress.total,
            "processedItems": progress.processed,
            "webhookUrl": self.webhook_url,
            "settled": self.reservation.settled,
        }

    def visible_indices(self, progress: Progress) -> range | list[int]:
        """Indices of the items results[] shows so far."""
        if progress.status == FAILED:
            return range(0)
        if not self.product.omits_uncharged_results:
            return range(progress.processed)
        if progress.terminal:
            if self._visible is None:
                charged = self.product.charged
                self._visible = [i for i, code in enumerate(self.outcomes) if charged(code)]
            return self._visible
        charged = self.product.charged
        return [i for i in range(progress.processed) if charged(self.outcomes[i])]


def found_completion(event: str, job: BatchJob[Any], progress: Progress, timestamp: str) -> dict[str, Any]:
    """The completion callback of the products that count found / not found (phone, reverse)."""
    found = job.charged_count(progress.processed)
    return {
        "event": event,
        "timestamp": timestamp,
        "data": {
            "job_id": job.id,
            "status": progress.status,
            "total_items": progress.total,
            "found": found,
            "not_found": progress.processed - found,
            "completed_at": timestamp,
        },
    }


def dedupe(values: Iterable[Item], key: Callable[[Item], Hashable]) -> list[Item]:
    """First occurrence of each key, in input order."""
    seen: dict[Hashable, Item] = {}
    for value in values:
        seen.setdefault(key(value), value)
    return list(seen.values())


def serve(product: BatchProduct[Any]) -> None:
    """Register the handlers of the product's submit, status and results operations."""

    def submit_batch(call: Call) -> dict[str, Any]:
        return submit(call, product)

    def batch_status(call: Call) -> dict[str, Any]:
        return status(call, product, call.path[product.id_parameter])

    def batch_results(call: Call) -> dict[str, Any]:
        return results(call, product, call.path[product.id_parameter])

    operation(product.submit_operation, category="bulk")(submit_batch)
    operation(product.status_operation)(batch_status)
    operation(product.results_operation)(batch_results)


def submit(call: Call, product: BatchProduct[Item]) -> dict[str, Any]:
    """Reserve credits (or 402 before any change) and create the job."""
    org, body = call.org, call.body
    items, original_count = product.read_items(body)
    batch_id = org.ids.uuid() if product.uuid_ids else call.new_object_id()
    reservation = org.ledger.reserve(
        batch_id, product.submit_operation, product.item_label, len(items), product.credits_per_item
    )
    outcome = product.outcome
    seed = call.seed
    outcomes = bytearray(outcome(seed, item) for item in items)
    timeline = Timeline.plan(
        call.now(),
        len(items),
        starts_queued=product.starts_queued,
        fail_fraction=org.faults.batch_failure_fraction(batch_id),
    )
    job = BatchJob(
        batch_id,
        product,
        items,
        outcomes,
        timeline,
        original_count,
        reservation,
        seed,
        body.get("webhookUrl"),
    )
    with org.lock:
        org.jobs[batch_id] = job
    if job.webhook_url and call.sim.settings.deliver_webhooks:
        call.sim.webhooks.follow(org, job)
    data: dict[str, Any] = {
        "batchId": batch_id,
        "status": "queued" if product.starts_queued else "processing",
        "itemCount": len(items),
    }
    if product.submit_message is not None:
        data["message"] = product.submit_message
    data["originalCount"] = original_count
    data["duplicatesRemoved"] = original_count - len(items)
    meta = {
        "requestId": call.request_id,
        "creditsReserved": reservation.reserved,
        "creditsPerItem": product.credits_per_item,
        "estimatedCredits": reservation.reserved,
    }
    return call.envelope(data, meta)


def find_job(call: Call, product: BatchProduct[Any], batch_id: str) -> BatchJob[Any]:
    job = call.org.jobs.get(batch_id)
    if not isinstance(job, BatchJob) or job.product is not product:
        raise not_found()
    return job


def status(call: Call, product: BatchProduct[Any], batch_id: str) -> dict[str, Any]:
    job = find_job(call, product, batch_id)
    return product.status_body(job, job.progress(call.now()), call)


def results(call: Call, product: BatchProduct[Any], batch_id: str) -> dict[str, Any]:
    """A page of results; the first read after the job is terminal settles its reservation."""
    job = find_job(call, product, batch_id)
    progress = job.progress(call.now())
    reservation = job.reservation
    if progress.terminal and not reservation.settled:
        charged = 0 if progress.status == FAILED else job.charged_count()
        call.org.ledger.settle(job.id, charged, product.uncharged_label)
    page = call.query.get("page", 1)
    limit = call.query.get("limit", 100)
    visible = job.visible_indices(progress)
    start = (page - 1) * limit
    page_results = [job.result(i) for i in visible[start : start + limit]]
    meta = {
        "requestId": call.request_id,
        "creditsUsed": reservation.charged if reservation.settled else 0,
        "creditsRefunded": reservation.refunded if reservation.settled else 0,
        "creditsRemaining": call.org.wallet.balance,
        "totalItems": progress.total,
        "processedItems": progress.processed,
    }
    return call.envelope(product.results_data(job, progress, page, limit, page_results), meta)
