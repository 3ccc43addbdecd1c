"""How a batch job moves forward on its organization's clock, computed lazily (no per-item work).

A job of n items takes about 1.5 s + 0.5 ms per item of simulated time (the clock's `speed`
divides the real time). It first sits `queued` for a short while (unless its product starts in
`processing`), then items are processed at an even rate. A job chosen to fail stops at a seeded
point and turns `failed`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

QUEUED, PROCESSING, COMPLETED, FAILED = "queued", "processing", "completed", "failed"
TERMINAL = (COMPLETED, FAILED)

BASE_SECONDS = 1.5
SECONDS_PER_ITEM = 0.0005
QUEUED_SECONDS = 0.3


def duration_for(item_count: int) -> float:
    return BASE_SECONDS + SECONDS_PER_ITEM * item_count


@dataclass(frozen=True)
class Progress:
    status: str
    processed: int
    total: int

    @property
    def terminal(self) -> bool:
        return self.status in TERMINAL

    @property
    def percent(self) -> float:
        """0-100 with one decimal, as the documentation's examples (33.3, 66.7)."""
        return 100.0 if self.total == 0 else round(100.0 * self.processed / self.total, 1)


@dataclass(frozen=True)
class Timeline:
    """The schedule of one job, in simulated seconds of its organization's clock."""

    started_at: float
    item_count: int
    queued_for: float
    processing_for: float
    fail_after_items: int | None = None  # the job fails once this many items are processed

    @classmethod
    def plan(
        cls, now: float, item_count: int, *, starts_queued: bool, fail_fraction: float | None = None
    ) -> Timeline:
        total = duration_for(item_count)
        queued = QUEUED_SECONDS if starts_queued else 0.0
        fail_after = None if fail_fraction is None else int(item_count * fail_fraction)
        return cls(now, item_count, queued, total - queued, fail_after)

    @property
    def ends_at(self) -> float:
        if self.fail_after_items is None:
            return self.started_at + self.queued_for + self.processing_for
        return self.time_of_item(self.fail_after_items)

    def time_of_item(self, processed: int) -> float:
        """When the `processed`-th item finishes."""
        share = processed / self.item_count if self.item_count else 1.0
        return self.started_at + self.queued_for + self.processing_for * share

    def at(self, now: float) -> Progress:
        elapsed = now - self.started_at
        n = self.item_count
        if elapsed < self.queued_for:
            return Progress(QUEUED, 0, n)
        share = (elapsed - self.queued_for) / self.processing_for
        processed = n if share >= 1.0 else int(n * share)
        if self.fail_after_items is not None and processed >= self.fail_after_items:
            return Progress(FAILED, self.fail_after_items, n)
        if processed >= n:
            return Progress(COMPLETED, n, n)
        return Progress(PROCESSING, processed, n)


class Job(Protocol):
    """A job an organization keeps in `org.jobs` (a batch.BatchJob): all the state layer reads of it.
    Only batch.py knows what a batch job is; the state holds them and lists them."""

    @property
    def id(self) -> str: ...

    def listing(self, now: float) -> dict[str, Any]:
        """Its entry in GET /_mock/jobs."""
        ...
