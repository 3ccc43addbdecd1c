"""Email finder: found for about 70% of people, with an address built from name + domain in the
domain's own pattern (every person at one domain gets the same pattern)."""

from __future__ import annotations

from typing import Any

from .domains import domain_profile
from .hashing import Hasher
from .people import ascii_slug

NOT_FOUND, FOUND_HIGH, FOUND_MEDIUM, FOUND_LOW = 0, 1, 2, 3
CHARGED = frozenset({FOUND_HIGH, FOUND_MEDIUM, FOUND_LOW})
_CONFIDENCE = {FOUND_HIGH: "high", FOUND_MEDIUM: "medium", FOUND_LOW: "low"}
_PATTERNS = ("{f}.{l}", "{f}.{l}", "{f}{l}", "{i}{l}", "{f}", "{f}_{l}", "{i}.{l}")
NOT_FOUND_MESSAGE = "No professional email could be found for this person"


def lead_key(first: str, last: str, domain: str) -> str:
    return f"{first.strip().lower()}\x00{last.strip().lower()}\x00{normalise_domain(domain)}"


def normalise_domain(domain: str) -> str:
    domain = domain.strip().lower()
    for prefix in ("https://", "http://", "www."):
        domain = domain.removeprefix(prefix)
    return domain.split("/")[0]


def outcome(hasher: Hasher, seed: int, first: str, last: str, domain: str) -> int:
    given, family, d = ascii_slug(first), ascii_slug(last), normalise_domain(domain)
    if not given or not family or "." not in d or d.startswith(".") or d.endswith("."):
        return NOT_FOUND
    roll = hasher.unit(lead_key(first, last, domain))
    if roll >= 0.70:
        return NOT_FOUND
    if domain_profile(seed, d).catch_all:
        return FOUND_LOW
    return FOUND_HIGH if roll < 0.45 else FOUND_MEDIUM if roll < 0.62 else FOUND_LOW


def address(seed: int, first: str, last: str, domain: str) -> str:
    given, family, d = ascii_slug(first), ascii_slug(last), normalise_domain(domain)
    pattern = Hasher(seed, "email_pattern").draw(d).pick(_PATTERNS)
    return pattern.format(f=given, l=family, i=given[:1]) + "@" + d


def result(seed: int, first: str, last: str, domain: str, code: int) -> dict[str, Any]:
    body: dict[str, Any] = {"firstName": first, "lastName": last, "domain": domain}
    if code == NOT_FOUND:
        body.update(found=False, message=NOT_FOUND_MESSAGE)
        return body
    profile = domain_profile(seed, normalise_domain(domain))
    confidence = _CONFIDENCE[code]
    body.update(
        found=True,
        email=address(seed, first, last, domain),
        confidence=confidence,
        isCatchAll=profile.catch_all,
        provider=profile.provider,
        message=f"Email found with {confidence} confidence",
    )
    return body
