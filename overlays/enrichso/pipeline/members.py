"""What a chunk holds, whatever the order: a rerun of the same rows in another order (a query
without ORDER BY, a frame sorted in between) numbers its items differently, so its chunks have
other fingerprints and would be submitted, and paid for, again. The journal compares this
digest to refuse that (journal.py, FileJournal.find)."""

from __future__ import annotations

import hashlib

from .ingest import Ingested


def members_digest(product: str, data: Ingested, lo: int, hi: int) -> str:
    """sha256 of the product and the dedupe keys of items lo to hi, sorted."""
    keys = sorted(map(data.key_of_item, data.items.items(lo, hi)))
    return hashlib.sha256("\0".join([product, *keys]).encode()).hexdigest()
