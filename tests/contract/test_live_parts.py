"""The parts of the live contract check in process: the spec's credit markers, estimates and the
budget, and how gently a call is sent (httpx.MockTransport, a recorded sleep instead of waiting)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import schemathesis

from .live import SPEC, Refused, cost_of, planned, run
from .live_check import ATTEMPTS, LONGEST_WAIT, Caller
from .live_credits import MARKER, Budget, Price, estimate, price_of, reported_credits
from .live_probes import DEFAULT_COSTLY, Probe, costly_probe, free_probes, operation_of, request_schemas
from .live_report import Report

schema = schemathesis.openapi.from_path(SPEC, config=schemathesis.Config())
spec = schema.raw_schema
BALANCE = Probe("getWalletBalance")
BALANCE_BODY = operation_of(spec, "getWalletBalance")["responses"]["200"]["content"]["application/json"][
    "examples"
]["default"]["value"]


def operations() -> dict[str, dict[str, Any]]:
    return {
        operation["operationId"]: operation
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }


def test_the_default_run_is_credit_free_by_the_specs_own_account() -> None:
    for probe in free_probes(spec):
        assert price_of(operation_of(spec, probe.operation_id)) is None, probe.operation_id
    assert planned(spec, None, None) == free_probes(spec)


@pytest.mark.parametrize("name", sorted(name for name, op in operations().items() if MARKER in op))
def test_every_credit_marker_counts_members_the_request_has(name: str) -> None:
    price = price_of(operations()[name])
    assert price is not None and price.price > 0
    assert set(price.per) <= set(request_schemas(spec, name))
    # and the spec's own request example can be priced, so it can be sent within a budget
    probe = costly_probe(spec, name)
    assert cost_of(spec, probe, price) is not None
    assert "webhookUrl" not in (probe.body or {})


def test_estimates_count_arrays_and_numbers_else_defaults_else_refuse() -> None:
    assert estimate(Price(10), {"email": "a@b.co"}, {}) == 10
    phones = Price(500, ("emails", "linkedins"))
    assert estimate(phones, {"emails": ["a@b.co", "c@d.co"], "linkedins": ["x"]}, {}) == 1500
    assert estimate(Price(100, ("max_limit",)), {"max_limit": 30}, {}) == 3000
    export = Price(535, ("leadIds", "maxResults"))
    assert estimate(export, {"leadIds": ["enc_1", "enc_2"]}, {"maxResults": 1000}) == 1070
    assert estimate(export, {"filters": {}}, {"maxResults": 1000}) == 535_000
    assert estimate(phones, {}, {}) is None


def test_the_budget_admits_nothing_without_a_limit_and_counts_what_answers_report() -> None:
    assert not Budget(None).admits(0)
    budget = Budget(12)
    budget.record(reported=0, estimated=10)  # a lookup that found nothing is free
    budget.record(reported=None, estimated=10)  # an answer that does not say counts its estimate
    assert budget.spent == 10 and budget.admits(2) and not budget.admits(3)
    assert reported_credits({"meta": {"creditsReserved": 4}}) == 4
    assert reported_credits({"meta": {"requestId": "r"}}) is None


def test_a_costly_operation_the_default_budget_run_adds_is_priced() -> None:
    plan = planned(spec, None, 5)
    assert [probe.operation_id for probe in plan[-len(DEFAULT_COSTLY) :]] == list(DEFAULT_COSTLY)
    with pytest.raises(Refused, match="not an operation of the spec"):
        planned(spec, ["noSuchOperation"], 5)


def answers(*responses: Callable[[], httpx.Response]) -> tuple[httpx.Client, list[httpx.Request]]:
    """A client whose calls get the `responses` made in turn (the last one repeated), and the
    requests it sent."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return responses[min(len(sent), len(responses)) - 1]()

    return httpx.Client(base_url="http://127.0.0.1:1/api/v3", transport=httpx.MockTransport(handler)), sent


class Streamed(httpx.SyncByteStream):
    """A body the client reads as from a network (a response made with `json=` is read at once,
    and then httpx never times it: schemathesis reads `elapsed`)."""

    def __init__(self, body: Any) -> None:
        self.data = json.dumps(body).encode()

    def __iter__(self) -> Iterator[bytes]:
        yield self.data


JSON = {"content-type": "application/json"}


def balance(**headers: str) -> Callable[[], httpx.Response]:
    headers = {**JSON, **headers}
    return lambda: httpx.Response(200, stream=Streamed(BALANCE_BODY), headers=headers)


def too_many(retry_after: str) -> Callable[[], httpx.Response]:
    problem = {"type": "about:blank", "title": "Too Many Requests", "status": 429}
    headers = {"retry-after": retry_after, "content-type": "application/problem+json"}
    return lambda: httpx.Response(429, stream=Streamed(problem), headers=headers)


def caller(client: httpx.Client) -> tuple[Caller, list[float]]:
    waits: list[float] = []
    record: Callable[[float], None] = waits.append
    return Caller(client, schema, pause=0.0, sleep=record), waits


def test_a_429_is_retried_after_its_retry_after() -> None:
    client, sent = answers(too_many("7"), balance())
    check, waits = caller(client)
    answer = check.call(BALANCE, {})
    assert len(sent) == 2 and answer.outcome.status == 200 and answer.outcome.problems == []
    assert waits == [0.0, 7.0]
    assert sent[0].url.path == "/api/v3/wallets/balance"


def test_retries_are_bounded_and_long_waits_cut() -> None:
    client, sent = answers(too_many("86400"))
    check, waits = caller(client)
    answer = check.call(BALANCE, {})
    assert len(sent) == ATTEMPTS
    assert waits == [0.0] + [LONGEST_WAIT] * (ATTEMPTS - 1)
    assert "expected a 2xx answer, got 429" in answer.outcome.problems


def test_a_used_up_rate_limit_window_is_waited_out_before_the_next_call() -> None:
    client, _ = answers(balance(**{"x-ratelimit-remaining": "0", "x-ratelimit-reset": "5"}), balance())
    check, waits = caller(client)
    check.call(BALANCE, {})
    check.call(BALANCE, {})
    assert waits == [0.0, 5.0]


def test_the_pause_separates_calls() -> None:
    client, _ = answers(balance())
    check, waits = caller(client)
    check.pause = 1.5
    check.call(BALANCE, {})
    check.call(BALANCE, {})
    assert waits == [0.0, 1.5]


def test_no_answer_at_all_is_a_mismatch() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    client = httpx.Client(base_url="http://127.0.0.1:1/api/v3", transport=httpx.MockTransport(refuse))
    answer = caller(client)[0].call(BALANCE, {})
    assert answer.outcome.status is None
    assert answer.outcome.problems == ["no HTTP answer: ConnectError: connection refused"]


def test_a_free_operation_that_reports_credits_used_is_a_mismatch() -> None:
    charged = {**BALANCE_BODY, "meta": {"requestId": "r1", "creditsUsed": 5}}
    client, _ = answers(lambda: httpx.Response(200, stream=Streamed(charged), headers=JSON))
    report = Report(io.StringIO(), "sk_test_secret")
    run([BALANCE], caller(client)[0], report, Budget(None), None)
    (outcome,) = report.mismatches
    assert outcome.problems == ["a free operation reported 5 credits used"]
