"""Numbering distinct keys without keeping a Python object per key.

A dict of 500,000 strings costs about 90 MB (the strings, the dict, an int per value). KeyTable
keeps, per distinct key, only its hash (8 bytes in an array) and a slot in an open-addressing
table (4 bytes per slot, at most half of them used): 16 to 24 bytes a key once the table passes
4 MiB. The keys themselves live elsewhere (the pipeline's spool): on a hash match the table asks
for the stored key and compares it, so two different keys whose hashes collide are never merged.

Speed: a block of keys is hashed in one pass, and keys that are all new (the common case) are
numbered in a tight loop; the first repeat or unusable key hands the rest of the block to the
general loop, which compares keys. The hashes are stored whole, as the C-level "n" conversion
packs them (masking each to 32 bits would be a Python step per key).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from struct import calcsize, pack
from typing import cast

# 1 MiB of slots from the start: an input of up to 131,072 distinct keys never grows the table
# (each growth places every hash again, a Python step per key)
INITIAL_SLOTS = 1 << 18
FAST_GROWTH_BELOW = 1 << 20  # slots
NOT_A_KEY = 0xFFFFFFFF  # the number given to an unusable row (no key)

# an array item as wide as a hash (a Py_ssize_t, what struct's "n" packs): 8 bytes, 4 on 32 bits
_HASH_TYPECODE = next(code for code in "qli" if array(code).itemsize == calcsize("n"))

KeyOf = Callable[[int], str]  # the stored key of a distinct key number


def _empty(slots: int) -> array[int]:
    return array("I", bytes(4 * slots))


class KeyTable:
    """Distinct keys numbered 0, 1, 2... in order of first appearance."""

    def __init__(self, expected: int = 0, *, hash_of: Callable[[str], int] = hash) -> None:
        slots = INITIAL_SLOTS
        while slots < 2 * expected:
            slots *= 2
        self._slots = _empty(slots)  # number + 1 of the key in each slot, 0 when empty
        self.hashes = array(_HASH_TYPECODE)  # per key number: its hash
        self._hash = hash_of  # tests force collisions with their own

    def __len__(self) -> int:
        return len(self.hashes)

    @property
    def nbytes(self) -> int:
        return self._slots.itemsize * len(self._slots) + self.hashes.itemsize * len(self.hashes)

    def number_all(self, keys: Sequence[str | None], stored: KeyOf) -> tuple[Sequence[int], Sequence[int]]:
        """The number of every key (NOT_A_KEY for None), numbering new keys as they come; and the
        positions (in `keys`) of the new ones. `stored(n)` is the key of number n for every
        number this table gave before this call; new keys are compared with `keys` itself."""
        first = len(self.hashes)
        while first + len(keys) > len(self._slots) >> 1:  # room for all of them: no check per key
            self._grow()
        if None in keys:
            return self._number_each(keys, stored, 0)
        texts = cast("Sequence[str]", keys)  # no None: checked above
        hashes = list(map(self._hash, texts))
        new = self._number_distinct(texts, hashes, stored)
        self.hashes.frombytes(pack(f"{new}n", *hashes[:new]))  # C-level: "n" converts fastest
        if new == len(keys):  # the common case: every key new (ranges: no list of ints to build)
            return range(first, first + new), range(new)
        return self._number_each(keys, stored, new)

    def _number_distinct(self, keys: Sequence[str], hashes: list[int], stored: KeyOf) -> int:
        """Number keys from the first while each is new (the common case: row p of the block is
        the table's key first + p); returns how many, stopping before the first repeat. Their
        hashes are not in self.hashes yet: a probe reads them from `hashes`."""
        slots, known = self._slots, self.hashes
        mask = len(slots) - 1
        first = count = len(known)
        for h in hashes:
            i = h & mask
            taken = slots[i]
            while taken:
                found = taken - 1
                if found < first:
                    if known[found] == h and stored(found) == keys[count - first]:
                        return count - first
                elif hashes[found - first] == h and keys[found - first] == keys[count - first]:
                    return count - first
                i = (i + 1) & mask
                taken = slots[i]
            count += 1
            slots[i] = count
        return count - first

    def _number_each(
        self, keys: Sequence[str | None], stored: KeyOf, done: int
    ) -> tuple[list[int], list[int]]:
        """number_all key by key, comparing keys on a hash match, the first `done` keys being
        numbered already (new, one after the other)."""
        slots, hashes, hash_of = self._slots, self.hashes, self._hash
        mask = len(slots) - 1
        first_new = len(hashes) - done
        count = len(hashes)
        new_positions = list(range(done))
        numbers = list(range(first_new, count))
        number = numbers.append
        for position in range(done, len(keys)):
            key = keys[position]
            if key is None:
                number(NOT_A_KEY)
                continue
            h = hash_of(key)
            i = h & mask
            taken = slots[i]
            while taken:
                found = taken - 1
                if hashes[found] == h:
                    known = keys[new_positions[found - first_new]] if found >= first_new else stored(found)
                    if known == key:
                        break
                i = (i + 1) & mask
                taken = slots[i]
            else:
                count += 1
                slots[i] = count
                hashes.append(h)
                new_positions.append(position)
                number(count - 1)
                continue
            number(found)
        return numbers, new_positions

    def find(self, key: str, stored: KeyOf) -> int | None:
        """The number of `key`, or None when it was never numbered."""
        slots, hashes = self._slots, self.hashes
        mask = len(slots) - 1
        h = self._hash(key)
        i = h & mask
        taken = slots[i]
        while taken:
            found = taken - 1
            if hashes[found] == h and stored(found) == key:
                return found
            i = (i + 1) & mask
            taken = slots[i]
        return None

    def _grow(self) -> None:
        # every growth places every hash again: 4x at a time while the table is small (under
        # 4 MiB) halves that work for the common sizes (a 500,000-row input grows once, not
        # twice); 2x beyond, so a large table never holds more than twice the slots it needs
        factor = 4 if len(self._slots) < FAST_GROWTH_BELOW else 2
        slots = _empty(factor * len(self._slots))
        mask = len(slots) - 1
        for taken, h in enumerate(self.hashes, start=1):
            i = h & mask
            while slots[i]:
                i = (i + 1) & mask
            slots[i] = taken
        self._slots = slots
