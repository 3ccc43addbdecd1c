"""Free, idempotent reads that a long pipeline repeats rather than dying on.

The transport already retries each request a few times (max_retries). A pipeline that runs for
an hour makes thousands of requests, so now and then one exhausts its retries during a bad
minute; for reads that change nothing (status polls, results pages, the wallet) the pipeline
waits a little longer and asks again, up to READ_ATTEMPTS times, before giving up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from ..errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    RateLimitError,
    SubmitOutcomeUnknownError,
)
from .call import Call
from .flow import Flow, Sleep
from .retry import backoff, is_retryable_status

T = TypeVar("T")

READ_ATTEMPTS = 6
# The longest server-directed wait (Retry-After) a pipeline sleeps through before asking again;
# a longer one (a quota rather than a burst) is raised to the caller instead.
MAX_PATIENT_WAIT = 300.0
# the pause before attempt n+1 grows like the transport's backoff, from a longer base
_PAUSE_SCALE = 2.0


def is_transient(error: BaseException) -> bool:
    """Whether asking again later may succeed: no answer or a cut one, 408, 429, 5xx. (A body
    that does not match the spec is not: it would not match it the next time either.)"""
    if isinstance(error, SubmitOutcomeUnknownError):
        return False
    if isinstance(error, APIConnectionError):
        return True
    return isinstance(error, APIStatusError) and is_retryable_status(error.status_code)


def pause_after(error: APIError, attempt: int) -> float | None:
    """Seconds to wait before asking again: the backoff, or the server's Retry-After when it is
    longer (a shorter one, `0`, is no pace: the transport has already retried promptly); None
    when that is longer than MAX_PATIENT_WAIT (give up)."""
    pause = backoff(attempt) * _PAUSE_SCALE
    if isinstance(error, RateLimitError) and error.retry_after is not None:
        return max(error.retry_after, pause) if error.retry_after <= MAX_PATIENT_WAIT else None
    return pause


def read_patiently(make_call: Callable[[], Call[T]], first: Call[T] | None = None) -> Flow[T]:
    """Perform a read, asking again (with a fresh Call) after transient failures. `first` is a
    Call already started in the background (a prefetched page), used for the first attempt."""
    call = first if first is not None else make_call()
    attempt = 0
    while True:
        try:
            value: T = yield call
            return value
        except APIError as exc:
            attempt += 1
            pause = pause_after(exc, attempt)
            if attempt >= READ_ATTEMPTS or not is_transient(exc) or pause is None:
                raise
            yield Sleep(pause, f"{type(exc).__name__}, asking again")
            call = make_call()
