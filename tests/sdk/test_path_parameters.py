"""Path parameters (batch, job, search, team and invitation ids) are checked in one place, the
Call: an empty id, `.` or `..` is refused before any request (`DELETE /lead-finder/saved/..` would
otherwise reach `DELETE /lead-finder`), and `/`, `?`, `#`, `%` stay inside their segment. Both
the generated operations and the resources' public methods are walked, so none is missed."""

from __future__ import annotations

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

from .conftest import make_client

REFUSED = ["", ".", ".."]
ENCODED = ["a/b", "..%2f..", "%2e%2e", "%2E", "a?b=c", "a#b", "100%", "../..", "a/../../b", "./"]
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
    return get_kwargs(*[value if name == target else "abc123" for name in names], **extra)


def test_the_walk_finds_every_operation_with_a_path_parameter() -> None:
    assert len(OPERATIONS) == 22


@pytest.mark.parametrize(("operation", "get_kwargs", "names"), OPERATIONS, ids=[o[0] for o in OPERATIONS])
def test_every_path_parameter_is_checked_and_kept_in_its_segment(
    operation: str, get_kwargs: Callable[..., dict[str, Any]], names: list[str]
) -> None:
    template = _kwargs(get_kwargs, names, names[0], "abc123")["url"]
    for target in names:
        for value in REFUSED:
            with pytest.raises(errors.InvalidParameterError, match=target.replace("_", " ") + "|id"):
                from_generated(
                    _kwargs(get_kwargs, names, target, value), lambda body: body, operation=operation
                )
        for value in ENCODED:
            call = from_generated(
                _kwargs(get_kwargs, names, target, value), lambda body: body, operation=operation
            )
            segments = call.path.split("/")
            assert len(segments) == len(template.split("/")), call.path
            assert value in [unquote(s) for s in segments] and not {"?", "#"} & set(call.path)


# ---------------------------------------------------------------- the public methods


def _resources(client: Enrich) -> Iterator[tuple[str, Any]]:
    for name, attribute in vars(Enrich).items():
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


@pytest.mark.parametrize("target", _methods_with_ids())
@pytest.mark.parametrize("value", ["..", ".", ""])
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


@pytest.mark.parametrize("value", ["", " ", "\t\n", ".", " .. "])
def test_continue_scrape_refuses_a_blank_batch_id_before_any_request(value: str) -> None:
    # the id goes in the query (?batchId=): without it the request would start a new scrape
    client, seen = make_client(lambda r: httpx.Response(200, json={"success": True, "data": {}}))
    with pytest.raises(errors.InvalidParameterError, match="nothing was sent"):
        client.company_followers.continue_scrape(value)
    assert seen.requests == []
