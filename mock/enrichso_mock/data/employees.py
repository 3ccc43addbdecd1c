"""The people working at a company (People Search): a seeded org chart per (seed, company).

A company has 40 to a few thousand people on LinkedIn: its founders, a CEO and a handful of other
C-level executives, then a pyramid of VPs, directors, managers, senior, staff and entry-level
people and interns across functions. Most are current employees; most live in the company's home
country. Levels follow the ladder the documentation lists (Owner, Founder, C-Level, Partner, VP,
Director, Manager, Senior, Staff, Entry, Intern), which is also how "adjacent level" is measured.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from .companies import Company
from .hashing import Draw, Hasher
from .people import ascii_slug
from .vocab import FIRST_NAMES, LAST_NAMES, SCHOOLS, SKILLS

LADDER = (
    "Owner",
    "Founder",
    "C-Level",
    "Partner",
    "VP",
    "Director",
    "Manager",
    "Senior",
    "Staff",
    "Entry",
    "Intern",
)

# function -> (how it reads in titles, the individual-contributor role, the C-level title and its short form)
FUNCTIONS: dict[str, tuple[str, str, str, str]] = {
    "Engineering": ("Engineering", "Software Engineer", "Chief Technology Officer", "CTO"),
    "Technology": ("IT", "Systems Engineer", "Chief Information Officer", "CIO"),
    "Sales": ("Sales", "Account Executive", "Chief Revenue Officer", "CRO"),
    "Marketing": ("Marketing", "Marketing Specialist", "Chief Marketing Officer", "CMO"),
    "Finance": ("Finance", "Financial Analyst", "Chief Financial Officer", "CFO"),
    "Operations": ("Operations", "Operations Analyst", "Chief Operating Officer", "COO"),
    "Product": ("Product", "Product Manager", "Chief Product Officer", "CPO"),
    "Human Resources": ("People", "Recruiter", "Chief People Officer", "CPO"),
    "Design": ("Design", "Product Designer", "Chief Design Officer", "CDO"),
    "Customer Success": ("Customer Success", "Customer Success Manager", "Chief Customer Officer", "CCO"),
    "Legal": ("Legal", "Counsel", "General Counsel", "GC"),
}  # fmt: skip
_FUNCTION_NAMES = tuple(FUNCTIONS)
_FUNCTION_WEIGHTS = (30, 6, 18, 10, 6, 8, 7, 5, 4, 8, 2)
_PYRAMID = (
    ("VP", 2),
    ("Director", 5),
    ("Manager", 12),
    ("Senior", 25),
    ("Staff", 8),
    ("Entry", 40),
    ("Intern", 4),
)

# (city, state code, country, ISO code, continent, sales region)
PLACES = (
    ("San Francisco", "CA", "United States", "US", "North America", "NORAM"),
    ("New York", "NY", "United States", "US", "North America", "NORAM"),
    ("Austin", "TX", "United States", "US", "North America", "NORAM"),
    ("Seattle", "WA", "United States", "US", "North America", "NORAM"),
    ("Toronto", "ON", "Canada", "CA", "North America", "NORAM"),
    ("London", "ENG", "United Kingdom", "GB", "Europe", "EMEA"),
    ("Berlin", "BE", "Germany", "DE", "Europe", "EMEA"), ("Paris", "IDF", "France", "FR", "Europe", "EMEA"),
    ("Amsterdam", "NH", "Netherlands", "NL", "Europe", "EMEA"),
    ("Dublin", "D", "Ireland", "IE", "Europe", "EMEA"), ("Bengaluru", "KA", "India", "IN", "Asia", "APAC"),
    ("Singapore", None, "Singapore", "SG", "Asia", "APAC"), ("Tokyo", "13", "Japan", "JP", "Asia", "APAC"),
    ("Sydney", "NSW", "Australia", "AU", "Oceania", "APAC"),
    ("São Paulo", "SP", "Brazil", "BR", "South America", "LATAM"),
    ("Mexico City", "CMX", "Mexico", "MX", "North America", "LATAM"),
)  # fmt: skip
_CERTIFICATIONS = (
    "AWS Certified Solutions Architect",
    "PMP",
    "CFA",
    "Certified Scrum Master",
    "CPA",
    "SHRM-CP",
)
_STATES = {
    "CA": "California",
    "NY": "New York",
    "TX": "Texas",
    "WA": "Washington",
    "ON": "Ontario",
    "ENG": "England",
    "BE": "Berlin",
    "IDF": "Île-de-France",
    "NH": "North Holland",
    "D": "Dublin",
    "KA": "Karnataka",
    "13": "Tokyo",
    "NSW": "New South Wales",
    "SP": "São Paulo",
    "CMX": "Mexico City",
}


@dataclass(frozen=True)
class Employee:
    first_name: str
    last_name: str
    title: str
    level: str
    function: str
    city: str
    state_code: str | None
    country: str
    country_code: str
    continent: str
    sales_region: str
    linkedin_url: str
    headline: str | None
    email_domain: str | None
    skills: tuple[str, ...]
    education: str | None
    certifications: str | None
    start_date: dt.date
    is_current: bool
    quality: float  # the "lead quality" employeeFinder sorts by

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def location(self) -> str:
        state = _STATES.get(self.state_code or "")
        return ", ".join(
            part for part in (self.city, state if state != self.city else None, self.country) if part
        )


@lru_cache(maxsize=128)
def employees(seed: int, company: Company) -> tuple[Employee, ...]:
    """Everyone at the company on LinkedIn, founders and executives first."""
    draw = Hasher(seed, "employees/org").draw(company.domain)
    home = draw.pick(PLACES)
    size = draw.between(40, 400) if draw.unit() < 0.6 else draw.between(400, 2_500)
    roles: list[tuple[str, str]] = [("Founder", "Engineering") for _ in range(draw.between(1, 3))]
    roles.append(("C-Level", "CEO"))
    roles += [("C-Level", f) for f in draw.sample(_FUNCTION_NAMES, draw.between(3, 6))]
    if draw.unit() < 0.2:
        roles.append(("Partner", "Finance"))
    if size < 150 and draw.unit() < 0.3:
        roles.append(("Owner", "Operations"))
    weights = tuple(w for _, w in _PYRAMID)
    while len(roles) < size:
        level = _PYRAMID[_weighted(draw, weights)][0]
        roles.append((level, _FUNCTION_NAMES[_weighted(draw, _FUNCTION_WEIGHTS)]))
    hasher = Hasher(seed, "employees/person")
    return tuple(_person(hasher.draw(f"{company.domain}\x00{i}"), company, home, level, function, i)
                 for i, (level, function) in enumerate(roles))  # fmt: skip


def _weighted(draw: Draw, weights: tuple[int, ...]) -> int:
    point = draw.below(sum(weights))
    for i, weight in enumerate(weights):
        point -= weight
        if point < 0:
            return i
    return len(weights) - 1


def _person(
    draw: Draw,
    company: Company,
    home: tuple[str, str | None, str, str, str, str],
    level: str,
    function: str,
    index: int,
) -> Employee:
    first, last = draw.pick(FIRST_NAMES), draw.pick(LAST_NAMES)
    if function == "CEO":
        function, title = "Operations", draw.pick(("Chief Executive Officer", "CEO", "Co-Founder & CEO"))
    else:
        title = _title(draw, level, function)
    city, state_code, country, code, continent, region = home if draw.unit() < 0.65 else draw.pick(PLACES)
    senior = LADDER.index(level) <= LADDER.index("Director")
    years_ago = draw.between(2, 12) if senior else draw.between(0, 6)
    start = dt.date(2025 - years_ago, draw.between(1, 12), draw.between(1, 28))
    skills = tuple(draw.sample(SKILLS, draw.between(2, 6))) if draw.unit() < 0.85 else ()
    education = draw.pick(SCHOOLS)[0] if draw.unit() < 0.75 else None
    completeness = sum((bool(skills), education is not None, draw.unit() < 0.9, draw.unit() < 0.95))
    return Employee(
        first_name=first,
        last_name=last,
        title=title,
        level=level,
        function=function,
        city=city,
        state_code=state_code,
        country=country,
        country_code=code,
        continent=continent,
        sales_region=region,
        linkedin_url=f"https://www.linkedin.com/in/{ascii_slug(first)}{ascii_slug(last)}{index:x}",
        headline=f"{title} at {company.name}" if draw.unit() < 0.95 else None,
        email_domain=company.domain if draw.unit() < 0.9 else None,
        skills=skills,
        education=education,
        certifications=draw.pick(_CERTIFICATIONS) if draw.unit() < 0.15 else None,
        start_date=start,
        is_current=draw.unit() < 0.92,
        quality=round((len(LADDER) - LADDER.index(level)) * 3 + completeness * 2 + draw.unit() * 4, 3),
    )


def _title(draw: Draw, level: str, function: str) -> str:
    area, role, chief, short = FUNCTIONS[function]
    if level == "Owner":
        return "Owner"
    if level == "Founder":
        return draw.pick(("Founder", "Co-Founder", "Founder & CTO"))
    if level == "C-Level":
        return short if draw.unit() < 0.4 else chief
    if level == "Partner":
        return draw.pick(("Partner", "Managing Partner"))
    if level == "VP":
        return draw.pick((f"VP {area}", f"VP of {area}", f"Vice President of {area}"))
    if level == "Director":
        return draw.pick((f"Director of {area}", f"Head of {area}"))
    if level == "Manager":
        return f"{area} Manager" if not role.endswith("Manager") else f"Senior {role}"
    if level == "Senior":
        return f"Senior {role}"
    if level == "Staff":
        return f"Staff {role}" if function in ("Engineering", "Technology", "Design") else f"Principal {role}"
    if level == "Intern":
        return f"{role} Intern"
    return role
