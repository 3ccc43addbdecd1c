"""The interface a *_many pipeline reports its submissions to, so a crashed run can resume.

A pipeline calls `find` before submitting a chunk (a batch id already recorded for the same chunk
means: do not submit again, re-attach), `before_submit` BEFORE the request leaves (so a crash
during the submit is visible), `submitted` once the server answered with a batch id,
`outcome_unknown` when the submit may or may not have been applied, and `completed` when every
result of the chunk has been yielded. No implementation ships yet (issue 8 adds a file-backed
one); any object with these methods can be passed as `journal=`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Chunk:
    """One submission of a pipeline: the product, its position, its size, and a fingerprint of
    its normalised, deduplicated items (sha256 hex) that identifies it across runs."""

    product: str
    index: int
    size: int
    fingerprint: str


class Journal(Protocol):
    def find(self, chunk: Chunk) -> str | None:
        """The batch id already submitted for this chunk, if any."""
        ...

    def before_submit(self, chunk: Chunk) -> None: ...

    def submitted(self, chunk: Chunk, batch_id: str) -> None: ...

    def outcome_unknown(self, chunk: Chunk, error: Exception) -> None: ...

    def completed(self, chunk: Chunk, batch_id: str) -> None: ...
