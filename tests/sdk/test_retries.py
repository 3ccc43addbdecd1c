"""Retry behaviour: counts, backoff, Retry-After forms, and the rule that a request which
reserves or charges credits is never repeated once the server may have received it."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Iterator

import httpx
import pytest
from enrichso import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    RateLimitError,
    SubmitOutcomeUnknownError,
)

from .conftest import make_async_client, make_client, ok

BALANCE = {"organizationId": "o", "balance": 5, "currency": "credits", "asOf": "2026-01-01T00:00:00Z"}
SUBMIT = {"batchId": "665a1f4e2c3b7800129dce01", "status": "queued", "itemCount": 1}


def sequence(*responses: httpx.Response | Exception):
    """A handler answering with the given responses (or raising the given errors) in turn."""
    queue: Iterator[httpx.Response | Exception] = iter(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        item = next(queue)
        if isinstance(item, Exception):
            raise item
        return item

    return handler


def problem(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json={"title": "x", "status": status}, headers=headers)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 520])
def test_get_is_retried_on_transient_statuses(status: int) -> None:
    client, seen = make_client(sequence(problem(status), problem(status), ok(BALANCE)))
    assert client.wallets.balance().data.balance == 5
    assert len(seen.requests) == 3
    assert len(seen.sleeps) == 2 and 0.3 <= seen.sleeps[0] <= 0.5 and 0.7 <= seen.sleeps[1] <= 1.0


def test_retries_are_bounded_by_max_retries() -> None:
    client, seen = make_client(sequence(*[problem(503)] * 5), max_retries=2)
    with pytest.raises(InternalServerError):
        client.wallets.balance()
    assert len(seen.requests) == 3


def test_no_retry_on_client_errors() -> None:
    client, seen = make_client(sequence(problem(400), ok(BALANCE)))
    with pytest.raises(BadRequestError):
        client.wallets.balance()
    assert len(seen.requests) == 1


def test_retry_after_seconds_is_honoured() -> None:
    client, seen = make_client(sequence(problem(429, {"retry-after": "7"}), ok(BALANCE)))
    client.wallets.balance()
    assert seen.sleeps == [7.0]


def test_retry_after_http_date_is_honoured() -> None:
    when = email.utils.formatdate(time.time() + 12, usegmt=True)
    client, seen = make_client(sequence(problem(503, {"retry-after": when}), ok(BALANCE)))
    client.wallets.balance()
    assert 9.0 <= seen.sleeps[0] <= 12.5


def test_rate_limit_reset_seconds_when_no_retry_after() -> None:
    client, seen = make_client(sequence(problem(429, {"x-ratelimit-reset": "3"}), ok(BALANCE)))
    client.wallets.balance()
    assert seen.sleeps == [3.0]


def test_retry_after_beyond_the_cap_raises_rate_limit_error_without_sleeping() -> None:
    client, seen = make_client(sequence(problem(429, {"retry-after": "3600"}), ok(BALANCE)))
    with pytest.raises(RateLimitError) as caught:
        client.wallets.balance()
    assert caught.value.retry_after == 3600
    assert seen.sleeps == [] and len(seen.requests) == 1


def test_get_is_retried_after_a_read_timeout_and_connection_errors() -> None:
    client, seen = make_client(
        sequence(httpx.ReadTimeout("slow"), httpx.ConnectError("refused"), ok(BALANCE)), max_retries=2
    )
    assert client.wallets.balance().data.balance == 5
    assert len(seen.requests) == 3


def test_connection_errors_surface_typed_when_retries_run_out() -> None:
    client, _ = make_client(sequence(*[httpx.ConnectError("refused")] * 3))
    with pytest.raises(APIConnectionError):
        client.wallets.balance()
    client, _ = make_client(sequence(*[httpx.ReadTimeout("slow")] * 3))
    with pytest.raises(APITimeoutError):
        client.wallets.balance()


@pytest.mark.parametrize(
    "failure",
    [
        problem(500),
        problem(502),
        problem(520),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("closed"),
    ],
    ids=["500", "502", "520", "read-timeout", "dropped"],
)
def test_batch_submit_is_never_repeated_once_it_may_have_arrived(failure: httpx.Response | Exception) -> None:
    client, seen = make_client(sequence(failure, ok(SUBMIT)))
    with pytest.raises(SubmitOutcomeUnknownError) as caught:
        client.email_validation.submit_batch(["a@b.co", "c@d.co"])
    assert len(seen.requests) == 1
    err = caught.value
    assert err.operation == "batchValidateEmails"
    assert err.sent == {"emails": ["a@b.co", "c@d.co"]}
    assert err.method == "POST" and err.path == "/email-validation/batch"


def test_single_charged_lookup_is_not_repeated_either() -> None:
    client, seen = make_client(sequence(problem(503), ok({})))
    with pytest.raises(SubmitOutcomeUnknownError) as caught:
        client.email_validation.validate("a@b.co")
    assert caught.value.status_code == 503 and isinstance(caught.value.cause, InternalServerError)
    assert len(seen.requests) == 1


def test_batch_submit_is_retried_when_the_server_cannot_have_seen_it() -> None:
    client, seen = make_client(
        sequence(
            httpx.ConnectError("refused"),
            problem(429, {"retry-after": "1"}),
            httpx.PoolTimeout("busy"),
            ok(SUBMIT),
        ),
        max_retries=3,
    )
    job = client.email_validation.submit_batch(["a@b.co"])
    assert job.id == SUBMIT["batchId"]
    assert len(seen.requests) == 4


def test_free_idempotent_post_is_retried() -> None:
    count = {"count": 10, "searchType": "people"}
    client, seen = make_client(sequence(problem(502), ok(count)))
    assert client.lead_finder.count({"jobTitle": "CTO"}).data.count == 10
    assert len(seen.requests) == 2


def test_max_retries_zero_disables_retries() -> None:
    client, seen = make_client(sequence(problem(503), ok(BALANCE)), max_retries=0)
    with pytest.raises(InternalServerError):
        client.wallets.balance()
    assert len(seen.requests) == 1


async def test_async_retries_the_same_way() -> None:
    client, seen = make_async_client(sequence(problem(429, {"retry-after": "2"}), problem(520), ok(BALANCE)))
    assert (await client.wallets.balance()).data.balance == 5
    assert seen.sleeps[0] == 2.0 and len(seen.requests) == 3
    client2, seen2 = make_async_client(sequence(httpx.ReadTimeout("slow"), ok(SUBMIT)))
    with pytest.raises(SubmitOutcomeUnknownError):
        await client2.email_validation.submit_batch(["a@b.co"])
    assert len(seen2.requests) == 1
