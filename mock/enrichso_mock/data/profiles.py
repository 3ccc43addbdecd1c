"""Reverse email lookup: the professional profile behind an email, or none.

The name comes from the email's local part when it looks like one (emily.zhang -> Emily Zhang),
the company from its domain (figma.com -> Figma; free-mail domains get a seeded employer).
About 65% of work emails and 40% of free-mail ones have a profile; local parts containing
"noprofile" never do."""

from __future__ import annotations

from typing import Any

from .domains import company_name
from .hashing import Draw, Hasher
from .people import ascii_slug, names_from_local_part
from .vocab import (
    COMPANIES,
    DEGREES,
    FIRST_NAMES,
    FREE_MAIL_DOMAINS,
    JOB_TITLES,
    LAST_NAMES,
    PLACES,
    SCHOOLS,
    SKILLS,
)

NOT_FOUND, FOUND = 0, 1
CHARGED = frozenset({FOUND})
_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def outcome(hasher: Hasher, email: str) -> int:
    email = email.strip().lower()
    local, _, domain = email.rpartition("@")
    if not local or "noprofile" in local:
        return NOT_FOUND
    threshold = 0.40 if domain in FREE_MAIL_DOMAINS else 0.65
    return FOUND if hasher.unit(email) < threshold else NOT_FOUND


def profile(hasher: Hasher, email: str, *, full: bool) -> dict[str, Any]:
    """The ReverseLookupResult of a found email; `full` is the single lookup's richer record."""
    email = email.strip().lower()
    local, _, domain = email.rpartition("@")
    draw = hasher.draw(email + "\x00profile")
    names = names_from_local_part(local)
    first, last = names if names else (draw.pick(FIRST_NAMES), draw.pick(LAST_NAMES))
    company = draw.pick(COMPANIES)[0] if domain in FREE_MAIL_DOMAINS else company_name(domain)
    title = draw.pick(JOB_TITLES)
    city, region, _country, code, *_ = draw.pick(PLACES)
    slug = f"{ascii_slug(first)}{ascii_slug(last)}{draw.between(1, 999)}"
    body: dict[str, Any] = {
        "id": "ACoAA" + "".join(draw.pick(_ID_ALPHABET) for _ in range(15)),
        "displayName": f"{first} {last}",
        "firstName": first,
        "lastName": last,
        "headline": f"{title} at {company}",
        "companyName": company,
        "location": f"{city}, {region}",
        "profileUrl": f"https://www.linkedin.com/in/{slug}",
        "isPublic": draw.unit() < 0.9,
        "skills": draw.sample(SKILLS, draw.between(2, 5)),
    }
    if not full:
        return body
    connections = draw.between(40, 2_000)
    body.update(
        summary=f"{title} at {company}, focused on {' and '.join(s.lower() for s in body['skills'][:2])}.",
        photoUrl=f"https://media.licdn.com/dms/image/{body['id']}/profile-displayphoto-shrink_200/photo.jpg",
        connectionCount=min(connections, 500),
        isConnectionCountObfuscated=connections >= 500,
        locale={"country": code, "language": "en"},
        schools=_schools(draw),
        positions=_positions(draw, title, company, f"{city}, {region}"),
        creditsConsumed=10,
    )
    return body


def _schools(draw: Draw) -> dict[str, Any]:
    school, place = draw.pick(SCHOOLS)
    start = draw.between(2000, 2016)
    history = [
        {
            "degreeName": draw.pick(DEGREES),
            "schoolName": school,
            "schoolLocation": place,
            "startEndDate": {"start": {"year": start}, "end": {"year": start + 4}},
        }
    ]
    return {"educationsCount": len(history), "educationHistory": history}


def _positions(draw: Draw, title: str, company: str, location: str) -> dict[str, Any]:
    year = 2025 - draw.between(0, 4)
    history = [
        {
            "title": title,
            "companyName": company,
            "companyLocation": location,
            "description": f"{title} on the {company} team.",
            "startEndDate": {"start": {"month": draw.between(1, 12), "year": year}, "end": None},
        }
    ]
    for _ in range(draw.between(1, 2)):
        end = year - draw.between(0, 1)
        start = end - draw.between(1, 4)
        history.append(
            {
                "title": draw.pick(JOB_TITLES),
                "companyName": draw.pick(COMPANIES)[0],
                "companyLocation": location,
                "startEndDate": {
                    "start": {"month": draw.between(1, 12), "year": start},
                    "end": {"month": draw.between(1, 12), "year": end},
                },
            }
        )
        year = start
    return {"positionsCount": len(history), "positionHistory": history}
