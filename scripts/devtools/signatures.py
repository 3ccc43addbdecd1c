"""Signatures as the source writes them (annotations are kept as text: `from __future__ import
annotations`), shared by the API reference and the public-surface snapshot."""

from __future__ import annotations

import inspect
import re
import typing
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import Any

from enrichso import AsyncEnrich, Enrich


def annotation(value: Any) -> str:
    if isinstance(value, typing.ForwardRef):  # a named tuple's field, as written (postponed)
        return value.__forward_arg__
    return value if isinstance(value, str) else inspect.formatannotation(value)


def signature(function: Callable[..., Any], *, drop_self: bool = True) -> str:
    """`(email: str, webhook_url: str | None = None) -> BatchValidation`."""
    sig = inspect.signature(function)
    parts = []
    star_done = False
    params = list(sig.parameters.values())[1 if drop_self else 0 :]
    for p in params:
        if p.kind is p.KEYWORD_ONLY and not star_done:
            parts.append("*")
        if p.kind in (p.KEYWORD_ONLY, p.VAR_POSITIONAL, p.VAR_KEYWORD):
            star_done = True
        prefix = {p.VAR_POSITIONAL: "*", p.VAR_KEYWORD: "**"}.get(p.kind, "")
        text = prefix + p.name
        if p.annotation is not p.empty:
            text += f": {annotation(p.annotation)}"
        if p.default is not p.empty:
            text += f" = {p.default!r}" if p.annotation is not p.empty else f"={p.default!r}"
        parts.append(text)
    returns = "" if sig.return_annotation is sig.empty else f" -> {annotation(sig.return_annotation)}"
    return f"({', '.join(parts)}){returns}"


def resource_names() -> list[str]:
    """The client's resources, in the order the generated registry lists them (enrichso._resources)."""
    from enrichso._resources import Resources

    return [name for name, member in vars(Resources).items() if isinstance(member, cached_property)]


def resource_classes() -> Iterator[tuple[str, type, type]]:
    """(name, sync class, async class) of every resource, from live clients (no request is made)."""
    sync_client = Enrich(api_key="sk_docs", base_url="http://127.0.0.1:9")
    async_client = AsyncEnrich(api_key="sk_docs", base_url="http://127.0.0.1:9")
    try:
        for name in resource_names():
            yield name, type(getattr(sync_client, name)), type(getattr(async_client, name))
    finally:
        sync_client.close()


def public_methods(cls: type) -> list[tuple[str, Callable[..., Any]]]:
    return [
        (name, member)
        for name, member in vars(cls).items()
        if not name.startswith("_") and inspect.isfunction(member)
    ]


def unpacked_options(function: Callable[..., Any]) -> list[tuple[str, type]]:
    """The TypedDicts a signature takes as `**options: Unpack[Name]`, found in its module."""
    found = []
    for name in re.findall(r"Unpack\[(\w+)\]", signature(function)):
        value = getattr(function, "__globals__", {}).get(name)
        if isinstance(value, type) and typing.is_typeddict(value):
            found.append((name, value))
    return found


def typeddict_fields(options: type) -> list[str]:
    """`key: type` lines of a TypedDict, as written (its annotations are postponed ForwardRefs)."""
    return [
        f"{key}: {getattr(value, '__forward_arg__', annotation(value))}"
        for key, value in options.__annotations__.items()
    ]
