"""The one source of randomness for generated data: a keyed hash of (seed, product, input).

`Draw` turns one digest into a stream of independent small choices, so a result is reproducible
from its input alone and the same input gets the same answer in a single lookup and in a batch.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


class Hasher:
    """blake2b keyed by (seed, product); `copy()` of a primed object is the cheap per-item path."""

    def __init__(self, seed: int, product: str) -> None:
        self._base = hashlib.blake2b(f"{seed}\x00{product}\x00".encode(), digest_size=32)

    def digest(self, text: str) -> bytes:
        h = self._base.copy()
        h.update(text.encode())
        return h.digest()

    def draw(self, text: str) -> Draw:
        return Draw(self.digest(text))

    def unit(self, text: str) -> float:
        """A uniform number in [0, 1) for `text`."""
        return int.from_bytes(self.digest(text)[:8], "big") / 2**64


class Draw:
    """Successive choices read from a 32-byte digest (extended by re-hashing when used up)."""

    def __init__(self, digest: bytes) -> None:
        self._bytes = digest
        self._pos = 0

    def _take(self, n: int) -> int:
        if self._pos + n > len(self._bytes):
            self._bytes = hashlib.blake2b(self._bytes, digest_size=32).digest()
            self._pos = 0
        value = int.from_bytes(self._bytes[self._pos : self._pos + n], "big")
        self._pos += n
        return value

    def unit(self) -> float:
        return self._take(4) / 2**32

    def below(self, n: int) -> int:
        return self._take(4) % n

    def between(self, low: int, high: int) -> int:
        """An integer in [low, high]."""
        return low + self.below(high - low + 1)

    def pick(self, items: Sequence[T]) -> T:
        return items[self.below(len(items))]

    def sample(self, items: Sequence[T], k: int) -> list[T]:
        pool = list(items)
        return [pool.pop(self.below(len(pool))) for _ in range(min(k, len(pool)))]

    def digits(self, n: int) -> str:
        return "".join(str(self.below(10)) for _ in range(n))
