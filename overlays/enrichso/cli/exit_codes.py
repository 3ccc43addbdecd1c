"""The command line's exit codes: a small, stable contract scripts can rely on."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    USAGE = 2  # a bad option, a bad argument, or bad input data (nothing was submitted)
    AUTHENTICATION = 3  # no API key, a rejected key, or a key without access to the product
    INSUFFICIENT_CREDITS = 4
    RETRY_LATER = 5  # rate limited: the same command can be run again later
    SERVER = 6  # the server failed, or the network did
    JOB = 7  # a job failed, or it did not finish within --wait-timeout (it keeps running)
    WAIT_TIMEOUT = 7  # the same code as JOB (documented since 0.1.0); the message tells them apart
    JOURNAL = 8  # the run's journal cannot be read: nothing was submitted (see the message)
    INCOMPLETE = 9  # every row was written, but some rows' outcome is unknown (enrich_error)
    # the output could not be written after the work was paid for (a full disk, a file too
    # large): a batch's results are kept in its journal, and the same command finishes the run
    # without paying again
    OUTPUT = 10


EPILOG = (
    "Exit codes: 0 success; 2 usage or bad input (nothing submitted); 3 authentication; "
    "4 insufficient credits; 5 rate limited, retry later; 6 server or network error; "
    "7 job failed or did not finish within --wait-timeout (it keeps running); "
    "8 unreadable journal (nothing submitted); 9 output written, some rows without a known result; "
    "10 the output could not be written (a full disk...): run the same command again, nothing is "
    "charged twice."
)
