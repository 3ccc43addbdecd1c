"""Email Finder: findEmail, batchFindEmails, getEmailFinderBatchStatus/Results."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .. import batch, lookups
from ..batch import BatchJob, BatchProduct, dedupe
from ..call import Call
from ..data import email_finder as data
from ..data.hashing import Hasher
from ..jobs import COMPLETED, Progress
from ..registry import operation

PRICE = 10
Lead = tuple[str, str, str]  # (firstName, lastName, domain), trimmed


@lru_cache(maxsize=16)
def hasher(seed: int) -> Hasher:
    return Hasher(seed, "email_finder")


class EmailFinderBatch(BatchProduct[Lead]):
    name = "email_finder"
    submit_operation = "batchFindEmails"
    status_operation = "getEmailFinderBatchStatus"
    results_operation = "getEmailFinderBatchResults"
    credits_per_item = PRICE
    item_label = "leads"
    uncharged_label = "unfound leads"

    def read_items(self, body: dict[str, Any]) -> tuple[list[Lead], int]:
        leads = body["leads"]
        trimmed = (
            (lead["firstName"].strip(), lead["lastName"].strip(), lead["domain"].strip()) for lead in leads
        )
        return dedupe(trimmed, lambda lead: data.lead_key(*lead)), len(leads)

    def outcome(self, seed: int, item: Lead) -> int:
        return data.outcome(hasher(seed), seed, *item)

    def charged(self, code: int) -> bool:
        return code in data.CHARGED

    def result(self, seed: int, item: Lead, code: int) -> dict[str, Any]:
        return data.result(seed, *item, code)

    def status_body(self, job: BatchJob[Lead], progress: Progress, call: Call) -> dict[str, Any]:
        if not call.org.flat_batch_status:
            return super().status_body(job, progress, call)
        # The live gateway's un-enveloped shape (docs/api-notes.md 11.1).
        found = job.charged_count(progress.processed)
        return {
            "batchId": job.id,
            "status": progress.status,
            "totalLeads": progress.total,
            "processedCount": progress.processed,
            "foundCount": found,
            "notFoundCount": progress.processed - found,
            "errorCount": 0,
            "createdAt": int(call.org.clock.epoch(job.timeline.started_at) * 1000),
        }

    def webhook_result(self, job: BatchJob[Lead], index: int, timestamp: str) -> dict[str, Any]:
        r = job.result(index)
        outcome: dict[str, Any] = {
            "email": r.get("email", ""),
            "result": "found" if r["found"] else "not_found",
            "message": r["message"],
            "is_catch_all": r.get("isCatchAll", False),
            "domain": r["domain"],
        }
        if r["found"]:
            outcome.update(confidence=r["confidence"], provider=r["provider"])
        result_id = r.get("email") or f"{r['firstName']} {r['lastName']} <{r['domain']}>"
        return {
            "event": "webhook:finder_lookup.completed",
            "timestamp": timestamp,
            "data": {"job_id": job.id, "result_id": result_id, "result": outcome},
        }

    def webhook_completion(
        self, job: BatchJob[Lead], progress: Progress, timestamp: str
    ) -> dict[str, Any] | None:
        if progress.status != COMPLETED:
            return None  # the documented completion event only exists for completed batches
        found = job.charged_count()
        return {
            "event": "finder.completed",
            "timestamp": timestamp,
            "data": {
                "job_id": job.id,
                "status": "completed",
                "total_items": progress.total,
                "successful": found,
                "failed": progress.total - found,
                "completed_at": timestamp,
                "found": found,
                "not_found": progress.total - found,
            },
        }


PRODUCT = EmailFinderBatch()
batch.serve(PRODUCT)


@operation("findEmail", category="enrichment")
def find_email(call: Call) -> dict[str, Any]:
    first, last, domain = call.body["firstName"], call.body["lastName"], call.body["domain"]
    lookups.require_price(call, PRICE)
    code = data.outcome(hasher(call.seed), call.seed, first, last, domain)
    result = data.result(call.seed, first, last, domain, code)
    used = lookups.charge(call, PRICE, code in data.CHARGED, f"Email finder: {result.get('email', domain)}")
    return call.envelope(result, call.enrichment_meta(used, lookups.processing_ms(call, 300, 2_500)))
