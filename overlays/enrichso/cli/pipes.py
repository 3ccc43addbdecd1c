"""What a closed connection means depends on the command.

SIGPIPE stays ignored in every command (Python's own setting): with its default action, a server
closing a connection while a batch submit was being written killed the CLI mid-submit, its outcome
unrecorded. A command that writes output (`enrichso ... | head`) gets BrokenPipeError instead,
which main.run() ends quietly with 141, like any Unix filter. A server (`mock serve`, `webhooks
listen`) must not end when one client leaves while its answer is pending: `for_server()` makes sure
SIGPIPE is ignored (also when the CLI runs embedded in a process that set SIG_DFL), and the server
handles the BrokenPipeError for that connection.
"""

from __future__ import annotations

import io
import os
import signal
import sys

from .failures import UsageError


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


class ClosedOutput(io.TextIOBase):
    """Standard output of a command started without one (`>&-`, a daemon, a cron job): Python sets
    sys.stdout to None, and print() then drops its text without a word, so `enrichso wallet
    balance >&-` exited 0 having shown nothing. main.run() puts this in its place: the first text
    written to it fails the command (exit 2) instead. Commands check `stdout_closed()` before any
    request (Session.client), so a lookup that costs credits is refused before it is paid for."""

    encoding = "utf-8"

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise io.UnsupportedOperation("standard output is closed")

    def write(self, text: str) -> int:
        if text:
            raise UsageError(f"standard output is closed: nowhere to write {ANSWER}")
        return 0


ANSWER = "the answer (give the command one: `> FILE`)"


def stdout_closed() -> bool:
    """Whether the command was started without a standard output (`>&-`)."""
    return sys.stdout is None or isinstance(sys.stdout, ClosedOutput)


def refuse_closed_stdout(what: str = ANSWER) -> None:
    """UsageError (exit 2) when standard output is closed: called before anything is sent."""
    if stdout_closed():
        raise UsageError(f"standard output is closed: nowhere to write {what}; nothing was sent")


# The standard descriptors the command was started without (`2>&-`), which main() gave /dev/null
_CLOSED_AT_START: set[int] = set()


def closed_at_start(descriptor: int) -> None:
    """Remember that `descriptor` was closed when the command started (it now holds /dev/null)."""
    _CLOSED_AT_START.add(descriptor)


def names_closed_stderr(path: str) -> bool:
    """Whether `path` (`/dev/stderr`, `/dev/fd/2`...) is standard error, closed when the command
    started: it holds /dev/null now, and what is written there is lost. /dev/null named as
    itself is not: that is asked for."""
    if 2 not in _CLOSED_AT_START or os.path.abspath(path) == os.devnull:
        return False
    try:
        named, stderr = os.stat(path), os.fstat(2)
    except OSError:
        return False
    return (named.st_dev, named.st_ino) == (stderr.st_dev, stderr.st_ino)
