"""Reverse Email Lookup: reverseLookup, bulkReverseLookup, getBulkLookupStatus/Results."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .. import batch, lookups
from ..batch import BatchJob, BatchProduct, dedupe
from ..call import Call
from ..data import profiles as data
from ..data.hashing import Hasher
from ..jobs import Progress
from ..registry import operation

PRICE = 10


@lru_cache(maxsize=16)
def hasher(seed: int) -> Hasher:
    return Hasher(seed, "reverse_lookup")


class BulkReverseLookup(BatchProduct[str]):
    name = "reverse_lookup"
    submit_operation = "bulkReverseLookup"
    status_operation = "getBulkLookupStatus"
    results_operation = "getBulkLookupResults"
    credits_per_item = PRICE
    item_label = "emails"
    uncharged_label = "emails without a profile"
    submit_message = "Bulk lookup job created"
    omits_uncharged_results = True  # emails without a profile are left out of results[]
    results_members = "batchId status totalItems processedItems successful failed page limit results"

    def read_items(self, body: dict[str, Any]) -> tuple[list[str], int]:
        emails = body["emails"]
        return dedupe((e.strip() for e in emails), str.lower), len(emails)

    def outcome(self, seed: int, item: str) -> int:
        return data.outcome(hasher(seed), item)

    def charged(self, code: int) -> bool:
        return code in data.CHARGED

    def result(self, seed: int, item: str, code: int) -> dict[str, Any]:
        # ASSUMPTION, beyond the documented schema: each bulk result also names the email it answers
        # (an extra member; the schema allows them). As documented, results omit the emails without
        # a profile and do not name their input, so a client could not tell which row a profile
        # belongs to; the per-result webhook does name it (result_id). Clients must cope without it.
        return {"email": item, **data.profile(hasher(seed), item, full=False)}

    def found_counts(self, job: BatchJob[str], progress: Progress) -> dict[str, int]:
        found = job.found(progress)
        return {"successful": found, "failed": progress.processed - found}

    def webhook_result(self, job: BatchJob[str], index: int, timestamp: str) -> dict[str, Any]:
        email = job.items[index]
        payload: dict[str, Any] = {"job_id": job.id, "result_id": email}
        if self.charged(job.outcomes[index]):
            payload.update(type="success", result=job.result(index), message="Person found")
        else:
            payload.update(type="no_match", message="No information found")
        return {"event": "webhook:email_result.completed", "timestamp": timestamp, "data": payload}

    def webhook_completion(self, job: BatchJob[str], progress: Progress, timestamp: str) -> dict[str, Any]:
        return batch.found_completion("webhook:email_completion.completed", job, progress, timestamp)


PRODUCT = BulkReverseLookup()
batch.serve(PRODUCT)


@operation("reverseLookup", category="enrichment")
def reverse_lookup(call: Call) -> dict[str, Any]:
    email = call.body["email"]
    lookups.require_price(call, PRICE)
    code = data.outcome(hasher(call.seed), email)
    found = code in data.CHARGED
    used = lookups.charge(call, PRICE, found, f"Reverse lookup: {email.strip()}")
    profile = data.profile(hasher(call.seed), email, full=True) if found else {}
    return call.envelope(profile, call.enrichment_meta(used, lookups.processing_ms(call, 800, 3_000)))
