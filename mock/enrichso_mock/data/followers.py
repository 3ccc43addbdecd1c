"""Followers of a LinkedIn company page: how many match some filters, and who they are.

Every number is a function of (seed, company, filters): a company has a seeded follower base;
country / state filters keep a share of it, job-title / department / level filters keep the share
of the (weighted) job titles they allow. Each of the 642 documented job titles belongs to one
department and one seniority level (keyword rules below), so a department or level filter is a set
of titles, and the estimate's breakdowns and a scrape's population agree with each other.

Follower number `index` of a (company, filters) population is a function of (seed, company,
filters, index): a name, a title the filters allow, a place they allow, an employer, connection
degree 1-3 and the premium / open-profile / saved flags.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from . import companies
from .companies import Company
from .hashing import Draw, Hasher
from .people import ascii_slug
from .vocab import FIRST_NAMES, LAST_NAMES, PLACES

# LinkedIn's function ids (the documented example has Engineering 8 and Sales 25).
DEPARTMENT_IDS = {
    "Accounting": 1, "Administrative": 2, "Arts and Design": 3, "Business Development": 4,
    "Community and Social Services": 5, "Consulting": 6, "Education": 7, "Engineering": 8,
    "Entrepreneurship": 9, "Finance": 10, "Healthcare Services": 11, "Human Resources": 12,
    "Information Technology": 13, "Legal": 14, "Marketing": 15, "Media and Communication": 16,
    "Military and Protective Services": 17, "Operations": 18, "Product Management": 19,
    "Program and Project Management": 20, "Purchasing": 21, "Quality Assurance": 22, "Real Estate": 23,
    "Research": 24, "Sales": 25, "Customer Success and Support": 26,
}  # fmt: skip
# Sales Navigator's seniority ids, which are exactly the 10 documented levels.
LEVEL_IDS = {
    "In Training": 100, "Entry Level": 110, "Senior": 120, "Strategic": 130, "Entry Level Manager": 200,
    "Experienced Manager": 210, "Director": 220, "Vice President": 300, "CXO": 310, "Owner / Partner": 320,
}  # fmt: skip

# First matching rule wins; the order settles overlaps ("Sales Engineer" is Sales, "Account
# Executive" is Sales before Accounting sees "account"). Keywords are `|`-separated substrings of
# the lower-cased title (padded with spaces, so "law " does not match "lawyer").
_DEPARTMENT_RULES = (
    ("Entrepreneurship", "founder|owner|self employed|freelance"),
    ("Sales", "sales|account executive|account manager|key account|account director|account specialist|"
              "account coordinator|national account|seller|salesperson"),
    ("Human Resources", "human resources|recruit|talent|training"),
    ("Legal", "legal|lawyer|attorney|law |judge"),
    ("Quality Assurance", "quality|tester|test "),
    ("Product Management", "product "),
    ("Information Technology", "information technology|network|system administrator|database|"
                               "technology specialist|technical support"),
    ("Engineering", "engineer|developer|architect|technical|chief technology"),
    ("Marketing", "marketing|brand"),
    ("Media and Communication", "communications|journalist|editor|writer|blogger|video|public relations|"
                                "news|disk jockey|singer"),
    ("Arts and Design", "design|art director|creative|painter|makeup|graphic"),
    ("Finance", "financ|investment|credit|underwriter|bank"),
    ("Accounting", "accountant|accounting|bookkeeper|audit"),
    ("Research", "research|scientist|biologist|chemist|laboratory|zoologist|patent"),
    ("Healthcare Services", "nurse|doctor|medical|health|clinical|radiology|xray|nursing|nutrition|"
                            "biomedical"),
    ("Education", "teacher|professor|lecturer|tutor|instructor|student|teaching|educator|coach|graduate|"
                  "undergraduate|trainee"),
    ("Business Development", "business"),
    ("Customer Success and Support", "customer|support|client services|service representative"),
    ("Consulting", "consultant|advisor|consulting"),
    ("Program and Project Management", "project|program"),
    ("Purchasing", "buyer|purchasing|procurement"),
    ("Real Estate", "real estate|property|zoning"),
    ("Military and Protective Services", "security guard|marine|lifeguard|inspector"),
    ("Community and Social Services", "social worker|youth|volunteer|ministry|pastor|minister|child|"
                                      "care worker"),
    ("Administrative", "assistant|secretary|receptionist|clerk|administrat|office |coordinator|front desk"),
)  # fmt: skip
_DEFAULT_DEPARTMENT = "Operations"

_LEVEL_RULES = (
    ("In Training", "intern|student|trainee|graduate|apprentice|year student"),
    ("Entry Level", "assistant to|executive assistant|personal assistant|administrative assistant"),
    ("Owner / Partner", "owner|founder|partner"),
    ("Vice President", "vice president|vice chief"),
    ("CXO", "chief|president|managing director|director general"),
    ("Director", "director|head"),
    ("Experienced Manager", "manager"),
    ("Entry Level Manager", "supervisor|team lead|shift lead|foreperson|crew chief|keyholder"),
    ("Senior", "senior|lead|principal|staff"),
    ("Strategic", "advisor|consultant|board member|strateg"),
)  # fmt: skip
_DEFAULT_LEVEL = "Entry Level"

# Titles that many followers have (weighted up), and countries' shares of a typical follower base.
_COMMON_TITLES = frozenset(
    (
        "Software Engineer",
        "Senior Software Engineer",
        "Manager",
        "Project Manager",
        "Account Executive",
        "Sales Manager",
        "Consultant",
        "Student",
        "Owner",
        "Founder",
        "Product Manager",
        "Data Scientist",
        "Marketing Manager",
        "Engineer",
        "Analyst",
        "Business Analyst",
        "Director",
        "Chief Executive Officer",
    )
)
_COUNTRY_SHARES = {
    "United States": 0.31, "India": 0.11, "United Kingdom": 0.07, "Brazil": 0.035, "Canada": 0.04,
    "Germany": 0.035, "France": 0.03, "Australia": 0.025, "Netherlands": 0.02, "Spain": 0.02, "Italy": 0.015,
    "Mexico": 0.012, "Singapore": 0.01, "Ireland": 0.008, "Sweden": 0.008,
}  # fmt: skip
_INDUSTRIES = (
    "Software Development", "IT Services and IT Consulting", "Financial Services", "Internet Publishing",
    "Technology, Information and Internet", "Business Consulting and Services", "Hospitals and Health Care",
    "Advertising Services", "Higher Education", "Retail", "Staffing and Recruiting", "Banking",
    "Telecommunications", "Marketing Services", "Computer and Network Security",
    "Venture Capital and Private Equity",
)  # fmt: skip
_SPOTLIGHTS = (
    "Recently changed jobs", "Posted on LinkedIn", "Shares experiences with you", "Mentioned in the news",
    "Open to work", "Hiring", "Follows your company",
)  # fmt: skip
_TENURES = ("months", "years")


@dataclass(frozen=True)
class Vocabulary:
    """The filter vocabularies (the spec's enums; see products/company_followers.py)."""

    titles: tuple[str, ...]
    countries: tuple[str, ...]
    states: tuple[str, ...]


@dataclass(frozen=True)
class Filters:
    """A scrape's or estimate's filters, normalised (sorted, deduplicated)."""

    countries: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    job_titles: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()

    @classmethod
    def from_body(cls, body: dict[str, Any]) -> Filters:
        def norm(name: str) -> tuple[str, ...]:
            return tuple(sorted(set(body.get(name) or ())))

        return cls(norm("countries"), norm("states"), norm("jobTitles"), norm("departments"), norm("levels"))

    @property
    def key(self) -> str:
        parts = (self.countries, self.states, self.job_titles, self.departments, self.levels)
        return "|".join(",".join(values) for values in parts)

    def applied(self) -> dict[str, list[str]] | None:
        """The filtersApplied echo of an estimate (None without filters)."""
        names = ("countries", "states", "jobTitles", "departments", "levels")
        values = (self.countries, self.states, self.job_titles, self.departments, self.levels)
        applied = {name: list(v) for name, v in zip(names, values, strict=True) if v}
        return applied or None


def department_of(title: str) -> str:
    return _classify(title, _DEPARTMENT_RULES, _DEFAULT_DEPARTMENT)


def level_of(title: str) -> str:
    return _classify(title, _LEVEL_RULES, _DEFAULT_LEVEL)


def _classify(title: str, rules: Iterable[tuple[str, str]], default: str) -> str:
    lowered = f" {title.lower()} "
    for name, keywords in rules:
        if any(keyword in lowered for keyword in keywords.split("|")):
            return name
    return default


@lru_cache(maxsize=8)
def _title_weights(seed: int, titles: tuple[str, ...]) -> dict[str, float]:
    hasher = Hasher(seed, "followers/titles")
    return {t: 0.3 + 3.0 * hasher.unit(t) ** 2 + (6.0 if t in _COMMON_TITLES else 0.0) for t in titles}


def base_followers(seed: int, company: Company) -> int:
    """How many followers the company page has (log-uniform; well-known companies have more)."""
    unit = Hasher(seed, "followers/base").unit(company.slug)
    known = company.slug in _KNOWN_SLUGS
    low, high = (5_000, 900_000) if known else (300, 80_000)
    return int(math.exp(math.log(low) + unit * (math.log(high) - math.log(low))))


_KNOWN_SLUGS = frozenset(c.slug for c in companies.VOCABULARY[:120])


class Population:
    """The followers of one company page that match one set of filters."""

    def __init__(self, seed: int, company: Company, filters: Filters, vocabulary: Vocabulary) -> None:
        self.seed = seed
        self.company = company
        self.filters = filters
        self.vocabulary = vocabulary
        self._hasher = Hasher(seed, "followers/profile")
        self._weights = _title_weights(seed, vocabulary.titles)
        self._total_weight = sum(self._weights.values())

    # -- how many ---------------------------------------------------------------------------
    @cached_property
    def geo_share(self) -> float:
        hasher = Hasher(self.seed, "followers/geo")
        if self.filters.states:
            return min(1.0, sum(0.001 + 0.02 * hasher.unit("state:" + s) for s in self.filters.states))
        if self.filters.countries:
            return min(1.0, sum(self._country_share(c, hasher) for c in self.filters.countries))
        return 1.0

    @staticmethod
    def _country_share(country: str, hasher: Hasher) -> float:
        return _COUNTRY_SHARES.get(country, 0.001 + 0.007 * hasher.unit("country:" + country))

    def titles(self, departments: Sequence[str] = (), levels: Sequence[str] = ()) -> list[str]:
        """The job titles the filters' titles allow, further limited to some departments / levels."""
        allowed = self.filters.job_titles or self.vocabulary.titles
        return [
            t
            for t in allowed
            if t in self._weights
            and (not departments or department_of(t) in departments)
            and (not levels or level_of(t) in levels)
        ]

    def count_for(self, titles: Iterable[str]) -> int:
        share = sum(self._weights[t] for t in titles) / self._total_weight
        return round(base_followers(self.seed, self.company) * self.geo_share * share)

    @cached_property
    def matching_titles(self) -> list[str]:
        return self.titles(self.filters.departments, self.filters.levels)

    @cached_property
    def count(self) -> int:
        """Followers matching every filter: what a scrape can collect at most."""
        return self.count_for(self.matching_titles)

    # -- who ---------------------------------------------------------------------------------
    @cached_property
    def _title_table(self) -> tuple[list[str], list[float]]:
        titles = self.matching_titles
        return titles, list(itertools.accumulate(self._weights[t] for t in titles))

    def profile(self, index: int) -> dict[str, Any]:
        """The FollowerProfile of follower number `index`."""
        draw = self._hasher.draw(f"{self.company.slug}\x00{self.filters.key}\x00{index}")
        first, last = draw.pick(FIRST_NAMES), draw.pick(LAST_NAMES)
        titles, cumulative = self._title_table
        title = titles[min(bisect.bisect_left(cumulative, draw.unit() * cumulative[-1]), len(titles) - 1)]
        employer = self.company if draw.unit() < 0.12 else companies.VOCABULARY[draw.below(160)]
        member = 10_000_000 + draw.below(2**31)
        handle = f"{ascii_slug(first)}-{ascii_slug(last)}-{member % 10**6:06x}"
        location = self._location(draw)
        amount = draw.between(1, 11)
        unit = _TENURES[draw.below(2)]
        tenure = f"{amount} {unit if amount > 1 else unit[:-1]}"
        skills_note = draw.pick(
            ("scaling teams", "customer outcomes", "data-driven decisions", "shipping fast")
        )
        return {
            "objectURN": f"urn:li:member:{member}",
            "name": f"{first} {last}",
            "firstName": first,
            "lastName": last,
            "profileUrl": f"https://www.linkedin.com/in/{handle}",
            "profilePictureUrl": (
                f"https://media.licdn.com/dms/image/{member}/profile-displayphoto-shrink_200_200/photo.jpg"
                if draw.unit() < 0.8
                else None
            ),
            "title": title,
            "companyName": employer.name,
            "companyProfileUrl": employer.linkedin_url,
            "companyWebsite": f"https://www.{employer.domain}",
            "companyDomain": employer.domain,
            "companyLogoUrl": employer.logo_url,
            "companyLocation": draw.pick(PLACES)[0],
            "location": location,
            "summary": f"{title} at {employer.name}, passionate about {skills_note}."
            if draw.unit() < 0.6
            else None,
            "connectionDegree": 1 if draw.unit() < 0.05 else draw.pick((2, 3, 3)),
            "tenureAtCompany": tenure,
            "industry": draw.pick(_INDUSTRIES),
            "isPremium": draw.unit() < 0.18,
            "isOpenProfile": draw.unit() < 0.09,
            "isSaved": draw.unit() < 0.02,
            "spotlights": draw.sample(_SPOTLIGHTS, draw.below(3)),
        }

    def _location(self, draw: Draw) -> str:
        if self.filters.states:
            return draw.pick(self.filters.states)
        if self.filters.countries:
            country = draw.pick(self.filters.countries)
        elif draw.unit() < 0.7:
            city, region, country, *_ = draw.pick(PLACES)
            return f"{city}, {region}, {country}"
        else:
            country = draw.pick(self.vocabulary.countries)
        cities = [p for p in PLACES if p[2] == country]
        if cities:
            city, region, *_ = draw.pick(cities)
            return f"{city}, {region}, {country}"
        return country


@lru_cache(maxsize=256)
def population(seed: int, company: Company, filters: Filters, vocabulary: Vocabulary) -> Population:
    return Population(seed, company, filters, vocabulary)


def estimate(pop: Population) -> dict[str, Any]:
    """The CountEstimateResultData: followers matching the place and title filters, with a
    breakdown per selected department and level (each department nests its levels)."""
    titles = pop.titles()
    total = pop.count_for(titles)

    def share(count: int) -> float:
        return round(100.0 * count / total, 1) if total else 0.0

    def levels_of(departments: Sequence[str] = ()) -> list[dict[str, Any]]:
        items = []
        for level in pop.filters.levels:
            count = pop.count_for(pop.titles(departments, (level,)))
            items.append(
                {
                    "seniorityLevel": level,
                    "seniorityId": str(LEVEL_IDS.get(level, 0)),
                    "count": count,
                    "percentage": share(count),
                }
            )
        return items

    result: dict[str, Any] = {"totalCount": total}
    if pop.filters.departments:
        functions = []
        for department in pop.filters.departments:
            count = pop.count_for(pop.titles((department,)))
            item: dict[str, Any] = {
                "functionName": department,
                "functionId": str(DEPARTMENT_IDS.get(department, 0)),
                "count": count,
                "percentage": share(count),
            }
            if pop.filters.levels:
                item["seniorityBreakdown"] = levels_of((department,))
            functions.append(item)
        result["functionBreakdown"] = functions
    if pop.filters.levels:
        result["seniorityBreakdown"] = levels_of()
    result["filtersApplied"] = pop.filters.applied()
    return result
