"""Every exception the SDK raises, in one hierarchy (README.md "Errors" has the full table).

EnrichError
 +-- APIError
 |    +-- APIStatusError (the server answered with a non-2xx status)
 |    |    +-- BadRequestError 400, AuthenticationError 401, InsufficientCreditsError 402,
 |    |    |   PermissionDeniedError 403, NotFoundError 404, ConflictError 409, GoneError 410,
 |    |    |   UnprocessableEntityError 422, RateLimitError 429, InternalServerError 5xx
 |    +-- APIConnectionError (no response) +-- APITimeoutError
 |    +-- APIResponseValidationError (a 2xx body that does not match the spec)
 |    +-- ResponseTooLargeError (a body longer than max_response_bytes once decoded)
 |    +-- OutcomeUnknownError (a credit-taking request may or may not have been applied)
 |         +-- SubmitNotReconciledError (and the wallet cannot tell whether it was)
 +-- CreditCheckError (preflight: a *_many run refused to start; nothing was submitted)
 |    +-- PreflightBalanceError, CreditBudgetExceededError
 +-- JobError
 |    +-- JobFailedError, WaitTimeoutError
 +-- JournalError (a *_many journal file cannot be read or written)
 |    +-- JournalInUseError, JournalConflictError, JournalStaleError
 +-- WebhookParseError
 +-- ConfigurationError (no API key, bad base URL)
 +-- ClientClosedError (also a RuntimeError: a request on a client after close())
 +-- MissingExtraError (also an ImportError: an optional library is not installed)
 +-- InputsChangedError (also a RuntimeError: a list given to a *_many method shortened during the run)
 +-- InputsTypeError (also a TypeError: a *_many method given a DataFrame or a single string)
 +-- InvalidParameterError (also a ValueError: an argument that cannot be sent as asked)
 +-- PicklingRefusedError (also a TypeError: pickling an object that holds the API key)

Server-side vs preflight: InsufficientCreditsError is the API's 402; PreflightBalanceError is the
SDK's own check before a *_many run. Old names kept: SubmitOutcomeUnknownError (the same class as
OutcomeUnknownError) and InsufficientBalanceError (deprecated: PreflightBalanceError, with a
DeprecationWarning).

Messages never contain the API key: the transport scrubs it before an error is built, and
scrub() does the same for text of your own (a log line, a message that quotes a request).
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Mapping
from functools import lru_cache
from typing import Any
from urllib.parse import quote, quote_plus

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "CreditBudgetExceededError",
    "CreditCheckError",
    "EnrichError",
    "GoneError",
    "InsufficientCreditsError",
    "InputsChangedError",
    "InputsTypeError",
    "MissingExtraError",
    "InternalServerError",
    "InvalidParameterError",
    "JobError",
    "JobFailedError",
    "JournalConflictError",
    "JournalError",
    "JournalInUseError",
    "JournalStaleError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "PicklingRefusedError",
    "PreflightBalanceError",
    "RateLimitError",
    "ResponseTooLargeError",
    "SubmitNotReconciledError",
    "SubmitOutcomeUnknownError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "WebhookParseError",
    "scrub",
]


class EnrichError(Exception):
    """Base class of every error raised by enrichso."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickle (a ProcessPoolExecutor worker sending its error back) must not call __init__:
        # most subclasses take keyword-only members. Rebuild from the message, then the members.
        return (_unpickle, (type(self), self.args), self.__dict__)


def _unpickle(cls: type[EnrichError], args: tuple[Any, ...]) -> EnrichError:
    return cls.__new__(cls, *args)


class ConfigurationError(EnrichError):
    """The client cannot be built as asked (no API key, unusable base URL)."""


class InvalidParameterError(EnrichError, ValueError):
    """An argument cannot be sent as asked, e.g. an id that is empty, `.` or `..` (as a path
    segment it would address another resource). Raised before any request."""


class APIError(EnrichError):
    """A request to the Enrich API did not succeed."""

    method: str | None
    path: str | None

    def __init__(self, message: str, *, method: str | None = None, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path


class APIStatusError(APIError):
    """The API answered with an error status. The RFC 9457 members are parsed from any of the
    four error body shapes the API sends; `body` is the raw response body."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        headers: Mapping[str, str],
        body: bytes,
        method: str | None = None,
        path: str | None = None,
        request_id: str | None = None,
        type: str | None = None,
        title: str | None = None,
        detail: str | None = None,
        instance: str | None = None,
        problem: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message, method=method, path=path)
        self.status_code = status_code
        self.headers = headers
        self.body = body
        self.request_id = request_id
        self.type = type
        self.title = title
        self.detail = detail
        self.instance = instance
        # the parsed JSON error body (any shape), or None when the body was not a JSON object
        self.problem = problem


class BadRequestError(APIStatusError):
    """400: the request is invalid; `detail` says which member (e.g. "body/email Invalid email")."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, invalid, revoked or disabled."""


class InsufficientCreditsError(APIStatusError):
    """402: the wallet cannot cover the operation. `required` and `available` are the credit
    figures when the body states them (problem detail text, extension members or the legacy
    detail object); None otherwise."""

    required: float | None = None
    available: float | None = None


class PermissionDeniedError(APIStatusError):
    """403: the account is suspended or the product needs an approved application
    (`access_status` is none, pending, rejected or revoked when the body says so)."""

    access_status: str | None = None


class NotFoundError(APIStatusError):
    """404: no such batch, job, invitation or saved search."""


class ConflictError(APIStatusError):
    """409: e.g. an export downloaded before it completed, or a duplicate submission."""


class GoneError(APIStatusError):
    """410: the resource expired (e.g. a follower scrape too old to continue)."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well formed but cannot be applied (e.g. nothing left to continue)."""


class RateLimitError(APIStatusError):
    """429: too many requests. `retry_after` is the server's wait in seconds when it gave one.
    Raised once the retries are spent, or at once when the wait is longer than the client's cap."""

    retry_after: float | None = None


class InternalServerError(APIStatusError):
    """5xx, including statuses outside the IANA registry such as Cloudflare's 520."""


class APIConnectionError(APIError):
    """No response was received (DNS, refused connection, reset, TLS...)."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIResponseValidationError(APIError):
    """A 2xx response whose body does not match the spec (not JSON, truncated, a member missing,
    or a member of the wrong type). `operation` is the operation that answered (when known) and
    `member` the JSON member at fault (e.g. `data.balance`, `data.results[3].result`) when the
    error is about one: a member the spec types is never read as None because it holds a value
    of another type (null and absent optional members are None)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: bytes,
        method: str | None = None,
        path: str | None = None,
        operation: str | None = None,
        member: str | None = None,
    ) -> None:
        super().__init__(message, method=method, path=path)
        self.status_code = status_code
        self.body = body
        self.operation = operation
        self.member = member


class ResponseTooLargeError(APIError):
    """The answer's body, decoded, is longer than the client's `max_response_bytes` (`limit`):
    reading stopped there (a compressed bomb or an endless answer never fills the memory)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        limit: int,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message, method=method, path=path)
        self.status_code = status_code
        self.limit = limit


class OutcomeUnknownError(APIError):
    """A request that reserves or charges credits (a batch submit, a job start, a single lookup
    or search charged on success) failed after it may have reached the server (read timeout,
    dropped connection, 5xx). It was NOT retried, because a second send could reserve or charge
    credits twice. `sent` is the JSON body that was sent (None for bodiless requests; a
    StreamedBodySummary for a *_many submit, whose body is streamed rather than held in memory);
    `cause` is the underlying error (None when a rerun found the attempt unresolved in its
    journal). Reconcile before resubmitting: list recent batches or check
    the wallet's transactions."""

    def __init__(
        self,
        message: str,
        *,
        method: str,
        path: str,
        operation: str,
        sent: Any,
        cause: APIError | None,
    ) -> None:
        super().__init__(message, method=method, path=path)
        self.operation = operation
        self.sent = sent
        self.cause = cause

    @property
    def status_code(self) -> int | None:
        """The status the server answered with, or None when no response arrived."""
        return self.cause.status_code if isinstance(self.cause, APIStatusError) else None


# The name before single lookups raised it too; the very same class, so old `except` clauses hold.
SubmitOutcomeUnknownError = OutcomeUnknownError


class SubmitNotReconciledError(OutcomeUnknownError):
    """A *_many pipeline's submit may have reached the server, and the wallet's transactions
    cannot tell whether it did (they carry no batch metadata, or several could be it). Nothing was
    sent again. The message says what was sent and how to check; `item_count`, `credits` (what
    the submit would have reserved) and `since` (the ISO time of the last deduction before the
    submit, None when unknown) say what to look for in the wallet's transactions."""

    def __init__(
        self,
        message: str,
        *,
        method: str,
        path: str,
        operation: str,
        sent: Any,
        cause: APIError | None,
        item_count: int,
        credits: float | None,
        since: str | None,
    ) -> None:
        super().__init__(message, method=method, path=path, operation=operation, sent=sent, cause=cause)
        self.item_count = item_count
        self.credits = credits
        self.since = since


class CreditCheckError(EnrichError):
    """A *_many pipeline refused to start: its estimated cost (unique items x the documented
    price per item) is more than the wallet holds or than the budget allows. Nothing was
    submitted. `estimated` is that cost in credits."""

    def __init__(self, message: str, *, estimated: float, items: int, credits_per_item: float) -> None:
        super().__init__(message)
        self.estimated = estimated
        self.items = items
        self.credits_per_item = credits_per_item


class PreflightBalanceError(CreditCheckError):
    """Preflight, client side: the wallet cannot cover what a *_many run would reserve, so it did
    not start (the API's own 402 is InsufficientCreditsError). `required` and `available` are in
    credits. Formerly InsufficientBalanceError (a deprecated alias)."""

    def __init__(
        self, message: str, *, estimated: float, items: int, credits_per_item: float, available: float
    ) -> None:
        super().__init__(message, estimated=estimated, items=items, credits_per_item=credits_per_item)
        self.required = estimated
        self.available = available


class CreditBudgetExceededError(CreditCheckError):
    """The run could cost more than `max_credits` (`budget`)."""

    def __init__(
        self, message: str, *, estimated: float, items: int, credits_per_item: float, budget: float
    ) -> None:
        super().__init__(message, estimated=estimated, items=items, credits_per_item=credits_per_item)
        self.budget = budget


class JobError(EnrichError):
    """Base class of the errors about asynchronous jobs."""

    def __init__(self, message: str, *, job_id: str, kind: str, status: Any = None) -> None:
        super().__init__(message)
        self.job_id = job_id
        self.kind = kind
        # the last JobStatus seen
        self.status = status


class JobFailedError(JobError):
    """The job ended in a failed (or cancelled) state; `error` is the server's reason when given."""

    def __init__(
        self, message: str, *, job_id: str, kind: str, status: Any = None, error: str | None = None
    ) -> None:
        super().__init__(message, job_id=job_id, kind=kind, status=status)
        self.error = error


class WaitTimeoutError(JobError):
    """wait() reached its deadline. The job itself is still running on the server: re-attach
    later by id (e.g. `client.email_validation.batch(job_id)`)."""


class WebhookParseError(EnrichError):
    """A webhook body is not JSON, not an object, has an unknown `event`, or does not match the
    callback's schema."""

    def __init__(self, message: str, *, event: str | None = None) -> None:
        super().__init__(message)
        self.event = event


class JournalError(EnrichError):
    """A *_many journal file cannot be read or written (not a journal, a corrupt record, disk
    full, I/O error). The run stops: it never goes on as if nothing had been submitted, since an
    earlier run may have reserved credits that only this file records. `path` names the file.
    Raised before the submit it was to record is sent: nothing unrecorded ever leaves."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class JournalInUseError(JournalError):
    """Another process is running with this journal, or another run of this process is
    submitting with the same journal object (two runs of one input would both submit)."""


class JournalConflictError(JournalError):
    """A journal refused a submit: an earlier run of the same input, recorded in it, submitted
    other batches (with other options, or the same items in another order); going on would
    submit, and charge, again. Raised by a journal's before_submit or find; nothing was sent."""


class JournalStaleError(JournalError):
    """A batch the journal recorded is unknown to the API (expired, or another API endpoint)."""


class ClientClosedError(EnrichError, RuntimeError):
    """A request on a client whose connections are closed: close() or the end of its `with` block
    was called (on it, or on the client a with_options() copy shares its connections with), or
    the http_client it was given was closed. Nothing was sent; make a new client."""


class MissingExtraError(EnrichError, ImportError):
    """An optional library a feature needs is not installed (pandas, polars, pyarrow and narwhals
    for the frame methods and Parquet, dask for enrichso.dask); the message names the extra:
    `pip install 'enrichso[frames]'`. Nothing was sent."""


class InputsChangedError(EnrichError, RuntimeError):
    """The list or tuple given to a *_many method lost rows, or had rows inserted or removed
    before the ones still to come, while the run read it back (it is referred to, not copied: the
    rows are not held twice). The rows already yielded are right; the rest would have been dropped
    silently or yielded with another row's result. Rows appended at its end are ignored. Do not
    change the list during the run."""


class InputsTypeError(EnrichError, TypeError):
    """A *_many method was given something that is not an iterable of inputs, though it iterates:
    a DataFrame or table (it iterates its column names) or a single string (its characters).
    Nothing was read or sent."""


class PicklingRefusedError(EnrichError, TypeError):
    """An object that holds the API key (a client's ClientOptions, or an Enrich / AsyncEnrich
    client) was pickled. A pickle is plain bytes: whoever reads it (a cache, a queue, a task
    result store, a worker's log) could load the key from it, so it is refused. copy.deepcopy
    works (in memory); to rebuild a client in another process, give that process the key itself
    (ENRICH_API_KEY) and the other settings."""


REDACTED = "[redacted]"


@lru_cache(maxsize=8)
def secret_forms(secret: str) -> tuple[str, ...]:
    """Every way `secret` may appear in a message, a URL or a JSON body (raw, repr, bytes repr,
    percent-encoded, JSON-escaped), longest first."""
    forms = {
        secret,
        repr(secret)[1:-1],
        repr(secret.encode("utf-8", "backslashreplace"))[2:-1],
        quote(secret, safe=""),
        quote(secret, safe="").lower(),
        quote_plus(secret, safe=""),
        quote(secret),
        json.dumps(secret)[1:-1],
        json.dumps(secret)[1:-1].replace("/", "\\/"),
    }
    forms.discard("")
    return tuple(sorted(forms, key=len, reverse=True))


def scrub(text: str, *secrets: str | None, replacement: str = REDACTED) -> str:
    """`text` with every form of each secret (typically the API key) replaced by `replacement`:
    the scrubbing the SDK applies to its own errors and logs, for text of your own (the command
    line runs everything it prints through it). Empty or None secrets are skipped; a key is also
    matched without its surrounding whitespace, as the client uses it."""
    keys = {key for secret in secrets if secret for key in (secret, secret.strip()) if key}
    forms = {form for key in keys for form in secret_forms(key)}
    for form in sorted(forms, key=len, reverse=True):
        text = text.replace(form, replacement)
    return text


# Deprecated names: still importable, with a DeprecationWarning saying what replaced them.
_DEPRECATED = {"InsufficientBalanceError": "PreflightBalanceError"}


def __getattr__(name: str) -> Any:
    if name in _DEPRECATED:
        new = _DEPRECATED[name]
        warnings.warn(
            f"enrichso.errors.{name} is deprecated: use {new} (the client's preflight check; "
            "the API's 402 is InsufficientCreditsError)",
            DeprecationWarning,
            stacklevel=2,
        )
        return globals()[new]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
