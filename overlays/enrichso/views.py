"""One typed, normalised answer whatever shape the API sent.

Enrich documents two shapes for several answers: the endpoint pages (e.g. `result`, `isCatchAll`,
`found`, phones as strings) and the API Reference overview (https://doc.enrich.so/api-reference-1951025m0:
`status`, `catchAll`, no `found`, phones as {number, type}). The spec accepts both (see the
"TWO SHAPES" comments in openapi/enrich.yaml); these views read either into the same attributes.
Absent members are None, never the generated client's Unset placeholder, and `raw` keeps the
JSON object exactly as received (`to_dict()` returns a copy of it).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, NamedTuple, Self, TypeVar

from ._batch import results_of
from ._call import FromDict

V = TypeVar("V")
M = TypeVar("M")

Raw = Mapping[str, Any]


def _str(raw: Raw, *names: str) -> str | None:
    """The first of `names` that holds a string."""
    for name in names:
        value = raw.get(name)
        if isinstance(value, str):
            return value
    return None


def _bool(raw: Raw, *names: str) -> bool | None:
    for name in names:
        value = raw.get(name)
        if isinstance(value, bool):
            return value
    return None


def _number(raw: Raw, name: str) -> float | None:
    value = raw.get(name)
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _object(value: Any) -> Raw:
    return value if isinstance(value, Mapping) else {}


@dataclass(frozen=True, slots=True)
class _View:
    raw: Raw = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as the API sent it."""
        return dict(self.raw)


@dataclass(frozen=True, slots=True)
class EmailValidationView(_View):
    """One email's validation. `result` is the verdict (valid, invalid, risky, ...) from `result`
    or `status`; `is_catch_all` from `isCatchAll` or `catchAll`."""

    email: str | None
    result: str | None
    confidence: str | None
    is_catch_all: bool | None
    message: str | None
    provider: str | None
    sub_status: str | None
    free_email: bool | None
    disposable: bool | None
    is_federated: bool | None
    has_seg: bool | None
    seg_provider: str | None

    @classmethod
    def from_dict(cls, raw: Raw) -> Self:
        raw = _object(raw)
        return cls(
            raw,
            email=_str(raw, "email"),
            result=_str(raw, "result", "status"),
            confidence=_str(raw, "confidence"),
            is_catch_all=_bool(raw, "isCatchAll", "catchAll"),
            message=_str(raw, "message"),
            provider=_str(raw, "provider"),
            sub_status=_str(raw, "subStatus"),
            free_email=_bool(raw, "freeEmail"),
            disposable=_bool(raw, "disposable"),
            is_federated=_bool(raw, "isFederated"),
            has_seg=_bool(raw, "hasSEG"),
            seg_provider=_str(raw, "segProvider"),
        )


@dataclass(frozen=True, slots=True)
class EmailFinderView(_View):
    """One person's email search. `found` is the API's `found`, or, when it sends none, whether
    an email came back; `email` is None when nothing was found."""

    found: bool
    email: str | None
    first_name: str | None
    last_name: str | None
    domain: str | None
    confidence: str | None
    is_catch_all: bool | None
    provider: str | None
    message: str | None

    @classmethod
    def from_dict(cls, raw: Raw) -> Self:
        raw = _object(raw)
        email = _str(raw, "email")
        found = _bool(raw, "found")
        return cls(
            raw,
            found=bool(email) if found is None else found,
            email=email if found is not False else None,
            first_name=_str(raw, "firstName"),
            last_name=_str(raw, "lastName"),
            domain=_str(raw, "domain"),
            confidence=_str(raw, "confidence"),
            is_catch_all=_bool(raw, "isCatchAll", "catchAll"),
            provider=_str(raw, "provider"),
            message=_str(raw, "message"),
        )


class Phone(NamedTuple):
    """One phone number; `type` (e.g. mobile) only when the API said it."""

    number: str
    type: str | None = None


def _phones(value: Any) -> list[Phone]:
    """Phones sent as strings (endpoint pages) or as {number, type} objects (overview)."""
    phones = []
    for item in value if isinstance(value, list) else ():
        if isinstance(item, str):
            phones.append(Phone(item))
        elif isinstance(item, Mapping) and isinstance(item.get("number"), str):
            kind = item.get("type")
            phones.append(Phone(item["number"], kind if isinstance(kind, str) else None))
    return phones


@dataclass(frozen=True, slots=True)
class PhonesView(_View):
    """The phone numbers of one person (a single lookup's data, or one bulk result item).
    `found`: the API's `found`, or whether any number came back. `email` / `linkedin`: the
    submitted input a bulk item echoes; `error`: why a bulk item has no numbers."""

    found: bool
    phones: list[Phone]
    email: str | None
    linkedin: str | None
    error: str | None

    @classmethod
    def from_dict(cls, raw: Raw) -> Self:
        raw = _object(raw)
        phones = _phones(raw.get("phones"))
        found = _bool(raw, "found")
        return cls(
            raw,
            found=bool(phones) if found is None else found,
            phones=phones,
            email=_str(raw, "email"),
            linkedin=_str(raw, "linkedin"),
            error=_str(raw, "error"),
        )


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
    from `companyName` or `company`, `profile_url` from `profileUrl` or `linkedinUrl`. Everything else
    the endpoint pages document (skills, positions, schools ...) is in `raw`."""

    found: bool
    email: str | None
    display_name: str | None
    first_name: str | None
    last_name: str | None
    headline: str | None
    title: str | None
    company_name: str | None
    location: str | None
    profile_url: str | None

    @classmethod
    def from_dict(cls, raw: Raw) -> Self:
        raw = _object(raw)
        found = _bool(raw, "found")
        first, last = _str(raw, "firstName"), _str(raw, "lastName")
        joined = " ".join(part for part in (first, last) if part) or None
        return cls(
            raw,
            found=any(raw.get(m) for m in _PROFILE_MEMBERS) if found is None else found,
            email=_str(raw, "email"),
            display_name=_str(raw, "displayName") or joined,
            first_name=first,
            last_name=last,
            headline=_str(raw, "headline"),
            title=_str(raw, "title"),
            company_name=_str(raw, "companyName", "company"),
            location=_str(raw, "location"),
            profile_url=_str(raw, "profileUrl", "linkedinUrl"),
        )


@dataclass(frozen=True, slots=True)
class CompanyView(_View):
    """The company behind an IP address (a single lookup's data, or one batch result item).
    `found`: whether a company domain came back (only then is the lookup charged)."""

    found: bool
    search_ip: str | None
    ip_domain: str | None
    ip_organization: str | None
    ip_country_name: str | None
    ip_country_code: str | None
    ip_region_name: str | None
    ip_city: str | None
    ip_sub_continent: str | None
    ip_latitude: float | None
    ip_longitude: float | None
    ip_timezone: str | None
    ip_isp: str | None
    ip_range: str | None
    ip_usage_type: str | None

    @classmethod
    def from_dict(cls, raw: Raw) -> Self:
        raw = _object(raw)
        domain = _str(raw, "ipDomain")
        return cls(
            raw,
            found=bool(domain),
            search_ip=_str(raw, "searchIp"),
            ip_domain=domain,
            ip_organization=_str(raw, "ipOrganization"),
            ip_country_name=_str(raw, "ipCountryName"),
            ip_country_code=_str(raw, "ipCountryCode"),
            ip_region_name=_str(raw, "ipRegionName"),
            ip_city=_str(raw, "ipCity"),
            ip_sub_continent=_str(raw, "ipSubContinent"),
            ip_latitude=_number(raw, "ipLatitude"),
            ip_longitude=_number(raw, "ipLongitude"),
            ip_timezone=_str(raw, "ipTimezone"),
            ip_isp=_str(raw, "ipIsp"),
            ip_range=_str(raw, "ipRange"),
            ip_usage_type=_str(raw, "ipUsageType"),
        )


def _instant(value: str | None) -> datetime.datetime | None:
    try:
        return None if value is None else datetime.datetime.fromisoformat(value)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class BalanceView(_View):
    """The credit balance. The API Reference overview sends the balance only: then the other
    members are None."""

    balance: float | None
    organization_id: str | None
    currency: str | None
    as_of: datetime.datetime | None

    @classmethod
    def from_dict(cls, raw: Raw) -> Self:
        raw = _object(raw)
        return cls(
            raw,
            balance=_number(raw, "balance"),
            organization_id=_str(raw, "organizationId"),
            currency=_str(raw, "currency"),
            as_of=_instant(_str(raw, "asOf")),
        )


@dataclass(frozen=True, slots=True)
class Meta(_View):
    """What a single call cost (None where the API did not say)."""

    request_id: str | None
    credits_used: float | None
    credits_remaining: float | None
    processing_time_ms: float | None

    @classmethod
    def from_dict(cls, raw: Raw) -> Self:
        raw = _object(raw)
        return cls(
            raw,
            request_id=_str(raw, "requestId"),
            credits_used=_number(raw, "creditsUsed"),
            credits_remaining=_number(raw, "creditsRemaining"),
            processing_time_ms=_number(raw, "processingTimeMs"),
        )


@dataclass(frozen=True, slots=True)
class Answer(_View, Generic[V, M]):
    """A single call's answer: `data` (the normalised view), `meta` (what it cost), `raw` (the
    JSON body) and `model` (the same body as the generated envelope model)."""

    data: V
    meta: Meta
    model: M = field(repr=False)


def answer(envelope: FromDict[M], view: Callable[[Raw], V]) -> Callable[[Any], Answer[V, M]]:
    """The parser of a single call's 2xx body: the generated envelope checks it against the spec
    (a body that breaks the contract raises), the view reads it."""

    def parse(body: Any) -> Answer[V, M]:
        model = envelope.from_dict(body)
        return Answer(body, data=view(body["data"]), meta=Meta.from_dict(body.get("meta")), model=model)

    return parse


def batch_items(view: Callable[[Raw], V]) -> Callable[[Any], list[V]]:
    """The results of a batch results page (generated envelope) as views; each item model's
    to_dict() is the JSON it was read from."""
    return lambda envelope: [view(item.to_dict()) for item in results_of(envelope)]
