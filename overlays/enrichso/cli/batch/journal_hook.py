"""Where a batch run records its submissions, so an interrupted run can be resumed.

The SDK pipelines accept `journal=` (enrichso.journal.Journal). A file-backed journal belongs to
the resilience work (issue 8); until it lands, `persistent_journal` returns None and a run keeps
its record in memory only, which is enough to tell the user which jobs to re-attach to.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import platformdirs

from ...journal import Chunk, Journal


def default_journal_path(input_name: str, product: str, organization: str) -> Path:
    """The journal file of one input, product and organization under the user's cache folder."""
    resolved = input_name if input_name == "<stdin>" else str(Path(input_name).resolve())
    digest = hashlib.sha256("\0".join((resolved, product, organization)).encode()).hexdigest()[:32]
    return Path(platformdirs.user_cache_dir("enrichso")) / "journals" / f"{product}-{digest}.jsonl"


def persistent_journal(input_name: str, product: str, organization: Callable[[], str]) -> Journal | None:
    """HOOK for issue 8: return a file-backed journal at
    default_journal_path(input_name, product, organization()) here. `organization` fetches the
    key's organization id (one free request), so it is only called when a journal is wanted."""
    return None


class SubmittedJobs:
    """A Journal that remembers the batch ids a run submitted (and passes every call on to the
    persistent journal when there is one)."""

    def __init__(self, inner: Journal | None = None) -> None:
        self.inner = inner
        self.batch_ids: list[str] = []
        self.unknown: list[Chunk] = []

    def find(self, chunk: Chunk) -> str | None:
        found = self.inner.find(chunk) if self.inner is not None else None
        if found is not None:
            self.batch_ids.append(found)
        return found

    def before_submit(self, chunk: Chunk) -> None:
        if self.inner is not None:
            self.inner.before_submit(chunk)

    def submitted(self, chunk: Chunk, batch_id: str) -> None:
        self.batch_ids.append(batch_id)
        if self.inner is not None:
            self.inner.submitted(chunk, batch_id)

    def outcome_unknown(self, chunk: Chunk, error: Exception) -> None:
        self.unknown.append(chunk)
        if self.inner is not None:
            self.inner.outcome_unknown(chunk, error)

    def completed(self, chunk: Chunk, batch_id: str) -> None:
        if self.inner is not None:
            self.inner.completed(chunk, batch_id)
