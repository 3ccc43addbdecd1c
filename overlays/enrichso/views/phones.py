"""The view of one person's phone numbers (Phone and its reader are in _base: the type checks
name the reader)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._base import Phone, Raw, _bool, _phones, _str, _View, read


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
