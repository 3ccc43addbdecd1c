"""The job protocol shared by every asynchronous job kind: `id`, `refresh()`, `wait()`.

JobStatus is the one status object of every kind (batch, count estimate, follower scrape, lead
reveal/enrich, lead export). wait() polls adaptively: it starts short, grows the interval by half
with jitter up to a cap, waits out a rate limit (Retry-After) instead of failing, and at its
deadline raises WaitTimeoutError naming the job, which keeps running on the server.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple, Unpack

from ..errors import InvalidParameterError, JobFailedError, RateLimitError, WaitTimeoutError
from .call import Call
from .flow import MAX_SLEEP, Flow, Sleep, run_async, run_sync
from .raw_response import raw
from .request_options import RequestOptions, RequestOptionsNoTimeout
from .retry import server_floor
from .transport import AsyncTransport, SyncTransport

ProgressCallback = Callable[["JobStatus"], object]


@dataclass(frozen=True)
class JobStatus:
    """Where a job stands. `state` is the server's own word (queued, processing, completed,
    failed, pending, in_progress, cancelled...); `done` and `failed` interpret it. `processed`,
    `total` and `progress` (0-100) are None where the API does not say. `counts` holds the
    per-outcome counters some statuses carry (found, notFound, valid, ...). `model` is the parsed
    generated model when the body had the documented shape; `raw` is the status body as a dict."""

    id: str
    kind: str
    state: str
    done: bool
    failed: bool
    processed: int | None = None
    total: int | None = None
    progress: float | None = None
    error: str | None = None
    created_at: datetime | None = None
    counts: Mapping[str, int] = field(default_factory=dict)
    model: Any = field(default=None, repr=False)
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @property
    def succeeded(self) -> bool:
        return self.done and not self.failed


class PollPolicy(NamedTuple):
    """First interval, growth factor and cap (seconds) of the adaptive poll."""

    initial: float = 1.0
    factor: float = 1.5
    cap: float = 30.0


# The longest single pause while polling, whatever a Retry-After says (86,400 s was seen): a
# status poll is free, so after this long the job is simply asked again.
MAX_POLL_SLEEP = MAX_SLEEP
BATCH_POLLING = PollPolicy(initial=1.0, cap=15.0)  # the docs suggest polling every 5-10 s
QUICK_POLLING = PollPolicy(initial=0.5, cap=5.0)  # reveal/enrich jobs: the docs suggest 2 s


def _jitter(seconds: float) -> float:
    return seconds * (0.8 + 0.4 * random.random())


def wait_flow(
    *,
    job_id: str,
    kind: str,
    status_call: Callable[[], Call[JobStatus]],
    policy: PollPolicy,
    timeout: float | None,
    poll_interval: float | None,
    on_progress: ProgressCallback | None,
    remember: Callable[[JobStatus], None],
) -> Flow[JobStatus]:
    """Poll until the job is terminal. Returns the final status; raises JobFailedError for a
    failed job and WaitTimeoutError at the deadline; InvalidParameterError, before any request,
    for a timeout or poll interval that is not a number (NaN included: it compares false with
    every clock reading, so the deadline would never come) or an interval below 0 (no pause)."""
    check_seconds("timeout", timeout, negative=True)
    check_seconds("poll_interval", poll_interval)
    deadline = None if timeout is None else time.monotonic() + timeout
    interval = poll_interval if poll_interval is not None else policy.initial
    last: JobStatus | None = None
    limited = 0  # consecutive 429 answers
    while True:
        try:
            status: JobStatus = yield status_call()
        except RateLimitError as exc:
            # A long server-directed wait while polling: sleep it out (polls are free), within the
            # deadline. A short one (Retry-After: 0) is not a pace: at least the poll interval, and
            # the backoff of consecutive 429s, so a storm of them is no hot loop.
            limited += 1
            pause = max(exc.retry_after or 0.0, interval, server_floor(limited))
            if deadline is not None and time.monotonic() + min(pause, MAX_POLL_SLEEP) > deadline:
                raise _timeout(job_id, kind, last, timeout) from exc
            yield _sleep(job_id, kind, pause, "the API asked to wait (rate limited)")
            continue
        limited = 0
        last = status
        remember(status)
        if on_progress is not None:
            on_progress(status)
        if status.done:
            if status.failed:
                reason = f": {status.error}" if status.error else ""
                raise JobFailedError(
                    f"{kind} job {job_id} ended {status.state}{reason}",
                    job_id=job_id,
                    kind=kind,
                    status=status,
                    error=status.error,
                )
            return status
        pause = interval if poll_interval is not None else _jitter(interval)
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise _timeout(job_id, kind, status, timeout)
            pause = min(pause, left)
        yield _sleep(job_id, kind, pause, "polling")
        if poll_interval is None:
            interval = min(interval * policy.factor, policy.cap)


def check_seconds(name: str, value: object, *, negative: bool = False) -> None:
    """InvalidParameterError unless `value` is None or a number of seconds (NaN is none: it
    compares false with every clock reading), 0 or more unless `negative` is allowed."""
    number = isinstance(value, int | float) and not isinstance(value, bool) and not math.isnan(value)
    if value is not None and not (number and (negative or value >= 0)):  # type: ignore[operator]
        least = "" if negative else ", 0 or more"
        raise InvalidParameterError(f"{name} must be a number of seconds{least} (got {value!r})")


def _sleep(job_id: str, kind: str, seconds: float, why: str) -> Sleep:
    """The pause before the next poll, capped at MAX_POLL_SLEEP (the driver logs a long one)."""
    return Sleep(min(seconds, MAX_POLL_SLEEP), f"{kind} job {job_id}, {why}")


def _timeout(job_id: str, kind: str, last: JobStatus | None, timeout: float | None) -> WaitTimeoutError:
    where = ""
    if last is not None:
        percent = f", {last.progress:.0f}%" if last.progress is not None else ""
        where = f" (last state {last.state}{percent})"
    return WaitTimeoutError(
        f"{kind} job {job_id} did not finish within {timeout} s{where}; it is still running on the "
        f"server - re-attach to it by id to keep waiting or read its results",
        job_id=job_id,
        kind=kind,
        status=last,
    )


class _JobBase:
    kind: str = "job"
    policy: PollPolicy = BATCH_POLLING

    def __init__(self, job_id: str, *, submitted: Any = None) -> None:
        self.id = job_id
        # the submit response envelope when this handle came from a submit (None when re-attached)
        self.submitted = submitted
        # the last status seen (None before the first refresh/wait)
        self.status: JobStatus | None = None

    def _status_call(self) -> Call[JobStatus]:
        raise NotImplementedError

    def _remember(self, status: JobStatus) -> None:
        self.status = status

    def _wait_flow(
        self, timeout: float | None, poll_interval: float | None, on_progress: ProgressCallback | None
    ) -> Flow[JobStatus]:
        return wait_flow(
            job_id=self.id,
            kind=self.kind,
            status_call=self._status_call,
            policy=self.policy,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            remember=self._remember,
        )

    def __repr__(self) -> str:
        state = self.status.state if self.status else "unknown"
        return f"<{type(self).__name__} id={self.id!r} state={state!r}>"


class SyncJob(_JobBase):
    """A job handle on the sync client."""

    def __init__(self, transport: SyncTransport, job_id: str, *, submitted: Any = None) -> None:
        super().__init__(job_id, submitted=submitted)
        self._transport = transport

    @property
    def with_raw_response(self) -> RawJob:
        """`job.with_raw_response.<method>(...)` answers an APIResponse (status, headers, body of
        its last request; `.parse()` for the value), e.g. a download's headers."""
        return RawJob(self)

    def refresh(self, **request: Unpack[RequestOptions]) -> JobStatus:
        """Fetch the current status (free)."""
        status = self._transport.with_request_options(**request).request(self._status_call())
        self.status = status
        return status

    def wait(
        self,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **request: Unpack[RequestOptionsNoTimeout],
    ) -> JobStatus:
        """Poll until the job is done and return its final status.

        timeout: seconds before WaitTimeoutError (the job keeps running); None waits as long as it takes.
        poll_interval: a fixed interval in seconds; by default polling starts short and backs off.
        on_progress: called with every JobStatus seen.
        Raises JobFailedError when the job fails."""
        return run_sync(
            self._transport.with_request_options(**request),
            self._wait_flow(timeout, poll_interval, on_progress),
        )


class AsyncJob(_JobBase):
    """A job handle on the async client (await refresh(), await wait())."""

    def __init__(self, transport: AsyncTransport, job_id: str, *, submitted: Any = None) -> None:
        super().__init__(job_id, submitted=submitted)
        self._transport = transport

    @property
    def with_raw_response(self) -> AsyncRawJob:
        """See SyncJob.with_raw_response (`await job.with_raw_response.refresh()`)."""
        return AsyncRawJob(self)

    async def refresh(self, **request: Unpack[RequestOptions]) -> JobStatus:
        status = await self._transport.with_request_options(**request).request(self._status_call())
        self.status = status
        return status

    async def wait(
        self,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **request: Unpack[RequestOptionsNoTimeout],
    ) -> JobStatus:
        """See SyncJob.wait."""
        return await run_async(
            self._transport.with_request_options(**request),
            self._wait_flow(timeout, poll_interval, on_progress),
        )


class RawJob:
    """`job.with_raw_response` (sync): each method answers an APIResponse (status, headers, body
    of its last request; `.parse()` for the value)."""

    def __init__(self, job: SyncJob) -> None:
        self.refresh = raw(job.refresh)
        self.wait = raw(job.wait)


class AsyncRawJob:
    """`job.with_raw_response` (async): see RawJob."""

    def __init__(self, job: AsyncJob) -> None:
        self.refresh = raw(job.refresh)
        self.wait = raw(job.wait)
