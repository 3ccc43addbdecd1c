"""Leads of the Lead Finder database: identity, attributes and how each answer shows them.

A lead is a function of (seed, LeadRef): the values the search pinned (a job level, a country, a
company... chosen among the search's filter values, so every row matches its search) plus a
nonce for everything else. The `enc_...` id is that LeadRef, serialised and scrambled, so an id
alone brings back the same person in reveal, enrich, unlock-names and export, for any
organization and across restarts. An id the simulator did not issue (e.g. the documentation's
`enc_abc123def456`) still names a stable person: one derived from the id's hash.

Row `index` of a search is a function of (seed, search key, index), so paging, exporting the same
filters and re-running a search agree. Leads excluded by `excludeFilters` are skipped by
re-drawing the row.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from . import companies
from .companies import Company
from .hashing import Draw, Hasher
from .lead_vocab import (
    CHIEF_TITLES,
    COUNTRIES,
    COUNTRY_BY_CODE,
    COUNTRY_BY_NAME,
    COUNTRY_WEIGHTS,
    FUNCTION_AREAS,
    FUNDING_TYPES,
    INDUSTRIES,
    JOB_FUNCTIONS,
    JOB_LEVEL_SHARES,
    OTHER_TITLES,
    REVENUE_BUCKETS,
    SKILLS,
    STAFF_TITLES,
    Country,
    canonical_level,
)
from .people import ascii_slug
from .vocab import FIRST_NAMES, LAST_NAMES

ID_PREFIX = "enc_"
EMAIL_FOUND_SHARE = 0.82
PHONE_FOUND_SHARE = 0.55

# Filters whose values a generated lead takes on (others only narrow the count).
_PINNABLE = (
    "firstName", "lastName", "city", "stateName", "countryName", "countryCode", "jobTitle", "jobFunction",
    "jobLevel", "companyName", "orgName", "domain", "emailDomain", "linkedinIndustry",
    "industrySicDescription", "industryNaicsDescription", "revenueBuckets", "headquartersCity",
    "headquartersState", "headquartersCountry", "lastFundingTypeOrg", "skills",
)  # fmt: skip
_PINNED_TYPES: dict[str, tuple[type, ...]] = {
    **{name: (str,) for name in _PINNABLE},
    "employeeCount": (int,),
    "foundedOn": (int,),
}
_PINNED_NAMES = frozenset(_PINNED_TYPES)
_REDRAWS = 32  # a row an exclusion rejects is drawn again (a search excluding everything stays empty)
_KEYSTREAM_KEY = b"enrichso-mock/lead-id/v1"
_LEVELS = tuple(JOB_LEVEL_SHARES)
_LEVEL_WEIGHTS = tuple(JOB_LEVEL_SHARES.values())
_WELL_KNOWN = frozenset(companies.VOCABULARY[:120])
_TAGLINES = ("building the future of work", "trusted by teams worldwide", "making complex things simple",
             "the platform for modern businesses", "helping customers grow")  # fmt: skip


@dataclass(frozen=True)
class LeadRef:
    nonce: int
    pinned: tuple[tuple[str, Any], ...] = ()

    def get(self, name: str) -> Any:
        return self._values.get(name)

    @cached_property
    def _values(self) -> dict[str, Any]:
        return dict(self.pinned)


@dataclass(frozen=True)
class Lead:
    ref: LeadRef
    given_id: str | None  # the id the caller used, when the lead came from one
    nonce: int
    first_name: str
    last_name: str
    title: str
    function: str
    level: str
    company: Company
    org: dict[str, Any]  # the company's attributes, named as in LeadSearchPreviewResult
    city: str | None
    state: str | None
    country: str | None
    country_info: Country | None
    email_domain: str
    skills: tuple[str, ...]
    linkedin_url: str
    connections: int

    @property
    def id(self) -> str:
        """The `enc_...` id (encoded on demand: CSV rows never need it)."""
        return self.given_id if self.given_id is not None else encode(self.ref)

    @property
    def headline(self) -> str:
        return f"{self.title} at {self.company.name}"

    @property
    def masked_last_name(self) -> str:
        return f"{self.last_name[:1]}." if self.last_name else ""


# -- ids ----------------------------------------------------------------------------------------
def _keystream(length: int) -> bytes:
    blocks = (
        hashlib.blake2b(_KEYSTREAM_KEY + i.to_bytes(4, "big"), digest_size=64).digest()
        for i in range(length // 64 + 1)
    )
    return b"".join(blocks)[:length]


def encode(ref: LeadRef) -> str:
    payload = json.dumps([ref.nonce, dict(ref.pinned)], separators=(",", ":")).encode()
    scrambled = bytes(a ^ b for a, b in zip(payload, _keystream(len(payload)), strict=True))
    return ID_PREFIX + base64.urlsafe_b64encode(scrambled).decode().rstrip("=")


@lru_cache(maxsize=65_536)
def decode(lead_id: str) -> LeadRef:
    """The LeadRef behind an id; a stable made-up person for an id the simulator did not issue."""
    body = lead_id[len(ID_PREFIX) :] if lead_id.startswith(ID_PREFIX) else lead_id
    try:
        scrambled = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        payload = bytes(a ^ b for a, b in zip(scrambled, _keystream(len(scrambled)), strict=True))
        nonce, pinned = json.loads(payload)
        if isinstance(nonce, int) and isinstance(pinned, dict):
            kept = {k: v for k, v in pinned.items() if k in _PINNED_NAMES and type(v) in _PINNED_TYPES[k]}
            return LeadRef(nonce, tuple(sorted(kept.items())))
    except (ValueError, binascii.Error, TypeError, UnicodeDecodeError):
        pass
    digest = hashlib.blake2b(lead_id.encode("utf-8", "backslashreplace"), digest_size=7).digest()
    return LeadRef(int.from_bytes(digest, "big"))


# -- search rows --------------------------------------------------------------------------------
@lru_cache(maxsize=16)
def _hasher(seed: int, purpose: str) -> Hasher:
    return Hasher(seed, purpose)


def ref_at(
    seed: int, key: str, filters: dict[str, Any], exclude: dict[str, Any] | None, index: int
) -> LeadRef:
    """The LeadRef of row `index` of a search (re-drawn while an exclusion rejects it)."""
    for attempt in range(_REDRAWS):
        draw = _hasher(seed, "leads/rows").draw(f"{key}\x00{index}\x00{attempt}")
        ref = LeadRef(_nonce(draw), _pin(draw, filters))
        if not exclude or not is_excluded(lead(seed, ref), exclude):
            return ref
    return ref


def nonce_at(seed: int, key: str, filters: dict[str, Any], exclude: dict[str, Any] | None, index: int) -> int:
    """The nonce of row `index` (all contact availability depends on), without building the lead
    unless an exclusion may re-draw the row."""
    if exclude:
        return ref_at(seed, key, filters, exclude, index).nonce
    return _nonce(_hasher(seed, "leads/rows").draw(f"{key}\x00{index}\x000"))


def _nonce(draw: Draw) -> int:
    return draw.below(2**28) * 2**28 + draw.below(2**28)


def _pin(draw: Draw, filters: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    pinned: dict[str, Any] = {}
    for name in _PINNABLE:
        value = filters.get(name)
        if isinstance(value, list) and value:
            pinned[name] = draw.pick(value)
        elif isinstance(value, str) and value:
            pinned[name] = value
    low = filters.get("employeeCountMin", filters.get("employeeCount"))
    high = filters.get("employeeCountMax")
    if low is not None or high is not None:
        low_value = max(1, int(low or 1))
        high_value = max(low_value, int(high)) if high is not None else low_value * 20
        pinned["employeeCount"] = _log_uniform(draw, low_value, high_value)
    founded = filters.get("foundedOn")
    if isinstance(founded, int | float) and 1800 <= founded <= 2100:
        pinned["foundedOn"] = int(founded)
    return tuple(sorted(pinned.items()))


def is_excluded(candidate: Lead, exclude: dict[str, Any]) -> bool:
    def terms(name: str) -> list[str]:
        value = exclude.get(name)
        values = value if isinstance(value, list) else [value] if value else []
        return [v.lower() for v in values if v]

    if candidate.company.domain.lower() in terms("domain"):
        return True
    title, headline = candidate.title.lower(), candidate.headline.lower()
    if any(t in title for t in terms("jobTitle")) or any(t in headline for t in terms("personHeadline")):
        return True
    company_text = f"{candidate.org['companyHeadline']} {candidate.org['specialties']}".lower()
    return any(t in company_text for t in terms("companyHeadline") + terms("aboutUs"))


# -- who a lead is ------------------------------------------------------------------------------
def lead_by_id(seed: int, lead_id: str) -> Lead:
    return lead(seed, decode(lead_id), lead_id)


def lead(seed: int, ref: LeadRef, lead_id: str | None = None) -> Lead:
    draw = _hasher(seed, "leads/person").draw(str(ref.nonce))
    first = ref.get("firstName") or draw.pick(FIRST_NAMES)
    last = ref.get("lastName") or draw.pick(LAST_NAMES)
    level = ref.get("jobLevel") or _LEVELS[_weighted(draw, _LEVEL_WEIGHTS)]
    function = ref.get("jobFunction") or draw.pick(JOB_FUNCTIONS)
    title = ref.get("jobTitle") or _title(draw, canonical_level(level), function)
    company = _company(draw, ref)
    org = company_profile(seed, company, ref)
    country_info, city, state = _place(draw, ref)
    country = ref.get("countryName") or (country_info.name if country_info else None)
    skills = tuple(
        dict.fromkeys([*(s for s in [ref.get("skills")] if s), *draw.sample(SKILLS, draw.between(2, 4))])
    )
    slug = f"{ascii_slug(first)}-{ascii_slug(last)}-{ref.nonce % 16**6:06x}"
    return Lead(
        ref=ref,
        given_id=lead_id,
        nonce=ref.nonce,
        first_name=first,
        last_name=last,
        title=title,
        function=function,
        level=level,
        company=company,
        org=org,
        city=city,
        state=state,
        country=country,
        country_info=country_info,
        email_domain=ref.get("emailDomain") or company.domain,
        skills=skills,
        linkedin_url=f"https://www.linkedin.com/in/{slug}",
        connections=draw.between(30, 500) if draw.unit() < 0.7 else 500 + draw.below(9_000),
    )


def _weighted(draw: Draw, weights: tuple[float, ...]) -> int:
    point = draw.unit() * sum(weights)
    for i, weight in enumerate(weights):
        point -= weight
        if point < 0:
            return i
    return len(weights) - 1


def _log_uniform(draw: Draw, low: int, high: int) -> int:
    return int(math.exp(math.log(low) + draw.unit() * (math.log(high + 1) - math.log(low))))


def _title(draw: Draw, level: str, function: str) -> str:
    area = FUNCTION_AREAS.get(function, "Operations")
    if level == "C-Team":
        return CHIEF_TITLES.get(function) or draw.pick(
            ("Chief Executive Officer", "Founder & CEO", "President")
        )
    if level == "VP":
        return f"VP of {area}"
    if level == "Director":
        return f"Director of {area}"
    if level == "Manager":
        return f"{area} Manager"
    if level == "Staff":
        return draw.pick(STAFF_TITLES.get(function, (f"{area} Specialist", f"{area} Associate")))
    return draw.pick(OTHER_TITLES)


def _company(draw: Draw, ref: LeadRef) -> Company:
    name = ref.get("companyName") or ref.get("orgName")
    if name:
        return companies.by_name(name)
    if ref.get("domain"):
        return companies.by_domain(ref.get("domain"))
    if draw.unit() < 0.5:
        return companies.VOCABULARY[draw.below(120)]
    return companies.VOCABULARY[draw.below(len(companies.VOCABULARY))]


def _place(draw: Draw, ref: LeadRef) -> tuple[Country | None, str | None, str | None]:
    country = COUNTRY_BY_NAME.get(ref.get("countryName") or "") or COUNTRY_BY_CODE.get(
        ref.get("countryCode") or ""
    )
    if country is None and not ref.get("countryName"):
        country = COUNTRIES[_weighted(draw, COUNTRY_WEIGHTS)]
    city = ref.get("city") or (country.city if country else None)
    state = ref.get("stateName") or (country.state if country else None)
    return country, city, state


@lru_cache(maxsize=8192)
def _base_profile(seed: int, company: Company) -> dict[str, Any]:
    draw = _hasher(seed, "leads/company").draw(company.domain)
    known = company in _WELL_KNOWN
    employees = _log_uniform(draw, 2_000, 200_000) if known else _log_uniform(draw, 5, 20_000)
    sic, naics, industry, specialties = draw.pick(INDUSTRIES)
    hq = COUNTRIES[_weighted(draw, COUNTRY_WEIGHTS)]
    funded = draw.unit() < 0.6
    funding_year = draw.between(2015, 2025)
    return {
        "employeeCount": employees,
        "industrySicDescription": sic,
        "industryNaicsDescription": naics,
        "linkedinIndustry": industry,
        "revenue": _revenue_bucket(employees * draw.between(80_000, 250_000)),
        "specialties": ", ".join(draw.sample(specialties, 2)),
        "foundedOn": str(draw.between(1950, 2012) if known else draw.between(1985, 2022)),
        "headquartersCity": hq.city,
        "headquartersState": hq.state,
        "headquartersCountry": hq.name,
        "employeeOnLinkedinGrowthRateOrg": draw.between(-5, 40),
        "totalMonthlyTrafficOrg": employees * draw.between(20, 400),
        "totalFundingAmountOrg": employees * draw.between(5_000, 60_000) if funded else None,
        "lastFundingTypeOrg": draw.pick(FUNDING_TYPES[16:]) if funded else None,
        "lastFundingDateOrg": f"{funding_year}-{draw.between(1, 12):02d}-{draw.between(1, 28):02d}"
        if funded
        else None,
        "companyHeadline": f"{company.name} — {draw.pick(_TAGLINES)}",
    }


def company_profile(seed: int, company: Company, ref: LeadRef) -> dict[str, Any]:
    """The company's attributes, with the values the search pinned taking precedence."""
    profile = dict(_base_profile(seed, company))
    overrides = {
        "industrySicDescription": ref.get("industrySicDescription"),
        "industryNaicsDescription": ref.get("industryNaicsDescription"),
        "linkedinIndustry": ref.get("linkedinIndustry"),
        "revenue": ref.get("revenueBuckets"),
        "headquartersCity": ref.get("headquartersCity"),
        "headquartersState": ref.get("headquartersState"),
        "headquartersCountry": ref.get("headquartersCountry"),
        "lastFundingTypeOrg": ref.get("lastFundingTypeOrg"),
        "employeeCount": ref.get("employeeCount"),
        "foundedOn": str(ref.get("foundedOn")) if ref.get("foundedOn") else None,
    }
    profile.update({k: v for k, v in overrides.items() if v is not None})
    return profile


def _revenue_bucket(revenue: int) -> str:
    limits = (1e6, 1e7, 5e7, 1e8, 1e9)
    buckets = list(REVENUE_BUCKETS)
    return next((buckets[i] for i, limit in enumerate(limits) if revenue < limit), buckets[-1])


# -- contacts -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Contacts:
    email: str | None
    phone: str | None
    cellphone: str | None


def contact_availability(seed: int, nonce: int) -> tuple[bool, bool]:
    """(has an email, has a phone), a function of the lead alone."""
    digest = _hasher(seed, "leads/contacts").digest(str(nonce))
    email, phone = int.from_bytes(digest[:4], "big") / 2**32, int.from_bytes(digest[4:8], "big") / 2**32
    return email < EMAIL_FOUND_SHARE, phone < PHONE_FOUND_SHARE


def contacts(seed: int, person: Lead) -> Contacts:
    has_email, has_phone = contact_availability(seed, person.nonce)
    draw = _hasher(seed, "leads/contact-values").draw(str(person.nonce))
    first, last = ascii_slug(person.first_name) or "contact", ascii_slug(person.last_name) or "lead"
    local = draw.pick((f"{first}.{last}", f"{first[0]}{last}", first, f"{first}{last[0]}"))
    email = f"{local}@{person.email_domain.lower()}" if has_email else None
    prefix = person.country_info.phone_prefix if person.country_info else "+1"
    digits = 9 if prefix == "+1" else 8
    phone = f"{prefix}{draw.between(2, 9)}{draw.below(10**digits):0{digits}d}" if has_phone else None
    cellphone = (
        f"{prefix}{draw.between(6, 9)}{draw.below(10**digits):0{digits}d}"
        if has_phone and draw.unit() < 0.6
        else None
    )
    return Contacts(email, phone, cellphone)


# -- how answers show a lead --------------------------------------------------------------------
def preview(person: Lead) -> dict[str, Any]:
    """A LeadSearchPreviewResult: last name masked, no contact details."""
    org = person.org
    return {
        "id": person.id,
        "firstName": person.first_name,
        "lastName": person.masked_last_name,
        "logoUrl": person.company.logo_url,
        "emailDomain": person.email_domain,
        "linkedinUrl": person.linkedin_url,
        "linkedinHeadline": person.headline,
        "jobTitle": person.title,
        "jobFunction": person.function,
        "jobLevel": person.level,
        "companyName": person.company.name,
        "skills": ", ".join(person.skills),
        "city": person.city,
        "stateName": person.state,
        "countryName": person.country,
        "domain": person.company.domain,
        "orgLinkedinUrl": person.company.linkedin_url,
        **{k: org[k] for k in _ORG_PREVIEW_FIELDS},
        "linkedinConnectionsCount": person.connections,
        "logoUrlOrg": person.company.logo_url,
        "companyHeadline": org["companyHeadline"],
    }


_ORG_PREVIEW_FIELDS = (
    "employeeCount", "industrySicDescription", "industryNaicsDescription", "revenue", "specialties",
    "foundedOn", "headquartersCity", "headquartersState", "headquartersCountry",
    "employeeOnLinkedinGrowthRateOrg", "totalMonthlyTrafficOrg", "totalFundingAmountOrg",
    "lastFundingTypeOrg", "lastFundingDateOrg",
)  # fmt: skip


def revealed(seed: int, person: Lead, fields: Iterable[str]) -> dict[str, Any]:
    """A RevealedContact with the requested fields (null where nothing was found)."""
    wanted = set(fields)
    found = contacts(seed, person)
    body: dict[str, Any] = {
        "id": person.id,
        "firstName": person.first_name,
        "lastName": person.last_name,
        "jobTitle": person.title,
        "companyName": person.company.name,
        "linkedinUrl": person.linkedin_url,
        "domain": person.company.domain,
    }
    if "email" in wanted:
        body["emailAddress"] = found.email
    if "phone" in wanted:
        body["phone"] = found.phone
        body["cellphone"] = found.cellphone
    return body


CSV_COLUMNS = (
    "First Name", "Last Name", "Job Title", "Job Function", "Job Level", "Company Name", "Domain",
    "LinkedIn URL", "City", "State", "Country", "Employee Count", "Industry", "Revenue",
)  # fmt: skip


def csv_row(seed: int, person: Lead, *, full_name: bool, email: bool, phone: bool) -> list[Any]:
    org = person.org
    row: list[Any] = [
        person.first_name,
        person.last_name if full_name else person.masked_last_name,
        person.title,
        person.function,
        person.level,
        person.company.name,
        person.company.domain,
        person.linkedin_url,
        person.city or "",
        person.state or "",
        person.country or "",
        org["employeeCount"],
        org["linkedinIndustry"],
        org["revenue"],
    ]
    if email or phone:
        found = contacts(seed, person)
        if email:
            row.append(found.email or "")
        if phone:
            row.extend([found.phone or "", found.cellphone or ""])
    return row


def csv_header(*, email: bool, phone: bool) -> list[str]:
    return [*CSV_COLUMNS, *(["Email"] if email else []), *(["Phone", "Cellphone"] if phone else [])]
