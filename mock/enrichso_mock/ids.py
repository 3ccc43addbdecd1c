"""Identifiers in the API's styles, reproducible for a seed.

24-hex ids look like MongoDB ObjectIds (8 hex of Unix seconds + 16 hex derived from the seed, the
organization and a counter); UUIDs are derived the same way.
"""

from __future__ import annotations

import hashlib
import itertools
import threading
import uuid


def organization_id_for_key(key: str) -> str:
    """The organization behind a key: 24 hex, a pure function of the key (never reversible)."""
    return hashlib.blake2b(key.encode(), digest_size=12, person=b"enrich-org").hexdigest()


def key_fingerprint(key: str) -> str:
    """What the simulator stores instead of the key itself."""
    return hashlib.blake2b(key.encode(), digest_size=16, person=b"enrich-key").hexdigest()


class IdFactory:
    def __init__(self, seed: int, scope: str) -> None:
        self._prefix = f"{seed}:{scope}:".encode()
        self._counter = itertools.count(1)
        self._lock = threading.Lock()

    def _next_digest(self, size: int) -> bytes:
        with self._lock:
            n = next(self._counter)
        return hashlib.blake2b(self._prefix + str(n).encode(), digest_size=size).digest()

    def object_id(self, epoch: float) -> str:
        return f"{int(epoch) & 0xFFFFFFFF:08x}" + self._next_digest(8).hex()

    def uuid(self) -> str:
        return str(uuid.UUID(bytes=self._next_digest(16), version=4))

    def hex(self, length: int = 24) -> str:
        return self._next_digest((length + 1) // 2).hex()[:length]
