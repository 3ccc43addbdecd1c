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

import os
import signal
import sys


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
