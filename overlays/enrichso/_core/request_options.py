"""Per-request options: `extra_headers`, `extra_query` and `timeout` on every public method of the
resources and of the objects they return (job handles, pagers), sync and async.

A method called with any of them runs on a copy of its object bound to a view of the transport
that carries them (Transport.with_request_options), so every request the call makes, now or
later (a pager's pages, a job's polls), carries them too. One decorator, applied to each class,
instead of the three keywords typed into ~100 signatures; `inspect.signature` shows them.
"""

from __future__ import annotations

import copy
import functools
import inspect
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

C = TypeVar("C", bound=type)

# the transport attribute of the objects that take per-request options
_TRANSPORT_ATTRS = ("_t", "_transport")
OPTION_NAMES = ("extra_headers", "extra_query", "timeout")
_ANNOTATIONS = {
    "extra_headers": "Mapping[str, str] | None",
    "extra_query": "Mapping[str, Any] | None",
    "timeout": "float | httpx.Timeout | None",
}
_OPTION_PARAMS = [
    inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=annotation)
    for name, annotation in _ANNOTATIONS.items()
]


def bound_to_options(obj: Any, options: Mapping[str, Any]) -> Any:
    """A shallow copy of `obj` whose transport carries `options` (obj itself when none given)."""
    if all(options.get(name) is None for name in OPTION_NAMES):
        return obj
    twin = copy.copy(obj)
    for attr in _TRANSPORT_ATTRS:
        transport = getattr(obj, attr, None)
        if transport is not None:
            setattr(twin, attr, transport.with_request_options(**options))
            return twin
    raise TypeError(f"{type(obj).__name__} has no transport to carry request options")


def _with_options(method: Callable[..., Any], timeout_is_own: bool) -> Callable[..., Any]:
    # a method whose own `timeout` means something else (a job's wait deadline) keeps it
    names = [n for n in OPTION_NAMES if not (n == "timeout" and timeout_is_own)]

    def bind(self: Any, kwargs: dict[str, Any]) -> Any:
        return bound_to_options(self, {name: kwargs.pop(name) for name in names if name in kwargs})

    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def async_wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            return await method(bind(self, kwargs), *args, **kwargs)

        wrapper: Callable[..., Any] = async_wrapper
    else:

        @functools.wraps(method)
        def sync_wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            return method(bind(self, kwargs), *args, **kwargs)

        wrapper = sync_wrapper

    signature = inspect.signature(method)
    params = list(signature.parameters.values())
    tail = [p for p in params if p.kind is inspect.Parameter.VAR_KEYWORD]
    head = [p for p in params if p.kind is not inspect.Parameter.VAR_KEYWORD]
    extra = [p for p in _OPTION_PARAMS if p.name in names]
    wrapper.__signature__ = signature.replace(parameters=head + extra + tail)  # type: ignore[attr-defined]
    wrapper._takes_request_options = True  # type: ignore[attr-defined]
    return wrapper


def accepts_request_options(cls: C) -> C:
    """Class decorator: every public method of `cls` (its own and inherited) takes the options."""
    for name in dir(cls):
        if name.startswith("_"):
            continue
        member = inspect.getattr_static(cls, name)
        if not inspect.isfunction(member) or getattr(member, "_takes_request_options", False):
            continue
        own_timeout = "timeout" in inspect.signature(member).parameters
        setattr(cls, name, _with_options(member, own_timeout))
    return cls
