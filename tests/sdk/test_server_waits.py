"""Server-directed waits: whatever a Retry-After, retry-after-ms or X-RateLimit-Reset header
says (nan, inf, 1e9, garbage), the SDK neither raises a bare exception nor sleeps unboundedly:
one pause while polling is capped, a wait(timeout=) deadline is never slept past, and every long
pause is logged."""

from __future__ import annotations

import logging
import math

import httpx
import pytest
from enrichso import WaitTimeoutError, errors
from enrichso._core import flow as _flow
from enrichso._core import jobs as _jobs
from enrichso._core.retry import (
    rate_limit_reset_seconds,
    retry_after_seconds,
    server_wait,
    status_retry_delay,
)
from hypothesis import given
from hypothesis import strategies as st

from .conftest import make_client, ok
from .test_jobs import BATCH, Clock

HEADERS = ("retry-after", "retry-after-ms", "x-ratelimit-reset")
HOSTILE = ("nan", "NaN", "inf", "-inf", "1e999", "-1e999", "1e9", "infinity", "-0", "9" * 400)
header_maps = st.dictionaries(st.sampled_from(HEADERS), st.text() | st.sampled_from(HOSTILE), max_size=3)


def _sane(value: float | None) -> bool:
    return value is None or (math.isfinite(value) and value >= 0)


@given(headers=header_maps, status=st.sampled_from([408, 429, 500, 503, 520]))
def test_header_parsers_return_a_finite_wait_or_none_for_any_text(
    headers: dict[str, str], status: int
) -> None:
    assert _sane(retry_after_seconds(headers))
    assert _sane(rate_limit_reset_seconds(headers))
    assert _sane(server_wait(status, headers))
    for unsafe in (False, True):
        assert _sane(status_retry_delay(status, headers, retries_taken=0, max_retries=2, unsafe=unsafe))


@pytest.mark.parametrize("header", HEADERS)
@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_wait_header_is_retried_with_a_finite_pause(header: str, value: str) -> None:
    answers = iter([httpx.Response(429, headers={header: value}, json={"title": "Too Many Requests"})])

    def handler(request: httpx.Request) -> httpx.Response:
        return next(answers, None) or ok(
            {"organizationId": "o", "balance": 1, "currency": "credits", "asOf": "2026-01-01T00:00:00Z"}
        )

    client, seen = make_client(handler)
    try:
        client.wallets.balance()
    except Exception as exc:  # only the SDK's own errors (a too-long wait is a RateLimitError)
        from enrichso import errors

        assert isinstance(exc, errors.EnrichError), repr(exc)
        assert _sane(getattr(exc, "retry_after", None))
    assert all(_sane(s) for s in seen.sleeps)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(_jobs.time, "monotonic", fake.monotonic)
    return fake


def _polled(clock: Clock, retry_after: str, limited: int):
    """A client whose batch status answers 429 with `retry_after` `limited` times, then completed;
    its sleeps advance the fake clock."""
    answers = iter([httpx.Response(429, headers={"retry-after": retry_after}, json={})] * limited)
    client, seen = make_client(lambda r: next(answers, None) or ok({"batchId": BATCH, "status": "completed"}))

    def sleep(seconds: float) -> None:
        seen.sleeps.append(seconds)
        clock.now += seconds

    client._transport.sleep = sleep
    client._transport.max_retries = 0
    return client, seen


@pytest.mark.parametrize("retry_after", ["86400", "1e9", "inf", "nan", "1e999"])
def test_polling_never_sleeps_out_a_huge_retry_after(
    clock: Clock, retry_after: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="enrichso")
    client, seen = _polled(clock, retry_after, limited=3)
    assert client.email_validation.batch(BATCH).wait().succeeded
    assert seen.sleeps and all(_sane(s) and s <= _jobs.MAX_POLL_SLEEP for s in seen.sleeps)
    long = [s for s in seen.sleeps if s >= _flow.LONG_SLEEP]
    assert caplog.text.count("waiting") >= len(long)


@pytest.mark.parametrize("retry_after", ["86400", "1e9", "inf", "250"])
def test_polling_never_sleeps_past_the_wait_deadline(clock: Clock, retry_after: str) -> None:
    client, seen = _polled(clock, retry_after, limited=1000)
    started = clock.now
    with pytest.raises(WaitTimeoutError) as caught:
        client.email_validation.batch(BATCH).wait(timeout=600)
    assert clock.now - started <= 600 and sum(seen.sleeps) <= 600
    assert caught.value.job_id == BATCH


@pytest.mark.parametrize("asked", [float("nan"), float("inf"), -1.0, 1e9])
def test_no_pause_of_any_flow_is_unbounded_or_not_a_number(
    asked: float, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="enrichso")
    seconds = _flow.sleep_seconds(_flow.Sleep(asked, "a test"))
    assert 0 <= seconds <= _flow.MAX_SLEEP
    assert ("waiting 300 s (a test)" in caplog.text) == (seconds == _flow.MAX_SLEEP)


@pytest.mark.parametrize("value", ["-5", "-0.5", "-1e3", "soon", "12abc"])
@pytest.mark.parametrize("header", ["retry-after", "retry-after-ms"])
def test_a_negative_or_unreadable_wait_falls_back_to_the_backoff(header: str, value: str) -> None:
    """A negative Retry-After was read as 0 and retried with no pause at all."""
    client, seen = make_client(lambda r: httpx.Response(503, headers={header: value}, json={}), max_retries=3)
    with pytest.raises(errors.InternalServerError):
        client.wallets.balance()
    assert len(seen.sleeps) == 3
    for taken, pause in enumerate(seen.sleeps):
        full = min(0.5 * 2.0**taken, 8.0)
        assert 0.75 * full <= pause <= full


def test_a_negative_retry_after_in_a_body_is_no_wait() -> None:
    answer = httpx.Response(429, json={"statusCode": 429, "retryAfter": -30})
    client, _ = make_client(lambda r: answer, max_retries=0)
    with pytest.raises(errors.RateLimitError) as caught:
        client.wallets.balance()
    assert caught.value.retry_after is None


def test_a_storm_of_retry_after_zero_is_not_a_hot_loop() -> None:
    """`Retry-After: 0` on every answer retried with no pause at all, max_retries times; the first
    retry may be prompt, the later ones wait at least the backoff of the retry before."""
    client, seen = make_client(
        lambda r: httpx.Response(429, headers={"retry-after": "0"}, json={}), max_retries=6
    )
    with pytest.raises(errors.RateLimitError):
        client.wallets.balance()
    assert seen.sleeps[0] == 0.0
    for taken, pause in enumerate(seen.sleeps[1:]):
        assert pause >= 0.75 * min(0.5 * 2.0**taken, 8.0)
    assert sum(seen.sleeps) >= 0.75 * (0.5 + 1 + 2 + 4 + 8)


def test_polling_through_retry_after_zero_pauses_at_least_the_interval(clock: Clock) -> None:
    """A job's wait() polled again at once after a 429 with `Retry-After: 0` (a hot loop for as
    long as the server kept answering so)."""
    client, seen = _polled(clock, "0", limited=8)
    assert client.email_validation.batch(BATCH).wait(poll_interval=0).succeeded
    assert len(seen.sleeps) == 8 and all(s > 0 for s in seen.sleeps)
    assert seen.sleeps[-1] >= 0.75 * 8.0  # consecutive 429s back off


def test_the_patient_reads_of_a_pipeline_pause_after_retry_after_zero() -> None:
    from enrichso._core.patience import pause_after

    limited = errors.RateLimitError("x", status_code=429, headers={}, body=b"")
    limited.retry_after = 0.0
    assert pause_after(limited, 1) >= 0.75 * 2.0  # type: ignore[operator]
    limited.retry_after = 30.0
    assert pause_after(limited, 1) == 30.0
