"""The command line's exit codes: a small, stable contract scripts can rely on."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    USAGE = 2  # a bad option, a bad argument, or bad input data (nothing was submitted)
    AUTHENTICATION = 3  # no API key, a rejected key, or a key without access to the product
    INSUFFICIENT_CREDITS = 4
    RETRY_LATER = 5  # rate limited: the same command can be run again later
    SERVER = 6  # the server failed, or the network did
    JOB = 7  # a job failed
    WAIT_TIMEOUT = 8  # a job did not finish within --wait-timeout (it keeps running on the server)


EPILOG = (
    "Exit codes: 0 success; 2 usage or bad input (nothing submitted); 3 authentication; "
    "4 insufficient credits; 5 rate limited, retry later; 6 server or network error; "
    "7 job failed; 8 a job did not finish within --wait-timeout (it keeps running)."
)
