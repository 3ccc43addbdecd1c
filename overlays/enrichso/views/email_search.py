"""The view of one email search."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._base import Raw, _bool, _str, _View, read


@dataclass(frozen=True, slots=True)
class EmailFinderView(_View):
    """One person's email search. `found` is the API's `found`, or, when it sends none, whether
    an email came back; `email` is None when nothing was found."""

    found: bool = read(_bool, "found")
    email: str | None = read(_str, "email")
    first_name: str | None = read(_str, "firstName")
    last_name: str | None = read(_str, "lastName")
    domain: str | None = read(_str, "domain")
    confidence: str | None = read(_str, "confidence")
    is_catch_all: bool | None = read(_bool, "isCatchAll", "catchAll")
    provider: str | None = read(_str, "provider")
    message: str | None = read(_str, "message")

    @classmethod
    def _derive(cls, raw: Raw, values: dict[str, Any]) -> dict[str, Any]:
        if values["found"] is None:
            values["found"] = bool(values["email"])
        if not values["found"]:
            values["email"] = None
        return values
