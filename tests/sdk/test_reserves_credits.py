"""Which operations are never repeated once sent comes from the spec, through the generator: the
operations marked x-enrichso-reserves-credits (or x-enrichso-creates) and no others are never
retried after the server may have received them; every credit-reserving one has a price."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from types import ModuleType
from typing import Any

import enrichso_api.api
import httpx
import pytest
import yaml
from enrichso import errors
from enrichso._core.call import from_generated
from enrichso._core.retry import status_retry_delay, transport_retry_delay

from .conftest import make_client

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi" / "enrich.yaml").read_text())
METHODS = {"get", "put", "post", "delete", "patch"}
OPERATIONS = {
    op["operationId"]: op for item in SPEC["paths"].values() for m, op in item.items() if m in METHODS
}


def _endpoint_modules() -> dict[str, ModuleType]:
    modules = {}
    for info in pkgutil.walk_packages(enrichso_api.api.__path__, "enrichso_api.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "_get_kwargs"):
            modules[module.OPERATION_ID] = module
    return modules


def _marked(op: dict[str, Any]) -> bool:
    return op.get("x-enrichso-reserves-credits") is True or op.get("x-enrichso-creates") is True


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_the_retry_policy_never_repeats_exactly_the_marked_operations(operation_id: str) -> None:
    module = _endpoint_modules()[operation_id]
    op = OPERATIONS[operation_id]
    assert module.RESERVES_CREDITS is (op.get("x-enrichso-reserves-credits") is True)
    assert module.CREATES is (op.get("x-enrichso-creates") is True)
    call = from_generated(
        {"method": "POST", "url": "/x", "extensions": module.EXTENSIONS}, bytes, operation=operation_id
    )
    after_send = transport_retry_delay(
        httpx.ReadTimeout("lost"), retries_taken=0, max_retries=2, unsafe=call.unsafe
    )
    after_5xx = status_retry_delay(503, {}, retries_taken=0, max_retries=2, unsafe=call.unsafe)
    before_send = transport_retry_delay(
        httpx.ConnectError("refused"), retries_taken=0, max_retries=2, unsafe=call.unsafe
    )
    assert (after_send is None) is _marked(op)
    assert (after_5xx is None) is _marked(op)
    assert before_send is not None  # never reached the server: always safe to try again


def test_every_operation_has_a_module_and_the_marks_are_consistent() -> None:
    assert set(_endpoint_modules()) == set(OPERATIONS)
    reserving = {name for name, op in OPERATIONS.items() if op.get("x-enrichso-reserves-credits")}
    priced = {name for name, op in OPERATIONS.items() if "x-enrichso-credits" in op}
    assert reserving and reserving <= priced  # every operation that reserves credits has a price
    creating = {name for name, op in OPERATIONS.items() if op.get("x-enrichso-creates")}
    assert creating and not creating & priced  # x-enrichso-creates is for the free ones


def test_a_real_call_carries_the_mark_to_the_transport() -> None:
    """validateEmail (charged) is sent once on a 503; getWalletBalance (free) is retried."""
    client, recorder = make_client(lambda r: httpx.Response(503, json={"title": "busy"}), max_retries=2)
    client._transport.sleep = lambda s: None
    with pytest.raises(errors.OutcomeUnknownError):
        client.email_validation.validate("ann@example.com")
    assert len(recorder.requests) == 1
    with pytest.raises(errors.InternalServerError):
        client.wallets.balance()
    assert len(recorder.requests) == 1 + 3


def test_free_pages_of_a_billed_search_may_be_repeated() -> None:
    module = _endpoint_modules()["searchLeads"]
    assert module.FREE_PAGES == OPERATIONS["searchLeads"]["x-enrichso-free-pages"] == 3

    def call(page: int) -> Any:
        body = {"page": page, "pageSize": 25}
        kwargs = {"method": "POST", "url": "/x", "json": body, "extensions": module.EXTENSIONS}
        return from_generated(kwargs, bytes, operation="searchLeads")

    assert not call(3).unsafe and call(4).unsafe


@pytest.mark.parametrize(
    ("page", "page_size", "free"),
    [
        (1, 25, True),
        (3, 25, True),
        (4, 25, False),
        (1, 75, True),
        (2, 75, False),  # results 76-150
        (1, 100, False),  # results 76-100 of page 1 are billed
        (3, 10, True),
        (3, 30, False),  # results 61-90
    ],
)
def test_a_search_page_is_free_only_within_the_first_three_pages_and_the_first_75_results(
    page: int, page_size: int, free: bool
) -> None:
    # "the first 3 pages OR 75 results per search, whichever comes first"; from there on, 1 credit
    # per result: https://doc.enrich.so/search-leads-28165853e0
    module = _endpoint_modules()["searchLeads"]
    kwargs = {
        "method": "POST",
        "url": "/x",
        "json": {"page": page, "pageSize": page_size},
        "extensions": module.EXTENSIONS,
    }
    assert from_generated(kwargs, bytes, operation="searchLeads").unsafe is not free


def test_a_search_page_of_100_is_sent_once_on_a_503() -> None:
    """Page 1 at pageSize 100 bills its results 76-100: a repeat after a 503 could bill them twice."""
    client, recorder = make_client(lambda r: httpx.Response(503, json={"title": "busy"}), max_retries=2)
    client._transport.sleep = lambda s: None
    with pytest.raises(errors.OutcomeUnknownError):
        next(iter(client.lead_finder.search({"jobTitle": ["CTO"]}, page_size=100)))
    assert len(recorder.requests) == 1
