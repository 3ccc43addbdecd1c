"""Whether a block of values is all plain strings: the fast paths of ingest take only those."""

from __future__ import annotations

from collections.abc import Collection
from itertools import repeat
from operator import countOf, is_


def all_plain_str(values: Collection[object]) -> bool:
    """Whether every value is a str and not a subclass of it (a subclass may change what its
    methods return, and read back from JSON it would be a plain str). One C-level pass. Each
    type is compared by identity: `==` would ask the type's metaclass, which may claim to be str."""
    return countOf(map(is_, map(type, values), repeat(str)), True) == len(values)
