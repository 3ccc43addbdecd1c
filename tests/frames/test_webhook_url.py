"""webhook_url of the *_many methods, the frame methods and enrichso.dask: sent with every batch
of a run (the simulator then posts each result and each completion to a loopback receiver),
refused before any request by IP to Company (its submit takes none) and when it is not an http(s)
URL with a host or holds the API key. The refused URLs are never contacted: nothing is sent."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pandas as pd
import polars as pl
import pytest
from enrichso import AsyncEnrich, Enrich
from enrichso.dask import PartitionEnricher
from enrichso.errors import InvalidParameterError
from enrichso_mock.pytest_plugin import MockConnection

from ..mock.helpers import Receiver

EMAILS = [f"hook{i}@figma.com" for i in range(5)]
COMPLETIONS = {"validation.completed", "webhook:finder_lookup.completed", "finder.completed"}


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    listening = Receiver()
    yield listening
    listening.close()


def deliveries(mock: MockConnection, batches: int) -> list[dict[str, Any]]:
    """The simulator's webhook log once every batch's completion is in it (it posts in the
    background, after the batch is done; a deadline, not a measured time)."""
    deadline = time.monotonic() + 20
    while True:
        log = list(mock.control.webhooks()["deliveries"])
        if sum(entry["event"] in COMPLETIONS for entry in log) >= batches or time.monotonic() > deadline:
            return log
        time.sleep(0.05)


def submitted(mock: MockConnection) -> list[dict[str, Any]]:
    return list(mock.control.ledger()["batches"])


def test_every_batch_of_a_many_run_carries_the_url_and_the_simulator_posts_to_it(
    client: Enrich, enrich_mock: MockConnection, receiver: Receiver
) -> None:
    rows = list(
        client.email_validation.validate_many(EMAILS, batch_size=2, webhook_url=receiver.url, poll_interval=0)
    )
    assert [row.input for row in rows] == EMAILS
    batch_ids = {batch["batchId"] for batch in submitted(enrich_mock)}
    assert len(batch_ids) == 3
    log = deliveries(enrich_mock, 3)
    assert {entry["batchId"] for entry in log} == batch_ids
    assert {entry["url"] for entry in log} == {receiver.url}
    assert all(entry["delivered"] for entry in log)
    posted = [body["event"] for body in receiver.bodies]
    assert posted.count("validation.completed") == 3
    assert posted.count("webhook:email_lookup.completed") == len(EMAILS)


def test_the_async_many_and_the_frame_methods_pass_it_on(
    enrich_mock: MockConnection, client: Enrich, receiver: Receiver
) -> None:
    async def run() -> list[Any]:
        async with AsyncEnrich(api_key=enrich_mock.api_key, base_url=enrich_mock.base_url) as aclient:
            return [
                row
                async for row in aclient.email_validation.validate_many(
                    EMAILS[:2], webhook_url=receiver.url, poll_interval=0
                )
            ]

    assert len(asyncio.run(run())) == 2
    frame = pl.DataFrame({"first": ["Ada"], "last": ["Lovelace"], "domain": ["figma.com"]})
    out = client.email_finder.find_frame(frame, webhook_url=receiver.url, poll_interval=0)
    assert out.height == 1
    log = deliveries(enrich_mock, 2)
    assert len({entry["batchId"] for entry in log}) == 2 == len(submitted(enrich_mock))
    assert {entry["url"] for entry in log} == {receiver.url}


def test_a_dask_partition_passes_it_on(
    enrich_mock: MockConnection, receiver: Receiver, tmp_path: Any
) -> None:
    enricher = PartitionEnricher(
        "email-validation",
        tmp_path,
        api_key=enrich_mock.api_key,
        base_url=enrich_mock.base_url,
        poll_interval=0,
        webhook_url=receiver.url,
    )
    out = enricher(pd.DataFrame({"email": EMAILS}))
    assert out["enrich_result"].notna().all()
    [entry, *_] = deliveries(enrich_mock, 1)
    assert entry["url"] == receiver.url and entry["batchId"] == submitted(enrich_mock)[0]["batchId"]


class Recorded:
    """A client whose every request is recorded and answered 500 by an httpx.MockTransport: the
    tests below assert that it is never asked anything."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

        def answer(request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            return httpx.Response(500)

        self.client = Enrich(
            api_key="sk_test_hooks_0123456789",
            base_url="http://127.0.0.1:9/api/v3",
            http_client=httpx.Client(transport=httpx.MockTransport(answer)),
        )


def test_ip_to_company_refuses_a_webhook_url_before_any_request() -> None:
    recorded = Recorded()
    ips = recorded.client.ip_to_company
    with pytest.raises(InvalidParameterError, match="IP to company batch API takes no webhook URL"):
        ips.lookup_many(["8.8.8.8"], webhook_url="https://hooks.example.com/enrich")
    with pytest.raises(InvalidParameterError, match="takes no webhook URL"):
        ips.lookup_frame(pl.DataFrame({"ip": ["8.8.8.8"]}), webhook_url="https://hooks.example.com/enrich")
    with pytest.raises(InvalidParameterError, match="takes no webhook URL"):
        PartitionEnricher("ip-to-company", "journals", webhook_url="https://hooks.example.com/enrich")
    assert recorded.requests == []


@pytest.mark.parametrize(
    "url",
    [
        "ftp://hooks.example.com/enrich",
        "hooks.example.com/enrich",
        "https://",
        "https://hooks.example.com/en rich",
        "https://[::1/enrich",
        "https://hooks.example.com:99999/enrich",  # no such port (the API would refuse it, or never call)
        "https://hooks.example.com:http/enrich",
        "",
        42,
    ],
)
def test_a_url_that_is_not_http_with_a_host_is_refused_before_any_request(url: Any) -> None:
    recorded = Recorded()
    with pytest.raises(InvalidParameterError, match="webhook_url must"):
        recorded.client.email_validation.validate_many(["ada@figma.com"], webhook_url=url)
    with pytest.raises(InvalidParameterError, match="webhook_url must"):
        recorded.client.email_validation.validate_frame(
            pl.DataFrame({"email": ["ada@figma.com"]}), webhook_url=url
        )
    assert recorded.requests == []


def test_a_url_holding_the_api_key_is_refused_without_showing_it() -> None:
    recorded = Recorded()
    key = "sk_test_hooks_0123456789"
    for url in (f"https://hooks.example.com/enrich?key={key}", f"https://{key}@hooks.example.com/"):
        with pytest.raises(InvalidParameterError, match="holds the API key") as caught:
            recorded.client.reverse_lookup.lookup_many(["ada@figma.com"], webhook_url=url)
        assert key not in str(caught.value)
    assert recorded.requests == []


def test_the_cli_refuses_the_same_urls_before_submitting(enrichso: Any, tmp_path: Any) -> None:
    source = tmp_path / "emails.csv"
    source.write_text("email\nada@figma.com\n")
    run = enrichso(
        "email-validation", "batch", str(source), "--no-wait", "--webhook-url", "ftp://hooks.example.com/x"
    )
    assert run.code == 2, run.stderr
    assert "webhook_url must be an http:// or https:// URL with a host" in run.stderr


def test_the_key_of_extra_headers_is_the_one_refused_in_the_url() -> None:
    recorded = Recorded()
    other = "sk_test_other_key_987654"
    with pytest.raises(InvalidParameterError, match="holds the API key") as caught:
        recorded.client.email_validation.validate_many(
            ["ada@figma.com"],
            extra_headers={"x-api-key": other},
            webhook_url=f"https://h.example.com/?k={other}",
        )
    assert other not in str(caught.value)
    assert recorded.requests == []
