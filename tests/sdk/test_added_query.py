"""Query members the caller adds (a call's extra_query, the client's default_query) never replace
the ones the SDK sets itself: naming one is refused before anything is sent. And a per-request
timeout is checked like the client's."""

from __future__ import annotations

from typing import Any

import pytest
from enrichso._core.call import SDK_QUERY_NAMES
from enrichso.errors import ConfigurationError, InvalidParameterError

from tests.spec_facts import spec, spec_operations

from .conftest import make_client
from .test_reachability import Answerer


def _parameter(ref_or_parameter: dict[str, Any]) -> dict[str, Any]:
    ref = ref_or_parameter.get("$ref")
    if ref is None:
        return ref_or_parameter
    return spec()["components"]["parameters"][ref.rsplit("/", 1)[-1]]


def test_the_sdk_query_names_are_the_query_parameters_of_the_spec() -> None:
    names = set()
    for _, path, operation in spec_operations():
        listed = [*spec()["paths"][path].get("parameters", []), *operation.get("parameters", [])]
        names |= {p["name"] for p in map(_parameter, listed) if p["in"] == "query"}
    assert names == SDK_QUERY_NAMES


def test_a_default_query_naming_an_sdk_parameter_is_refused() -> None:
    with pytest.raises(InvalidParameterError, match="'limit'"):
        make_client(Answerer(), default_query={"limit": 1})
    client, recorder = make_client(Answerer(), default_query={"source": "sdk"})
    with pytest.raises(InvalidParameterError, match="'page'"):
        client.with_options(default_query={"page": 2})
    assert recorder.requests == []


def test_an_extra_query_naming_an_sdk_parameter_is_refused_before_sending() -> None:
    client, recorder = make_client(Answerer())
    with pytest.raises(InvalidParameterError, match="'batchId'"):
        client.email_validation.batch("665a1f4e2c3b7800129dce01", extra_query={"batchId": "x"})
    with pytest.raises(InvalidParameterError, match="'page'"):
        list(client.wallets.transactions(extra_query={"page": 1, "source": "sdk"}))
    assert recorder.requests == []
    client.wallets.balance(extra_query={"source": "sdk"})  # a name of its own is sent
    assert recorder.requests[-1].url.params["source"] == "sdk"


def test_a_negative_per_request_timeout_is_refused() -> None:
    client, recorder = make_client(Answerer())
    with pytest.raises(ConfigurationError, match="timeout"):
        client.wallets.balance(timeout=-1)
    assert recorder.requests == []
