"""The view of the profile behind an email."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._base import Raw, _bool, _str, _View, read

# Members that only a found profile has (either shape); `email`, `found` and `creditsConsumed`
# come back without a profile too.
_PROFILE_MEMBERS = (
    "id",
    "displayName",
    "firstName",
    "lastName",
    "headline",
    "title",
    "companyName",
    "company",
    "profileUrl",
    "linkedinUrl",
)


@dataclass(frozen=True, slots=True)
class ProfileView(_View):
    """The professional profile behind an email. `found`: the API's `found`, or whether a profile
    came back. `display_name` is the display name (else first and last name), `company_name`
    from `companyName` or `company`, `profile_url` from `profileUrl` or `linkedinUrl`. Everything
    else the endpoint pages document (skills, positions, schools ...) is in `raw`."""

    found: bool = read(_bool, "found")
    email: str | None = read(_str, "email")
    display_name: str | None = read(_str, "displayName")
    first_name: str | None = read(_str, "firstName")
    last_name: str | None = read(_str, "lastName")
    headline: str | None = read(_str, "headline")
    title: str | None = read(_str, "title")
    company_name: str | None = read(_str, "companyName", "company")
    location: str | None = read(_str, "location")
    profile_url: str | None = read(_str, "profileUrl", "linkedinUrl")

    @classmethod
    def _derive(cls, raw: Raw, values: dict[str, Any]) -> dict[str, Any]:
        if values["found"] is None:
            values["found"] = any(raw.get(member) for member in _PROFILE_MEMBERS)
        if values["display_name"] is None:
            names = (values["first_name"], values["last_name"])
            values["display_name"] = " ".join(name for name in names if name) or None
        return values
