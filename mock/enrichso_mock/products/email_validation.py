"""Email Validation: validateEmail, batchValidateEmails, getEmailValidationBatchStatus/Results."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .. import batch, lookups
from ..batch import BatchJob, BatchProduct, dedupe
from ..call import Call
from ..data import email_validation as data
from ..data.hashing import Hasher
from ..jobs import COMPLETED, Progress
from ..registry import operation

PRICE = 1


@lru_cache(maxsize=16)
def hasher(seed: int) -> Hasher:
    return Hasher(seed, "email_validation")


class EmailValidationBatch(BatchProduct[str]):
    name = "email_validation"
    submit_operation = "batchValidateEmails"
    status_operation = "getEmailValidationBatchStatus"
    results_operation = "getEmailValidationBatchResults"
    credits_per_item = PRICE
    item_label = "emails"
    uncharged_label = "risky emails"

    def read_items(self, body: dict[str, Any]) -> tuple[list[str], int]:
        emails = body["emails"]
        return dedupe((e.strip() for e in emails), str.lower), len(emails)

    def outcome(self, seed: int, item: str) -> int:
        return data.verdict(hasher(seed), seed, item)

    def charged(self, code: int) -> bool:
        return code in data.CHARGED

    def result(self, seed: int, item: str, code: int) -> dict[str, Any]:
        return data.result(hasher(seed), seed, item, code, detailed=False)

    def status_body(self, job: BatchJob[str], progress: Progress, call: Call) -> dict[str, Any]:
        if not call.org.flat_batch_status:
            return super().status_body(job, progress, call)
        # The live gateway's un-enveloped shape (docs/api-notes.md 11.1).
        done = progress.processed
        return {
            "batchId": job.id,
            "status": progress.status,
            "totalEmails": progress.total,
            "processedCount": done,
            "validCount": job.count([data.VALID], done),
            "invalidCount": job.count([data.INVALID_MAILBOX, data.INVALID_SYNTAX], done),
            "riskyCount": job.count([data.RISKY_CATCH_ALL, data.RISKY_UNKNOWN], done),
            "createdAt": int(call.org.clock.epoch(job.timeline.started_at) * 1000),
        }

    def webhook_result(self, job: BatchJob[str], index: int, timestamp: str) -> dict[str, Any]:
        r = job.result(index)
        return {
            "event": "webhook:email_lookup.completed",
            "timestamp": timestamp,
            "data": {
                "job_id": job.id,
                "result_id": r["email"],
                "result": {
                    "email": r["email"],
                    "result": r["result"],
                    "message": r["message"],
                    "provider": r["provider"],
                    "confidence": r["confidence"],
                    "is_catch_all": r["isCatchAll"],
                    "domain": r["email"].rpartition("@")[2],
                },
            },
        }

    def webhook_completion(
        self, job: BatchJob[str], progress: Progress, timestamp: str
    ) -> dict[str, Any] | None:
        if progress.status != COMPLETED:
            return None  # the documented completion event only exists for completed batches
        valid = job.count([data.VALID])
        invalid = job.count([data.INVALID_MAILBOX, data.INVALID_SYNTAX])
        risky = job.count([data.RISKY_CATCH_ALL, data.RISKY_UNKNOWN])
        return {
            "event": "validation.completed",
            "timestamp": timestamp,
            "data": {
                "job_id": job.id,
                "status": "completed",
                "total_items": progress.total,
                "successful": valid + invalid,
                "failed": risky,
                "completed_at": timestamp,
                "valid": valid,
                "invalid": invalid,
                "risky": risky,
            },
        }


PRODUCT = EmailValidationBatch()
batch.serve(PRODUCT)


@operation("validateEmail", category="enrichment")
def validate_email(call: Call) -> dict[str, Any]:
    email = call.body["email"]
    lookups.require_price(call, PRICE)
    code = data.verdict(hasher(call.seed), call.seed, email)
    used = lookups.charge(call, PRICE, code in data.CHARGED, f"Email validation: {email.strip()}")
    result = data.result(hasher(call.seed), call.seed, email, code, detailed=True)
    return call.envelope(result, call.enrichment_meta(used, lookups.processing_ms(call)))
