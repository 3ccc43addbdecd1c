"""People derived from a seed: team members of an organization, names parsed from emails."""

from __future__ import annotations

import re
import unicodedata

from .hashing import Hasher
from .vocab import COMPANIES, FIRST_NAMES, LAST_NAMES

DAY = 86_400.0


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters and digits only: 'Tomás Müller' -> 'tomasmuller'."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def team_members(seed: int, organization_id: str) -> list[tuple[str, str, str, float]]:
    """(email, name, role, created how many seconds ago) of an organization's members; the owner first."""
    draw = Hasher(seed, "team").draw(organization_id)
    company, domain = draw.pick(COMPANIES)
    domain = "yourcompany.com" if draw.unit() < 0.5 else domain
    people = []
    used: set[str] = set()
    for role, age_days in (("owner", 180), ("admin", 120), ("member", 60)):
        first, last = draw.pick(FIRST_NAMES), draw.pick(LAST_NAMES)
        email = f"{ascii_slug(first)}.{ascii_slug(last)}@{domain}"
        if email in used:
            email = f"{ascii_slug(first)}.{ascii_slug(last)}{len(used)}@{domain}"
        used.add(email)
        people.append((email, f"{first} {last}", role, age_days * DAY))
    return people


def names_from_local_part(local: str) -> tuple[str, str] | None:
    """'emily.zhang' -> ('Emily', 'Zhang'); None when the local part does not look like a name."""
    words = (re.sub(r"\d+", "", part) for part in re.split(r"[._\-+]", local))
    parts = [w for w in words if w.isalpha() and len(w) > 1]
    if len(parts) >= 2:
        return parts[0].capitalize(), parts[-1].capitalize()
    return None
