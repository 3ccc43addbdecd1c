"""The client's settings live in one frozen ClientOptions; with_options() is replace() over any
constructor setting and shares the connection pool unless http_client changes; with_raw_response
gives the HTTP answer behind a method's value (JSON, a CSV download, a paginated first page)."""

from __future__ import annotations

import dataclasses
import inspect
import io
from functools import cached_property
from typing import Any

import httpx
import pytest
from enrichso import AsyncEnrich, Enrich
from enrichso._core.config import ClientOptions

from .conftest import BASE, SECRET, make_async_client, make_client
from .test_reachability import Answerer

CHANGES: dict[str, Any] = {
    "api_key": "sk_other_key_0123456789",
    "base_url": "https://other.test/api/v3",
    "timeout": httpx.Timeout(9.0, connect=2.0),
    "max_retries": 7,
    "max_response_bytes": 1234,
    "default_headers": {"X-Team": "blue"},
    "default_query": {"source": "sdk"},
}


def test_options_are_frozen_and_cover_every_constructor_setting() -> None:
    client, _ = make_client(Answerer())
    with pytest.raises(dataclasses.FrozenInstanceError):
        client.options.max_retries = 5  # type: ignore[misc]
    for cls in (Enrich, AsyncEnrich):
        settings = set(inspect.signature(cls).parameters)
        assert settings == {f.name for f in dataclasses.fields(ClientOptions)}
    assert SECRET not in repr(client.options) and SECRET not in repr(client)


@pytest.mark.parametrize("name", [*CHANGES, "http_client"])
def test_with_options_round_trips_every_setting(name: str) -> None:
    client, recorder = make_client(Answerer())
    value = CHANGES.get(name) or httpx.Client(transport=httpx.MockTransport(Answerer()))
    copy = client.with_options(**{name: value})
    expected = dataclasses.replace(client.options, **{name: value})
    got = copy.options
    if name in ("default_headers", "default_query"):
        assert dict(getattr(got, name)) == value
        got = dataclasses.replace(got, **{name: value})
    assert got == expected
    assert client.options != copy.options  # the original is untouched
    # and the copy uses it
    copy.wallets.balance()
    sent = recorder.requests[-1] if name != "http_client" else None
    if name == "api_key":
        assert sent is not None and sent.headers["x-api-key"] == value
    if name == "default_headers":
        assert sent is not None and sent.headers["x-team"] == "blue"
    if name == "default_query":
        assert sent is not None and sent.url.params["source"] == "sdk"
    if name == "timeout":
        assert sent is not None and sent.extensions["timeout"]["read"] == 9.0
    if name == "http_client":
        assert len(recorder.requests) == 0  # went through the new client


def test_with_options_shares_the_pool_and_never_closes_it() -> None:
    client, recorder = make_client(Answerer())
    copy = client.with_options(max_retries=0)
    copy.close()
    client.wallets.balance()  # the pool is still open
    copy.wallets.balance()
    assert len(recorder.requests) == 2
    with pytest.raises(TypeError):
        client.with_options(no_such_setting=1)  # type: ignore[call-arg]


def test_raw_response_of_a_json_operation() -> None:
    client, _ = make_client(Answerer())
    raw = client.with_raw_response.wallets.balance()
    assert raw.status_code == 200 and raw.headers["content-type"] == "application/json"
    assert raw.parse() == client.wallets.balance()
    assert raw.json()["success"] is True


def test_raw_response_of_a_csv_download() -> None:
    client, _ = make_client(Answerer())
    scrape = client.company_followers.scrape("665a1f4e2c3b7800129dce01")
    raw = scrape.with_raw_response.export_csv(io.BytesIO())
    assert raw.status_code == 200 and raw.headers["content-type"].startswith("text/csv")
    assert raw.content is None and raw.parse().bytes_written > 0
    assert SECRET not in repr(raw.http_response.request.headers)
    export = client.lead_finder.export_job("ej_0123456789abcdef")
    out = io.BytesIO()
    assert export.with_raw_response.download(out).parse().bytes_written == len(out.getvalue()) > 0


def test_raw_response_of_a_paginated_first_page() -> None:
    client, recorder = make_client(Answerer())
    raw = client.with_raw_response.wallets.transactions()
    assert raw.status_code == 200 and len(recorder.requests) == 1
    assert raw.parse().number == 1 and raw.json()["data"]


async def test_raw_response_async() -> None:
    client, _ = make_async_client(Answerer())
    raw = await client.with_raw_response.wallets.balance()
    assert raw.status_code == 200
    page = await client.with_raw_response.wallets.transactions()
    assert page.parse().number == 1
    assert BASE.startswith("https://")


# The methods with_raw_response leaves out: they make no request when called (a handle, a lazy
# stream, an id already known), so there is no response to show.
NO_REQUEST = {"batch", "count_estimate", "scrape", "reveal_job", "export_job", "organization_id"}


@pytest.mark.parametrize("make", [make_client, make_async_client])
def test_with_raw_response_holds_every_method_that_makes_a_request(make: Any) -> None:
    client, _ = make(Answerer())
    resources = [n for n in dir(type(client)) if isinstance(getattr(type(client), n), cached_property)]
    for name in resources:
        resource = getattr(client, name)
        if not hasattr(resource, "_t"):
            continue
        methods = {
            m for m in dir(resource) if not m.startswith("_") and inspect.ismethod(getattr(resource, m))
        }
        requesting = {m for m in methods - NO_REQUEST if not m.endswith(("_many", "_frame"))}
        assert set(vars(getattr(client.with_raw_response, name))) == requesting, name


async def test_raw_response_of_async_job_handles() -> None:
    client, _ = make_async_client(Answerer())
    job = client.email_validation.batch("665a1f4e2c3b7800129dce01")
    status = await job.with_raw_response.refresh()
    assert status.status_code == 200 and status.parse().id == job.id
    page = await job.with_raw_response.results(page_size=10)
    assert page.parse().number == 1 and page.json()["success"] is True


def test_raw_response_body_is_readable_from_a_real_server(enrich_mock: Any) -> None:
    """The transport streams every answer: the http_response handed out was never .read(), and
    .text / .json() / .content raised httpx.ResponseNotRead (the request's key is not shown either)."""
    with Enrich(api_key=enrich_mock.api_key, base_url=enrich_mock.base_url) as client:
        raw = client.with_raw_response.wallets.balance()
        page = client.with_raw_response.wallets.transactions()
    for answer in (raw, page):
        assert answer.http_response.json()["success"] is True
        assert answer.http_response.content == answer.content
        assert answer.http_response.text == answer.content.decode()  # type: ignore[union-attr]
        assert enrich_mock.api_key not in repr(answer.http_response.request.headers)


async def test_raw_response_body_is_readable_from_a_real_server_async(enrich_mock: Any) -> None:
    async with AsyncEnrich(api_key=enrich_mock.api_key, base_url=enrich_mock.base_url) as client:
        raw = await client.with_raw_response.wallets.balance()
    assert raw.http_response.json()["success"] is True
    assert raw.http_response.text == raw.content.decode()  # type: ignore[union-attr]
    assert enrich_mock.api_key not in repr(raw.http_response.request.headers)


def test_options_deep_copy_and_refuse_pickling_without_showing_the_key() -> None:
    """client.options raised a bare TypeError (mappingproxy) for copy.deepcopy and pickle. A deep
    copy works (sharing http_client: a pool is not duplicated); pickle is refused with a typed
    error, as a pickle is bytes that carry the key; neither repr nor message shows the key."""
    import copy
    import pickle

    from enrichso.errors import PicklingRefusedError

    pool = httpx.Client(transport=httpx.MockTransport(Answerer()))
    client = Enrich(api_key=SECRET, base_url=BASE, http_client=pool, default_headers={"X-Team": "blue"})
    deep = copy.deepcopy(client.options)
    assert deep == client.options and deep.http_client is pool
    assert deep.default_headers is not client.options.default_headers
    assert copy.copy(client.options) == client.options
    assert SECRET not in repr(deep)
    for held in (client.options, client, AsyncEnrich(api_key=SECRET, base_url=BASE)):
        with pytest.raises(PicklingRefusedError) as refused:
            pickle.dumps(held)
        assert isinstance(refused.value, TypeError) and SECRET not in str(refused.value)
    twin = copy.deepcopy(client)  # a client deep-copies as with_options(): same settings, same pool
    assert twin.options == client.options and twin._transport.http is pool
    twin.close()
    client.wallets.balance()  # the pool is still open
