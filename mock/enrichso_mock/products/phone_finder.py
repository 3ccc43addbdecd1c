"""Phone Finder: phoneLookup (GET), createPhoneBulkJob, getPhoneBulkJobStatus/Results."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .. import batch, lookups
from ..batch import BatchJob, BatchProduct, dedupe
from ..call import Call
from ..data import phones as data
from ..data.hashing import Hasher
from ..jobs import Progress
from ..problems import validation_error
from ..registry import operation

PRICE = 500
MAX_ITEMS = 500_000  # emails and linkedins together (docs/api-notes.md 3.4)
Target = tuple[str, str]  # ("email" | "linkedin", value)


@lru_cache(maxsize=16)
def hasher(seed: int) -> Hasher:
    return Hasher(seed, "phone_finder")


class PhoneBulkJob(BatchProduct[Target]):
    name = "phone_finder"
    submit_operation = "createPhoneBulkJob"
    status_operation = "getPhoneBulkJobStatus"
    results_operation = "getPhoneBulkJobResults"
    id_parameter = "jobId"
    credits_per_item = PRICE
    item_label = "items"
    uncharged_label = "items without phone numbers"
    submit_message = "Bulk phone lookup job created"
    results_members = "batchId status totalItems processedItems successful failed results page limit"

    def read_items(self, body: dict[str, Any]) -> tuple[list[Target], int]:
        emails, linkedins = body.get("emails", []), body.get("linkedins", [])
        targets = [("email", e.strip()) for e in emails] + [("linkedin", u.strip()) for u in linkedins]
        unique = dedupe(targets, lambda target: data.key_for(*target))
        if not unique:
            raise validation_error("body must contain at least one email or linkedin")
        if len(targets) > MAX_ITEMS:
            raise validation_error(f"body must NOT have more than {MAX_ITEMS} emails and linkedins together")
        return unique, len(targets)

    def outcome(self, seed: int, item: Target) -> int:
        return data.outcome(hasher(seed), *item)

    def charged(self, code: int) -> bool:
        return code in data.CHARGED

    def result(self, seed: int, item: Target, code: int) -> dict[str, Any]:
        kind, value = item
        body: dict[str, Any] = {kind: value, "phones": data.numbers(hasher(seed), kind, value, code)}
        if code == data.NONE:
            body["error"] = data.NO_PHONE_ERROR
        return body

    def found_counts(self, job: BatchJob[Target], progress: Progress) -> dict[str, int]:
        found = job.found(progress)
        return {"successful": found, "failed": progress.processed - found}

    def webhook_result(self, job: BatchJob[Target], index: int, timestamp: str) -> dict[str, Any]:
        kind, value = job.items[index]
        phones = data.numbers(hasher(job.seed), kind, value, job.outcomes[index])
        payload: dict[str, Any] = {"job_id": job.id, "result_id": value}
        if phones:
            payload.update(type="success", phones=phones, message="Phone numbers found")
        else:
            payload.update(type="no_match", phones=[], message=data.NO_PHONE_ERROR)
        return {"event": "webhook:phone_result.completed", "timestamp": timestamp, "data": payload}

    def webhook_completion(self, job: BatchJob[Target], progress: Progress, timestamp: str) -> dict[str, Any]:
        return batch.found_completion("webhook:phone_completion.completed", job, progress, timestamp)


PRODUCT = PhoneBulkJob()
batch.serve(PRODUCT)


@operation("phoneLookup", category="enrichment")
def phone_lookup(call: Call) -> dict[str, Any]:
    email, linkedin = call.query.get("email"), call.query.get("linkedin")
    if not email and not linkedin:
        raise validation_error("querystring must have at least one of 'email' or 'linkedin'")
    kind, value = ("email", email) if email else ("linkedin", linkedin)
    assert value is not None
    lookups.require_price(call, PRICE)
    code = data.outcome(hasher(call.seed), kind, value)
    used = lookups.charge(call, PRICE, code in data.CHARGED, f"Phone finder: {value.strip()}")
    phones = data.numbers(hasher(call.seed), kind, value, code)
    return call.envelope(
        {"phones": phones}, call.enrichment_meta(used, lookups.processing_ms(call, 500, 3_000))
    )
