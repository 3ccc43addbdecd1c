"""What a run holds, whatever the order: a rerun of the same rows in another order (a query
without ORDER BY, a frame sorted in between), or cut into other batches, numbers and groups its
items differently, so its chunks have other fingerprints and would be submitted, and paid for,
again. Each chunk of a journaled run carries the run's `members` (journal.Chunk): a digest of its
items in any order and one of its chunks as cut; a FileJournal refuses a run whose items an
earlier run, cut otherwise, submitted (journal.py, FileJournal.find)."""

from __future__ import annotations

import dataclasses
import hashlib

from ..journal import Chunk
from .ingest import Ingested

BLOCK = 65_536  # items read back from the spool at a time (memory stays flat for any run)


def with_members(product: str, data: Ingested, chunks: list[Chunk]) -> list[Chunk]:
    """The chunks, each carrying the run's members: "<items digest> <chunks digest>"."""
    cut = hashlib.sha256(" ".join(chunk.key for chunk in chunks).encode()).hexdigest()
    members = f"{_items_digest(product, data)} {cut}"
    return [dataclasses.replace(chunk, members=members) for chunk in chunks]


def _items_digest(product: str, data: Ingested) -> str:
    """A digest of the run's distinct items that ignores their order: the sum of a hash of each
    item's dedupe key (a sum does not depend on the order of its terms)."""
    total = 0
    for lo in range(0, data.unique_count, BLOCK):
        for key in map(data.key_of_item, data.items.items(lo, min(lo + BLOCK, data.unique_count))):
            total += int.from_bytes(hashlib.blake2b(key.encode(), digest_size=16).digest())
    return hashlib.sha256(f"{product} {data.unique_count} {total}".encode()).hexdigest()
