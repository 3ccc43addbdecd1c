"""The last step of a command whose work is done and recorded: Ctrl-C and SIGTERM are ignored.

A batch command that has put every row in place ends its journal and prints its last lines. A
signal landing then exited 130 (or 143) after a complete run; with the journal gone, a script that
retries on that code submitted, and paid for, everything again. Ignored for that step (a few
milliseconds: no request is made in it), the command exits 0; any earlier signal still stops it
with the journal kept, and the same command then re-attaches at no cost.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def ignoring_signals() -> Iterator[None]:
    """Ctrl-C and SIGTERM are ignored inside (only the main thread can; elsewhere nothing
    changes), then handled as before."""
    try:
        previous = [(number, signal.signal(number, signal.SIG_IGN)) for number in _SIGNALS]
    except ValueError:  # not the main thread: signals are not ours to change
        yield
        return
    try:
        yield
    finally:
        for number, handler in previous:
            signal.signal(number, handler)
