"""IP to Company: ipToCompany, batchIpToCompany, getIpToCompanyBatchStatus/Results.

Batches start in `processing` and have UUID ids; single lookups are cached for 7 days (a repeated
lookup within that window is free)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .. import batch, lookups
from ..batch import BatchJob, BatchProduct, dedupe
from ..call import Call
from ..data import ip_company as data
from ..data.hashing import Hasher
from ..jobs import Progress
from ..registry import operation

PRICE = 100
CACHE_SECONDS = 7 * 86_400


@lru_cache(maxsize=16)
def hasher(seed: int) -> Hasher:
    return Hasher(seed, "ip_to_company")


class IpToCompanyBatch(BatchProduct[str]):
    name = "ip_to_company"
    submit_operation = "batchIpToCompany"
    status_operation = "getIpToCompanyBatchStatus"
    results_operation = "getIpToCompanyBatchResults"
    credits_per_item = PRICE
    item_label = "IPs"
    uncharged_label = "IPs without a domain"
    starts_queued = False
    uuid_ids = True
    results_members = "batchId status totalItems processedCount foundCount results page limit"

    def read_items(self, body: dict[str, Any]) -> tuple[list[str], int]:
        ips = body["ips"]
        return dedupe((entry["ip"].strip() for entry in ips), data.normalise), len(ips)

    def outcome(self, seed: int, item: str) -> int:
        return data.outcome(hasher(seed), item)

    def charged(self, code: int) -> bool:
        return code in data.CHARGED

    def result(self, seed: int, item: str, code: int) -> dict[str, Any]:
        return data.batch_result(hasher(seed), item, code)

    def status_data(self, job: BatchJob[str], progress: Progress, call: Call) -> dict[str, Any]:
        clock = call.org.clock
        return {
            "batchId": job.id,
            "status": progress.status,
            "totalItems": progress.total,
            "processedItems": progress.processed,
            "foundCount": job.charged_count(progress.processed),
            "progress": 100 if progress.total == 0 else progress.processed * 100 // progress.total,
            "createdAt": clock.iso(job.timeline.started_at),
            "completedAt": clock.iso(job.timeline.ends_at) if progress.terminal else None,
        }

    def found_counts(self, job: BatchJob[str], progress: Progress) -> dict[str, int]:
        return {"foundCount": job.found(progress)}


PRODUCT = IpToCompanyBatch()
batch.serve(PRODUCT)


class LookupCache(dict[str, float]):
    """normalised IP -> when it was last charged (organization clock)."""


@operation("ipToCompany", category="enrichment")
def ip_to_company(call: Call) -> dict[str, Any]:
    ip = call.body["ip"]
    lookups.require_price(call, PRICE)
    code = data.outcome(hasher(call.seed), ip)
    found = code in data.CHARGED
    cache = call.org.store("ip_to_company.cache", LookupCache)
    key, now = data.normalise(ip), call.now()
    cached = found and now - cache.get(key, -CACHE_SECONDS - 1) <= CACHE_SECONDS
    used = lookups.charge(call, PRICE, found and not cached, f"IP to company: {ip.strip()}")
    if used:
        cache[key] = now
    meta = {"requestId": call.request_id, "creditsUsed": used, "creditsRemaining": call.org.wallet.balance}
    return call.envelope(data.lookup(hasher(call.seed), ip, code), meta)
