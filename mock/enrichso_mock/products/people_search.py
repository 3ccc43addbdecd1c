"""People Search: waterfallIcpSearch (a ranked ICP cascade) and employeeFinder (a filtered list),
both over the seeded org chart of the company a LinkedIn company URL names (data/employees.py).

Waterfall cascade, as the simulator reads the documentation (docs/api-notes.md 3.9):
- Levels run in order; a person found by an earlier level is not considered by later ones.
  Without `cascade`: CEO / Founder (titles, priority 30) -> C-Level (20) -> VP (10) -> Director.
- A person is found by a level when every criterion it specifies holds: the title criterion
  (`include_title` exact, partial or - with `include_headline_search` - headline match, or the
  function is one of `job_functions`), the level criterion (`job_levels` contains the person's
  level, or the title criterion matched on the title itself), `location` (country code, UK as GB,
  continent code or WORLD), and no `exclude_title` term in the title. Skills only score.
- Score: the points of the dimensions the level specifies (title 30/25/20/10, level 20/10/5 by
  distance on the documented ladder, skills 15 x matched/requested, location 15 country or WORLD /
  7 continent) plus the ones that always count (current job 10, profile completeness 5, tenure 5),
  normalised to 0-100 over their maximum, plus the level's priority bonus (capped at 100): at
  equal match quality a higher bonus ranks first, and equal scores keep the cascade's order.
- `min_score` filters, results are sorted by score, `max_results` caps them; 1 credit per result.

Both operations 400 unless the URL is a LinkedIn company URL (the spec's pattern), with the
documented detail.
"""

from __future__ import annotations

import hashlib
import math
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from ..call import Call
from ..data import companies
from ..data.employees import LADDER, Employee, employees
from ..registry import operation

# The documented 400 for a URL that is not a LinkedIn company URL (the spec's `pattern`).
INVALID_URL = {
    "body/company_linkedin_url": (
        "company_linkedin_url: Must be a LinkedIn company URL (e.g. https://www.linkedin.com/company/google/)"
    )
}
DEFAULT_CASCADE: tuple[dict[str, Any], ...] = (
    {
        "include_title": ["CEO", "Chief Executive Officer", "Founder", "Co-Founder", "Owner"],
        "priority_bonus": 30,
    },
    {"job_levels": ["C-Level"], "priority_bonus": 20},
    {"job_levels": ["VP"], "priority_bonus": 10},
    {"job_levels": ["Director"], "priority_bonus": 0},
)
LEVEL_ALIASES = {"c-suite": "C-Level", "cxo": "C-Level", "c-team": "C-Level", "vice president": "VP"}
COUNTRY_ALIASES = {"UK": "GB"}
CONTINENT_CODES = {
    "NORTH_AMERICA": "North America",
    "SOUTH_AMERICA": "South America",
    "EUROPE": "Europe",
    "ASIA": "Asia",
    "AFRICA": "Africa",
    "OCEANIA": "Oceania",
    "AUSTRALIA": "Oceania",
}
ALWAYS_MAX = {"current_job": 10, "profile_completeness": 5, "experience": 5}


def _company_employees(call: Call) -> tuple[str, str, tuple[Employee, ...]]:
    """(the URL, the company's name, its people). The spec's pattern has already refused any URL
    that is not a LinkedIn company URL, with the documented detail (INVALID_URL)."""
    url = call.body["company_linkedin_url"]
    company = companies.from_url(url)
    return url, company.name, employees(call.seed, company)


def _charge(call: Call, results: int) -> dict[str, Any]:
    """1 credit per result (402 first when the balance is short); the meta with a UUID request id."""
    if results:
        call.org.wallet.deduct(
            results, f"{call.operation_id} — {results} profiles", {"operation": call.operation_id}
        )
    digest = hashlib.blake2b(call.request_id.encode(), digest_size=16).digest()
    request_uuid = uuid.UUID(bytes=digest, version=4)
    return {
        "requestId": str(request_uuid),
        "creditsUsed": results,
        "creditsRemaining": call.org.wallet.balance,
    }


def _today(call: Call) -> date:
    return datetime.fromtimestamp(call.org.clock.epoch(), tz=UTC).date()


# -- waterfall ICP search -------------------------------------------------------------------------
@dataclass(frozen=True)
class Candidate:
    person: Employee
    level_index: int
    score: float
    factors: dict[str, float]
    matched: list[str]


@operation("waterfallIcpSearch", invalid_details=INVALID_URL)
def waterfall_icp_search(call: Call) -> dict[str, Any]:
    _, company, people = _company_employees(call)
    cascade = call.body.get("cascade") or list(DEFAULT_CASCADE)
    min_score = call.body.get("min_score", 0)
    max_results = int(call.body.get("max_results", 25))  # 25.0 is a valid JSON Schema integer
    today = _today(call)
    remaining = list(people)
    found: list[Candidate] = []
    stats = []
    for level_index, level in enumerate(cascade):
        matches = [c for person in remaining if (c := _match(person, level, level_index, today)) is not None]
        taken = {id(c.person) for c in matches}
        remaining = [person for person in remaining if id(person) not in taken]  # dedup across levels
        found.extend(matches)
        stats.append({"level": level_index, "candidates_found": len(matches), "candidates_kept": 0})
    kept = sorted(
        (c for c in found if c.score >= min_score),
        key=lambda c: (-c.score, c.level_index, c.person.full_name),
    )[:max_results]
    for candidate in kept:
        stats[candidate.level_index]["candidates_kept"] += 1
    results = [_icp_result(c, rank, company) for rank, c in enumerate(kept, start=1)]
    body = {
        "results": results,
        "total_found": len(found),
        "total_returned": len(results),
        "cascade_stats": stats,
    }
    return call.envelope(body, _charge(call, len(results)))


def _match(person: Employee, level: dict[str, Any], level_index: int, today: date) -> Candidate | None:
    title = person.title.lower()
    if any(term.lower() in title for term in level.get("exclude_title") or ()):
        return None
    factors: dict[str, float] = {}
    matched: list[str] = []
    maximum = dict(ALWAYS_MAX)

    titles, functions = level.get("include_title") or [], level.get("job_functions") or []
    title_points = 0.0
    if titles or functions:
        maximum["title_match"] = 30
        title_points, reason = _title_points(
            person, titles, functions, level.get("include_headline_search", False)
        )
        if not title_points:
            return None
        factors["title_match"] = title_points
        matched.append(reason)

    levels = [_ladder_level(name) for name in level.get("job_levels") or []]
    if levels:
        maximum["job_level"] = 20
        distance = min(
            (abs(LADDER.index(person.level) - LADDER.index(name)) for name in levels if name), default=99
        )
        if distance != 0 and title_points < 25:  # only a match on the title itself carries another level
            return None
        level_points = {0: 20, 1: 10, 2: 5}.get(distance, 0)
        factors["job_level"] = level_points
        if level_points:
            kind = {0: "Exact level", 1: "Adjacent level", 2: "Near level"}[distance]
            matched.append(f"{kind}: {person.level}")

    locations = level.get("location") or []
    if locations:
        maximum["location_match"] = 15
        location_points, reason = _location_points(person, locations)
        if not location_points:
            return None
        factors["location_match"] = location_points
        matched.append(reason)

    skills = level.get("skills") or []
    if skills:
        maximum["skills_overlap"] = 15
        hits = sum(
            any(s.lower() in mine.lower() or mine.lower() in s.lower() for mine in person.skills)
            for s in skills
        )
        factors["skills_overlap"] = round(15 * hits / len(skills), 1)
        if hits:
            matched.append(f"Skills: {hits}/{len(skills)} matched")

    factors["current_job"] = 10 if person.is_current else 0
    if person.is_current:
        matched.append("Current position")
    factors["profile_completeness"] = _completeness(person)
    factors["experience"] = _tenure_points(person.start_date, today)
    bonus = level.get("priority_bonus", 0)
    normalised = 100.0 * sum(factors.values()) / sum(maximum.values())
    factors["priority_bonus"] = bonus
    score = round(min(100.0, normalised + bonus), 1)
    return Candidate(person, level_index, score, factors, matched)


def _title_points(
    person: Employee, titles: Iterable[str], functions: Iterable[str], headline: bool
) -> tuple[float, str]:
    """Exact title 30, the term's words all in the title 25, in the headline 20, function 10."""
    title = person.title.lower()
    for term in titles:
        if term.strip().lower() == title:
            return 30, f"Exact title match: {person.title}"
    for term in titles:
        if _words_in(term, person.title):
            return 25, f"Partial title match: {term}"
    if headline and person.headline:
        for term in titles:
            if _words_in(term, person.headline):
                return 20, f"Headline match: {term}"
    if any(f.strip().lower() == person.function.lower() for f in functions):
        return 10, f"Function match: {person.function}"
    return 0, ""


def _words_in(term: str, text: str) -> bool:
    """Every word of `term` (but of / the / and) is a word of `text`, case-insensitively."""
    wanted = set(_WORD.findall(term.lower())) - {"of", "the", "and"}
    return bool(wanted) and wanted <= set(_WORD.findall(text.lower()))


_WORD = re.compile(r"[a-z0-9&+#]+")


def _ladder_level(name: str) -> str | None:
    lowered = name.strip().lower()
    if lowered in LEVEL_ALIASES:
        return LEVEL_ALIASES[lowered]
    return next((level for level in LADDER if level.lower() == lowered), None)


def _location_points(person: Employee, codes: Iterable[str]) -> tuple[float, str]:
    best: tuple[float, str] = (0, "")
    for raw in codes:
        code = raw.strip().upper()
        if code == "WORLD":
            return 15, "Location: any (WORLD)"
        if COUNTRY_ALIASES.get(code, code) == person.country_code:
            return 15, f"Country match: {person.country}"
        if CONTINENT_CODES.get(code) == person.continent:
            best = (7, f"Continent match: {person.continent}")
    return best


def _completeness(person: Employee) -> int:
    """1 point each for a LinkedIn URL (always there), an email domain, skills, education, a headline."""
    present = (person.email_domain, person.skills or None, person.education, person.headline)
    return 1 + sum(value is not None for value in present)


def _tenure_points(start: date, today: date) -> int:
    years = (today - start).days / 365.25
    return 5 if years > 5 else 4 if years > 3 else 3 if years > 2 else 2 if years > 1 else 1


def _icp_result(candidate: Candidate, rank: int, company: str) -> dict[str, Any]:
    person = candidate.person
    return {
        "person": {
            "first_name": person.first_name,
            "last_name": person.last_name,
            "linkedin_url": person.linkedin_url,
            "linkedin_headline": person.headline,
            "location": person.location,
            "email_domain": person.email_domain,
        },
        "current_position": {
            "title": person.title,
            "company": company,
            "level": person.level,
            "function": person.function,
            "is_current": person.is_current,
            "start_date": person.start_date.isoformat(),
        },
        "skills": list(person.skills),
        "education": person.education,
        "certifications": person.certifications,
        "score": candidate.score,
        "ranking": rank,
        "cascade_level": candidate.level_index,
        "ranking_factors": candidate.factors,
        "what_matched": candidate.matched,
    }


# -- employee finder ------------------------------------------------------------------------------
@operation("employeeFinder", invalid_details=INVALID_URL)
def employee_finder(call: Call) -> dict[str, Any]:
    url, _, people = _company_employees(call)
    body = call.body
    page, size = int(body.get("page", 1)), int(body.get("max_results", 10))
    matching = sorted(
        (p for p in people if _passes(p, body)),
        key=lambda p: (-p.quality, p.full_name),
    )
    results = [_employee(p) for p in matching[(page - 1) * size : page * size]]
    data = {
        "company_linkedin_url": url,
        "max_results": size,
        "results_length": len(results),
        "page": page,
        "total_pages": math.ceil(len(matching) / size),
        "total_results": len(matching),
        "results": results,
    }
    return call.envelope(data, _charge(call, len(results)))


def _passes(person: Employee, body: dict[str, Any]) -> bool:
    def wanted(name: str) -> set[str]:
        return {re.sub(r"[\s_]+", " ", v.strip().lower()) for v in body.get(name) or ()}

    checks = (
        ("country", {person.country.lower(), person.country_code.lower()}),
        ("continent", {person.continent.lower()}),
        ("sales_region", {person.sales_region.lower()}),
        (
            "job_level",
            {person.level.lower()} | {a for a, level in LEVEL_ALIASES.items() if level == person.level},
        ),
        ("job_function", {person.function.lower()}),
    )
    return all(not wanted(name) or wanted(name) & values for name, values in checks)


def _employee(person: Employee) -> dict[str, Any]:
    return {
        "first_name": person.first_name,
        "last_name": person.last_name,
        "full_name": person.full_name,
        "headline": person.headline,
        "about_me": f"{person.title} focused on {person.skills[0].lower()}." if person.skills else None,
        "location": {
            "city": person.city,
            "state_code": person.state_code,
            "country": person.country,
            "country_code": person.country_code,
            "continent": person.continent,
        },
        "linkedin_url": person.linkedin_url,
        "job_title": person.title,
        "job_level": person.level,
        "job_function": person.function,
        "job_is_current": person.is_current,
        "education": person.education,
        "skills": ", ".join(person.skills) or None,
        "certifications": person.certifications,
    }
