"""What a closed connection means depends on the command.

A command that writes output (`enrichso ... | head`) ends quietly when the reader of its output
leaves, like any Unix filter: the default action of SIGPIPE ends it (exit 141) at its next write.
A server (`mock serve`, `webhooks listen`) must not: there a write that fails with EPIPE means that
one client left while its answer was pending, and the server answers the next one. So SIGPIPE is
set per command: `for_output()` by the console script for every command, `for_server()` by the
servers before they listen (Python's own setting: a failed write raises BrokenPipeError, which
the server handles for that connection).
"""

from __future__ import annotations

import os
import signal
import sys


def for_output() -> None:
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)


def for_server() -> None:
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_IGN)


READER_LEFT = 128 + 13  # what a shell reports for a process ended by SIGPIPE


def forget_stdout() -> None:
    """Point standard output at /dev/null once its reader has left, so that the flush at exit
    does not fail a second time."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
