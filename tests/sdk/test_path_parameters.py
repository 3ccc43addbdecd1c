"""Path parameters (batch, job, search, team and invitation ids) are checked in one place, the
Call: an empty id, `.` or `..` is refused before any request (`DELETE /lead-finder/saved/..` would
otherwise reach `DELETE /lead-finder`), and so is an id holding `/`, `\\`, `?`, `#` or `%`: they
were percent-encoded and sent, and a server (or proxy) that decodes a segment before routing reads
`a%2Fb` as two. The two ids with a documented pattern (phone finder jobs, export jobs) must match
it. Both the generated operations and the resources' public methods are walked, so none is missed."""

from __future__ import annotations

import contextlib
import importlib
import inspect
import io
import pkgutil
from collections.abc import Callable, Iterator
from functools import cached_property
from types import SimpleNamespace
from typing import Any
from urllib.parse import unquote

import enrichso_api.api
import httpx
import pytest
from enrichso import Enrich, errors
from enrichso._core.call import from_generated
from enrichso._resources import Resources

from .conftest import make_client

REFUSED = ["", ".", ".."]
PATH_CHANGING = [
    "a/b",
    "..%2f..",
    "%2e%2e",
    "%2E",
    "a?b=c",
    "a#b",
    "100%",
    "../..",
    "a/../../b",
    "./",
    "a\\b",
]
# the ids whose pattern the documentation declares, by operation: one that matches it
PATTERNED = {
    "get_phone_bulk_job_status": "665c52bf7b8e3f00149f0a10",
    "get_phone_bulk_job_results": "665c52bf7b8e3f00149f0a10",
    "get_export_job": "ej_0123456789abcdef",
    "download_export_job": "ej_0123456789abcdef",
}
OTHER_ARGUMENTS = {"email": "a@b.co"}  # what a method with ids also needs


def _operations_with_path_parameters() -> list[tuple[str, Callable[..., dict[str, Any]], list[str]]]:
    found = []
    for info in pkgutil.walk_packages(enrichso_api.api.__path__, enrichso_api.api.__name__ + "."):
        module = importlib.import_module(info.name)
        get_kwargs = getattr(module, "_get_kwargs", None)
        if get_kwargs is None:
            continue
        positional = [
            p.name
            for p in inspect.signature(get_kwargs).parameters.values()
            if p.kind is p.POSITIONAL_OR_KEYWORD
        ]
        if positional:
            found.append((info.name.rsplit(".", 1)[-1], get_kwargs, positional))
    return found


OPERATIONS = _operations_with_path_parameters()


def _kwargs(
    get_kwargs: Callable[..., dict[str, Any]], names: list[str], target: str, value: str
) -> dict[str, Any]:
    extra = {}
    if "body" in inspect.signature(get_kwargs).parameters:
        extra["body"] = SimpleNamespace(to_dict=lambda: {"email": "a@b.co"})
    other = PATTERNED.get(get_kwargs.__module__.rsplit(".", 1)[-1], "abc123")
    return get_kwargs(*[value if name == target else other for name in names], **extra)


def test_the_walk_finds_every_operation_with_a_path_parameter() -> None:
    assert len(OPERATIONS) == 22


@pytest.mark.parametrize(("operation", "get_kwargs", "names"), OPERATIONS, ids=[o[0] for o in OPERATIONS])
def test_every_path_parameter_is_checked_before_any_request(
    operation: str, get_kwargs: Callable[..., dict[str, Any]], names: list[str]
) -> None:
    good = PATTERNED.get(operation, "abc123")
    for target in names:
        call = from_generated(
            _kwargs(get_kwargs, names, target, good), lambda body: body, operation=operation
        )
        assert good in [unquote(s) for s in call.path.split("/")]
        for value in [*REFUSED, *PATH_CHANGING]:  # (the documented patterns: test_documented_limits)
            with pytest.raises(errors.InvalidParameterError, match="nothing was sent"):
                from_generated(
                    _kwargs(get_kwargs, names, target, value), lambda body: body, operation=operation
                )


def test_the_documented_id_patterns_are_the_specs() -> None:
    from .test_reachability import SPEC

    patterned = {
        op["operationId"]
        for item in SPEC["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        and any(
            "pattern"
            in (SPEC["components"]["parameters"][p["$ref"].rsplit("/", 1)[-1]] if "$ref" in p else p)[
                "schema"
            ]
            for p in [*item.get("parameters", []), *op.get("parameters", [])]
            if (
                "$ref" in p and SPEC["components"]["parameters"][p["$ref"].rsplit("/", 1)[-1]]["in"] == "path"
            )
            or p.get("in") == "path"
        )
    }
    assert {name.replace("_", "") for name in PATTERNED} == {name.lower() for name in patterned}


# ---------------------------------------------------------------- the public methods


def _resources(client: Enrich) -> Iterator[tuple[str, Any]]:
    for name, attribute in vars(Resources).items():  # the client's resource properties
        if isinstance(attribute, cached_property):
            yield name, getattr(client, name)


def _methods_with_ids() -> list[str]:
    client, _ = make_client(lambda r: httpx.Response(500))
    found = []
    for resource_name, resource in _resources(client):
        for name, method in inspect.getmembers(resource, inspect.ismethod):
            if not name.startswith("_") and any(
                # an id parameter (`batch_id`, `team_id`, ...), not a flag such as `skip_invalid`
                p == "id" or p.endswith("_id")
                for p in inspect.signature(method).parameters
            ):
                found.append(f"{resource_name}.{name}")
    return sorted(set(found))


def _exercise(result: Any) -> None:
    """Whatever a method returned, make it send what it would send: a job handle refreshes,
    reads results and downloads; a pager fetches its first page."""
    if hasattr(result, "refresh"):
        for action in ("refresh", "results", "download"):
            with pytest.raises(errors.InvalidParameterError):
                method = getattr(result, action, None)
                if method is None:
                    raise errors.InvalidParameterError("not applicable")
                outcome = method(io.BytesIO()) if action == "download" else method()
                if hasattr(outcome, "__iter__"):  # a pager: its first page
                    next(iter(outcome))
    elif hasattr(result, "__iter__"):
        next(iter(result))


DOT_IDS = ["..", ".", "", "a/b", "a%2Fb", "../x", "a?b", "a#b"]
QUERY_ID = "company_followers.continue_scrape"  # its id goes in the query (?batchId=), not the path
# every method with every id, but the query id's values that stay a value (the test after this one)
DOT_ID_CASES = [
    (target, value)
    for target in _methods_with_ids()
    for value in DOT_IDS
    if target != QUERY_ID or value in REFUSED
]


@pytest.mark.parametrize(("target", "value"), DOT_ID_CASES)
def test_every_public_method_refuses_a_dot_id_before_any_request(target: str, value: str) -> None:
    client, seen = make_client(lambda r: httpx.Response(200, json={"success": True, "data": {}}))
    resource_name, method_name = target.split(".")
    method = getattr(getattr(client, resource_name), method_name)
    parameters = inspect.signature(method).parameters
    ids = {
        p: value if p.endswith("id") else OTHER_ARGUMENTS[p]
        for p in parameters
        if p.endswith("id") or p in OTHER_ARGUMENTS
    }
    with pytest.raises(errors.InvalidParameterError):
        _exercise(method(**ids))
        raise errors.InvalidParameterError("every action refused")  # (a handle's actions each did)
    assert seen.requests == []


@pytest.mark.parametrize("value", [v for v in DOT_IDS if v not in REFUSED])
def test_a_query_id_is_sent_as_a_value_never_as_a_path(value: str) -> None:
    client, seen = make_client(lambda r: httpx.Response(200, json={"success": True, "data": {}}))
    with contextlib.suppress(
        errors.APIError
    ):  # the fake's answer is not a scrape's: only the request matters
        client.company_followers.continue_scrape(value)
    assert len(seen.requests) == 1
    url = seen.requests[0].url
    assert url.params["batchId"] == value
    assert value not in url.path and "batchId" not in url.path


@pytest.mark.parametrize("value", ["", " ", "\t\n", ".", " .. "])
def test_continue_scrape_refuses_a_blank_batch_id_before_any_request(value: str) -> None:
    # the id goes in the query (?batchId=): without it the request would start a new scrape
    client, seen = make_client(lambda r: httpx.Response(200, json={"success": True, "data": {}}))
    with pytest.raises(errors.InvalidParameterError, match="nothing was sent"):
        client.company_followers.continue_scrape(value)
    assert seen.requests == []
