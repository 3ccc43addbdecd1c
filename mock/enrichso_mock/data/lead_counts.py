"""How many leads match a Lead Finder search (filters minus exclusions), reproducibly.

Every filter keeps a share of a 180-million-people database: values of vocabulary filters their
documented share (an unknown value matches nothing), free-text values a seeded share that depends
on the kind of field (a first name is common, a LinkedIn URL is one person), numeric minimums a
share that falls with the threshold, `...Max` filters the complement. Different filters multiply
(they are AND-ed), the values of one filter add up (OR-ed), each exclusion removes its share.

The pageable total follows the documentation: exact up to 10,000; above, approximate with a 25 %
dedup discount and capped at 500,000 (docs/api-notes.md 3.8).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .hashing import Hasher
from .lead_vocab import CATEGORICAL_SHARES

UNIVERSE = 180_000_000
EXACT_UP_TO = 10_000
MAX_PAGEABLE = 500_000
DEDUP_DISCOUNT = 0.75

PERSON_FIELDS = frozenset(
    (
        "firstName",
        "lastName",
        "middleName",
        "city",
        "stateName",
        "stateCode",
        "countryName",
        "countryCode",
        "continent",
        "countryRegion",
        "linkedinUrl",
        "linkedinHeadline",
        "personHeadline",
        "emailDomain",
        "emailAddress",
        "jobTitle",
        "jobFunction",
        "jobLevel",
        "jobDescription",
        "jobLocationCity",
        "jobLocationState",
        "jobLocationCountry",
        "jobIsCurrent",
        "jobStartDate",
        "jobCount",
        "persona",
        "languages",
        "skills",
        "certifications",
        "patents",
        "publications",
        "websites",
        "education",
        "phone",
        "cellphone",
    )
)

# (low, high) share of the database for one free-text value, by field; the rest use _DEFAULT_RANGE.
_ONE_PERSON = (1 / UNIVERSE, 1 / UNIVERSE)
_TEXT_RANGES: dict[str, tuple[float, float]] = {
    "firstName": (0.0005, 0.008), "lastName": (0.00005, 0.003), "middleName": (0.001, 0.01),
    "linkedinUrl": _ONE_PERSON, "emailAddress": _ONE_PERSON, "phone": _ONE_PERSON, "cellphone": _ONE_PERSON,
    "companyName": (5e-8, 5e-4), "orgName": (5e-8, 5e-4), "domain": (5e-8, 5e-4), "emailDomain": (5e-8, 5e-4),
    "orgLinkedinUrl": (5e-8, 5e-4), "logoUrl": (5e-8, 5e-4), "jobTitle": (0.00002, 0.004),
    "skills": (0.0005, 0.06), "languages": (0.002, 0.3), "city": (0.0003, 0.02),
    "locationCity": (0.0003, 0.02), "headquartersCity": (0.0003, 0.02), "jobLocationCity": (0.0003, 0.02),
    "stateName": (0.001, 0.05), "stateCode": (0.001, 0.05), "locationState": (0.001, 0.05),
    "headquartersState": (0.001, 0.05), "jobLocationState": (0.001, 0.05), "linkedinIndustry": (0.001, 0.03),
    "industrySicCode": (0.0005, 0.02), "industrySicDescription": (0.0005, 0.02),
    "industryNaicsCode": (0.0005, 0.02), "industryNaicsDescription": (0.0005, 0.02),
}  # fmt: skip
_DEFAULT_RANGE = (0.001, 0.05)
# Threshold at which a numeric minimum keeps half of the database, by field-name fragment.
_SCALES = (("employeeCount", 200.0), ("revenue", 5e6), ("Traffic", 5e4), ("Funding", 5e6), ("unding", 5e6),
           ("RoleCount", 3.0), ("OpenRoles", 3.0), ("jobCount", 2.0), ("locationCount", 2.0))  # fmt: skip
_MODE_FIELDS = frozenset({"companyNameMode"})
# The only exclusions the documentation supports (other keys are ignored).
EXCLUDABLE = frozenset({"personHeadline", "companyHeadline", "aboutUs", "domain", "jobTitle"})


@dataclass(frozen=True)
class Totals:
    raw: int  # searchedTotalResult
    pageable: int  # totalResults / count
    approximate: bool
    search_type: str  # people | company | unified


def search_key(filters: dict[str, Any], exclude: dict[str, Any] | None) -> str:
    """A canonical text for a filter combination: one string and a one-item list are the same
    filter, value order does not matter. Also the identity of a 'search' for the free tier."""

    def norm(value: Any) -> Any:
        if isinstance(value, list):
            return sorted({str(v) for v in value})
        if isinstance(value, str):
            return [value]
        return value

    excluded = {k: v for k, v in (exclude or {}).items() if k in EXCLUDABLE and isinstance(v, str | list)}
    canonical = {
        "filters": {k: norm(v) for k, v in sorted(filters.items()) if v not in ("", [], None)},
        "exclude": {k: norm(v) for k, v in sorted(excluded.items()) if v not in ("", [], None)},
    }
    return json.dumps(canonical, sort_keys=True, separators=(",", ":"))


@lru_cache(maxsize=4096)
def totals(seed: int, key: str) -> Totals:
    parsed = json.loads(key)
    filters, exclude = parsed["filters"], parsed["exclude"]
    hasher = Hasher(seed, "leads/counts")
    share = 1.0
    for name, value in filters.items():
        share *= _field_share(hasher, name, value, filters)
    for name, value in exclude.items():
        for term in value:
            share *= 1.0 - _text_share(hasher, f"exclude:{name}", term, _TEXT_RANGES.get(name, (0.005, 0.08)))
    # A seeded +-15 % keyed by the filters alone, so that exclusions can only lower the total.
    jitter = 0.85 + 0.3 * hasher.unit(json.dumps(filters, sort_keys=True))
    raw = round(UNIVERSE * share * jitter)
    if raw <= EXACT_UP_TO:
        pageable, approximate = raw, False
    else:
        pageable, approximate = min(MAX_PAGEABLE, round(raw * DEDUP_DISCOUNT)), True
    return Totals(raw, pageable, approximate, _search_type(filters))


def _field_share(hasher: Hasher, name: str, value: Any, filters: dict[str, Any]) -> float:
    if name in _MODE_FIELDS:
        return 1.0
    if name in CATEGORICAL_SHARES:
        table = CATEGORICAL_SHARES[name]
        return min(1.0, sum(table.get(v, 0.0) for v in value))
    if isinstance(value, bool):
        if name == "jobIsCurrent":
            return 0.9 if value else 0.1
        return 0.35 if value else 0.65
    if isinstance(value, int | float):
        return _numeric_share(hasher, name, float(value))
    low_high = _TEXT_RANGES.get(name, _DEFAULT_RANGE)
    if name == "companyName" and filters.get("companyNameMode") == "contains":
        low_high = (low_high[0] * 20, low_high[1] * 20)
    return min(1.0, sum(_text_share(hasher, name, v, low_high) for v in value))


def _text_share(hasher: Hasher, name: str, value: str, low_high: tuple[float, float]) -> float:
    low, high = low_high
    if low == high:
        return low
    unit = hasher.unit(safe_text(f"{name}\x00{value.strip().lower()}"))
    return math.exp(math.log(low) + unit * (math.log(high) - math.log(low)))


def safe_text(text: str) -> str:
    """`text` with lone surrogates (valid in JSON escapes, not in UTF-8) spelled out, for hashing."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _numeric_share(hasher: Hasher, name: str, value: float) -> float:
    if name == "foundedOn":
        return 0.01 + 0.02 * hasher.unit(f"foundedOn\x00{value}")
    scale = next((s for fragment, s in _SCALES if fragment in name), 10.0)
    kept_above = 1.0 / (1.0 + max(value, 0.0) / scale)
    return 1.0 - kept_above if name.endswith("Max") else kept_above


def _search_type(filters: dict[str, Any]) -> str:
    person = any(name in PERSON_FIELDS for name in filters)
    company = any(name not in PERSON_FIELDS and name not in _MODE_FIELDS for name in filters)
    if person and not company:
        return "people"
    if company and not person:
        return "company"
    return "unified"
