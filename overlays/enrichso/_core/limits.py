"""Documented limits of the API's arguments, checked before anything is sent: a value the
documentation says the API refuses (a 400 once the request went out) raises InvalidParameterError."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import TypeVar

from ..errors import InvalidParameterError

N = TypeVar("N", int, float)


def within(name: str, value: N | None, low: N, high: N) -> N | None:
    """A number the API takes between low and high (both included); None passes (not sent)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise InvalidParameterError(f"{name} must be from {low:,} to {high:,}, got {value!r}")
    return value


def length_within(name: str, value: str | None, low: int, high: int) -> str | None:
    """A string the API takes with low to high characters; None passes (not sent)."""
    if value is None:
        return None
    if not isinstance(value, str) or not low <= len(value) <= high:
        shown = len(value) if isinstance(value, str) else repr(value)
        raise InvalidParameterError(f"{name} must have {low:,} to {high:,} characters, got {shown}")
    return value


def one_of(name: str, value: str | None, allowed: Collection[str]) -> str | None:
    """A value of a closed list the API documents; None passes (not sent)."""
    if value is not None and value not in allowed:
        raise InvalidParameterError(f"{name} must be one of {', '.join(sorted(allowed))}, got {value!r}")
    return value


def strings(name: str, values: Iterable[str], low: int = 1, high: int | None = None) -> list[str]:
    """The items of a batch as a list, each a string of low to high characters. A bare string is
    refused: iterated, it would be sent one character per item (and each reserves credits)."""
    if isinstance(values, str | bytes):
        raise InvalidParameterError(f"{name} takes a list of strings, not the single value {values!r}")
    items = list(values)
    for at, item in enumerate(items):
        if not isinstance(item, str) or len(item) < low or (high is not None and len(item) > high):
            limit = f"{low:,} to {high:,}" if high is not None else f"at least {low:,}"
            raise InvalidParameterError(
                f"{name}[{at}] must be a string of {limit} characters, got {item!r:.80}"
            )
    return items


def at_least(name: str, value: int | None, low: int) -> int | None:
    """A whole number the API takes from low up (no documented maximum); None passes (not sent)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise InvalidParameterError(f"{name} must be a whole number, {low:,} or more, got {value!r}")
    return value


def text_list(name: str, values: Iterable[str] | None, most: int | None = None) -> list[str] | None:
    """A list of non-empty strings (at most `most`); None passes (not sent). A bare string is
    refused: it would be sent one letter per item."""
    if values is None:
        return None
    if isinstance(values, str | bytes):
        raise InvalidParameterError(f"{name} takes a list of strings, not the single value {values!r:.80}")
    items = list(values)
    if most is not None and len(items) > most:
        raise InvalidParameterError(f"{name} takes at most {most:,} values, got {len(items):,}")
    for at, item in enumerate(items):
        if not isinstance(item, str) or not item:
            raise InvalidParameterError(f"{name}[{at}] must be a non-empty string, got {item!r:.80}")
    return items
