"""Giving free heap memory back to the operating system during a long pipeline.

A *_many pipeline allocates and frees the same kinds of buffers thousands of times (blocks of
input, results pages of about 200 KB). With glibc, memory freed in the middle of a heap stays
in the process, and the heap of the thread that prefetches results pages (each thread gets its
own) fragments: measured, a 500,000-row run kept growing by about 13 MB over its 500 pages, for
memory it no longer used. `malloc_trim(0)` returns those free pages; called every so often it
keeps the process's memory flat, for about 1 ms a call. Elsewhere (macOS, Windows, musl) this
is a no-op.

A short run is never trimmed: it has little to give back (about 2.5 MB per 100 pages), and the
first trim costs the import of ctypes (about 6 ms of CPU, a tenth of the SDK's start-up).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

_trim: Callable[[int], int] | None = None
_looked_up = False


def _malloc_trim() -> Callable[[int], int] | None:
    global _trim, _looked_up
    if not _looked_up:
        _looked_up = True
        if sys.platform.startswith("linux"):
            try:
                import ctypes

                trim = ctypes.CDLL(None).malloc_trim  # glibc only (musl has none)
            except (OSError, AttributeError):
                trim = None
            _trim = trim
    return _trim


def release_free_memory() -> None:
    """Return the heap's free pages to the operating system (glibc; elsewhere nothing)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


class Releaser:
    """Calls release_free_memory every `every` ticks, from the second time on: tick `2 * every`,
    `3 * every`... (a run shorter than that is short enough to keep what it freed)."""

    def __init__(self, every: int) -> None:
        self.every = every
        self.count = 0

    def tick(self) -> None:
        self.count += 1
        if self.count % self.every == 0 and self.count > self.every:
            release_free_memory()

    def finish(self) -> None:
        """Release once more at the end of a long run (one that ticked `every` times or more)."""
        if self.count >= self.every:
            release_free_memory()
