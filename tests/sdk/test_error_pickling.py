"""Every error class in enrichso.errors survives pickle (ProcessPoolExecutor workers send their
exceptions back that way), found by walking the module, so a class added later is covered too."""

from __future__ import annotations

import inspect
import pickle
from typing import Any

import httpx
import pytest
from enrichso import errors

# a plausible value for each constructor parameter, by name; anything else gets a string
SAMPLES: dict[str, Any] = {
    "status_code": 402,
    "headers": httpx.Headers({"x-request-id": "req_1"}),
    "body": b'{"title": "Payment Required"}',
    "problem": {"title": "Payment Required"},
    "cause": errors.APITimeoutError("GET /x timed out", method="GET", path="/x"),
    "sent": {"emails": ["a@b.co"]},
    "item_count": 3,
    "credits": 1.5,
    "estimated": 10.0,
    "items": 10,
    "credits_per_item": 1.0,
    "available": 2.0,
    "budget": 5.0,
    "status": None,
}


def _error_classes() -> list[type[errors.EnrichError]]:
    found = [
        value
        for value in vars(errors).values()
        if inspect.isclass(value) and issubclass(value, errors.EnrichError)
    ]
    return sorted(found, key=lambda cls: cls.__name__)


def _example(cls: type[errors.EnrichError]) -> errors.EnrichError:
    try:
        parameters = list(inspect.signature(cls).parameters.values())[1:]
    except ValueError:  # Exception's own constructor: the message only
        parameters = []
    kwargs: dict[str, Any] = {
        p.name: SAMPLES.get(p.name, f"sample {p.name}")
        for p in parameters
        if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    }
    return cls(f"{cls.__name__} happened", **kwargs)


def _state(err: BaseException) -> dict[str, str]:
    return {name: repr(value) for name, value in vars(err).items()}


def test_the_walk_finds_the_whole_hierarchy() -> None:
    assert len(_error_classes()) >= 26


@pytest.mark.parametrize("cls", _error_classes(), ids=lambda cls: cls.__name__)
def test_every_error_round_trips_through_pickle(cls: type[errors.EnrichError]) -> None:
    err = _example(cls)
    if isinstance(err, errors.RateLimitError):
        err.retry_after = 30.0  # a member set after construction survives too
    copy = pickle.loads(pickle.dumps(err))
    assert type(copy) is cls
    assert str(copy) == str(err) and copy.args == err.args
    assert _state(copy) == _state(err)
