"""Per-request options: every public method of every resource, and of what they return (job
handles, pagers), takes `extra_headers`, `extra_query` and `timeout` (`**request:
Unpack[RequestOptions]` in its signature), sync and async, and the requests it makes (now or
later: a pager's pages, a job's polls) carry them. Extra headers never override or reveal the API
key unless the caller names the key header itself."""

from __future__ import annotations

import inspect
import sys
import typing
from typing import Any

import httpx
import pytest
from enrichso import AsyncEnrich, Enrich, errors

from .conftest import SECRET, make_async_client, make_client
from .fake_batches import FakeBatches
from .test_reachability import EXPECTED, Answerer, exercise, exercise_async

OPTIONS: dict[str, Any] = {"extra_headers": {"X-Probe": "1"}, "extra_query": {"probe": "q"}, "timeout": 7.5}


def _resources(client: Enrich | AsyncEnrich) -> list[Any]:
    names = [n for n in dir(type(client)) if not n.startswith("_") and not n.startswith("with_")]
    return [r for r in (getattr(client, n) for n in names) if hasattr(r, "_t")]


def _public_methods(obj: Any) -> list[tuple[str, Any]]:
    return [
        (name, getattr(obj, name))
        for name in dir(obj)
        if not name.startswith("_") and inspect.ismethod(getattr(obj, name))
    ]


def accepted_options(method: Any) -> set[str]:
    """The request options a method's signature names: the members of its `**kwargs:
    Unpack[SomeTypedDict]` (RequestOptions, RequestOptionsNoTimeout, ManyOptions, ...)."""
    for param in inspect.signature(method).parameters.values():
        if param.kind is inspect.Parameter.VAR_KEYWORD:
            hint = param.annotation
            if isinstance(hint, str):
                hint = eval(hint, vars(sys.modules[method.__module__]))
            assert typing.get_origin(hint) is typing.Unpack, (method, hint)
            (typed,) = typing.get_args(hint)
            return set(typed.__annotations__) & set(OPTIONS)
    return set()


class Injector:
    """A stand-in for a resource, job handle or pager: every public method called through it gets
    OPTIONS (a job's wait keeps its own `timeout`, its deadline), and what it returns is wrapped
    the same way. `called` collects (class, method) pairs."""

    def __init__(self, target: Any, called: set[tuple[str, str]]) -> None:
        self._target, self._called = target, called

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if name.startswith("_") or not inspect.ismethod(value):
            return value
        self._called.add((type(self._target).__name__, name))
        options = {k: v for k, v in OPTIONS.items() if k in accepted_options(value)}
        if name != "wait":
            assert set(options) == set(OPTIONS), (type(self._target).__name__, name)
        if inspect.iscoroutinefunction(value):

            async def call_async(*args: Any, **kwargs: Any) -> Any:
                return self._wrap(await value(*args, **options, **kwargs))

            return call_async
        return lambda *args, **kwargs: self._wrap(value(*args, **options, **kwargs))

    def _wrap(self, result: Any) -> Any:
        carries = hasattr(result, "_t") or hasattr(result, "_transport")
        return Injector(result, self._called) if carries else result

    def __iter__(self) -> Any:
        return iter(self._target)

    def __aiter__(self) -> Any:
        return aiter(self._target)


class InjectingClient:
    def __init__(self, client: Any, called: set[tuple[str, str]]) -> None:
        self._client, self._called = client, called

    def __getattr__(self, name: str) -> Any:
        return Injector(getattr(self._client, name), self._called)


def _check_wire(requests: list[httpx.Request]) -> None:
    assert requests
    for request in requests:
        assert request.headers["x-probe"] == "1", request.url
        assert request.url.params["probe"] == "q", request.url
        assert request.extensions["timeout"]["read"] == 7.5, request.url
        assert request.headers["x-api-key"] == SECRET  # the key header is untouched


def test_every_method_takes_the_options_sync_and_they_reach_the_wire() -> None:
    answer = Answerer()
    client, recorder = make_client(answer)
    called: set[tuple[str, str]] = set()
    exercise(InjectingClient(client, called))  # type: ignore[arg-type]
    assert sorted(EXPECTED - answer.hit) == []
    _check_wire(recorder.requests)
    for resource in _resources(client):
        for name, method in _public_methods(resource):
            assert accepted_options(method) == set(OPTIONS), (resource, name)


async def test_every_method_takes_the_options_async_and_they_reach_the_wire() -> None:
    answer = Answerer()
    client, recorder = make_async_client(answer)
    called: set[tuple[str, str]] = set()
    await exercise_async(InjectingClient(client, called))  # type: ignore[arg-type]
    assert sorted(EXPECTED - answer.hit) == []
    _check_wire(recorder.requests)
    for resource in _resources(client):
        for name, method in _public_methods(resource):
            assert accepted_options(method) == set(OPTIONS), (resource, name)


def test_extra_headers_cannot_override_the_key_by_accident_nor_show_it() -> None:
    client, recorder = make_client(lambda r: httpx.Response(401, json={"title": "no"}))
    with pytest.raises(errors.AuthenticationError) as caught:
        client.wallets.balance(extra_headers={"X-Probe": "1", "User-Agent": "mine"})
    request = recorder.requests[-1]
    assert request.headers.get_list("x-api-key") == [SECRET]
    assert request.headers["user-agent"] == "mine"
    assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)
    # named explicitly, the caller's key is sent (once) in place of the client's
    with pytest.raises(errors.AuthenticationError):
        client.wallets.balance(extra_headers={"X-API-Key": "sk_other"})
    assert recorder.requests[-1].headers.get_list("x-api-key") == ["sk_other"]


def test_options_of_one_call_do_not_leak_into_the_next() -> None:
    client, recorder = make_client(Answerer())
    client.wallets.balance(extra_headers={"X-Probe": "1"}, extra_query={"probe": "q"}, timeout=7.5)
    client.wallets.balance()
    first, second = recorder.requests[-2:]
    assert first.headers["x-probe"] == "1" and "x-probe" not in second.headers
    assert "probe" not in second.url.params
    assert second.extensions["timeout"]["read"] != 7.5


def test_many_takes_extra_headers_and_query_and_keeps_its_timeout_as_the_wait_per_batch() -> None:
    # ManyOptions.timeout is the wait per batch: it used to be taken as every request's timeout
    fake = FakeBatches()
    client, recorder = make_client(fake)
    rows = client.email_validation.validate_many(
        ["a@x.io", "b@x.io"],
        timeout=123.0,
        poll_interval=0,
        extra_headers={"X-Probe": "1"},
        extra_query={"probe": "q"},
    )
    assert [r.found for r in rows] == [True, True]
    assert recorder.requests
    for request in recorder.requests:
        assert request.headers["x-probe"] == "1" and request.url.params["probe"] == "q", request.url
        assert request.extensions["timeout"]["read"] == client.timeout.read != 123.0, request.url


def test_a_job_refreshed_with_options_remembers_its_status() -> None:
    # the options used to run the call on a copy of the handle, which kept the status
    client, recorder = make_client(Answerer())
    job = client.email_validation.batch("665a1f4e2c3b7800129dce01")
    status = job.refresh(extra_headers={"X-Probe": "1"})
    assert job.status is status and recorder.requests[-1].headers["x-probe"] == "1"
