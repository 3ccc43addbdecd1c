"""The view of one person's phone numbers, and Phone."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from ._base import Raw, _bool, _first, _str, _View, read


class Phone(NamedTuple):
    """One phone number; `type` (e.g. mobile) only when the API said it."""

    number: str
    type: str | None = None


def _phones(raw: Raw, *names: str) -> list[Phone]:
    """Phones sent as strings (endpoint pages) or as {number, type} objects (overview)."""
    phones = []
    for item in _first(raw, names, list) or ():
        if isinstance(item, str):
            phones.append(Phone(item))
        elif isinstance(item, Mapping) and isinstance(item.get("number"), str):
            phones.append(Phone(item["number"], _str(item, "type")))
    return phones


@dataclass(frozen=True, slots=True)
class PhonesView(_View):
    """The phone numbers of one person (a single lookup's data, or one bulk result item).
    `found`: the API's `found`, or whether any number came back. `email` / `linkedin`: the
    submitted input a bulk item echoes; `error`: why a bulk item has no numbers."""

    found: bool = read(_bool, "found")
    phones: list[Phone] = read(_phones, "phones")
    email: str | None = read(_str, "email")
    linkedin: str | None = read(_str, "linkedin")
    error: str | None = read(_str, "error")

    @classmethod
    def _derive(cls, raw: Raw, values: dict[str, Any]) -> dict[str, Any]:
        if values["found"] is None:
            values["found"] = bool(values["phones"])
        return values
