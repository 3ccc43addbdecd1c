"""Whether a block of values is all plain strings: the fast paths of ingest take only those."""

from __future__ import annotations

from collections.abc import Collection
from operator import countOf


def all_plain_str(values: Collection[object]) -> bool:
    """Whether every value is a str and not a subclass of it (a subclass may change what its
    methods return, and read back from JSON it would be a plain str). One C-level pass."""
    return countOf(map(type, values), str) == len(values)
