"""Which column of a row holds which field: the one rule the SDK's dict rows (find_many given
csv.DictReader rows) and the command line's files (their header) share.

A column is found by its name compared without case, spaces or punctuation ("E-mail" is "email",
"First Name" is "first_name"), among the aliases of its field in order of preference: a lead's
`domain` may come from a `website` column, which holds a URL that domain_of reduces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

# The fields rows are read for, as the API names them in snake_case.
EMAIL = "email"
FIRST_NAME = "first_name"
LAST_NAME = "last_name"
DOMAIN = "domain"
LINKEDIN = "linkedin"
IP = "ip"

# Recognised column names, in order of preference, squashed (see squash).
ALIASES: dict[str, tuple[str, ...]] = {
    EMAIL: ("email", "emailaddress", "mail", "workemail", "businessemail", "emails", "contactemail"),
    FIRST_NAME: ("firstname", "first", "givenname", "fname", "forename"),
    LAST_NAME: ("lastname", "last", "surname", "familyname", "lname"),
    DOMAIN: (
        "domain",
        "companydomain",
        "website",
        "companywebsite",
        "domainname",
        "web",
        "url",
        "companyurl",
    ),
    LINKEDIN: ("linkedin", "linkedinurl", "linkedinprofile", "linkedinprofileurl", "profileurl", "li"),
    IP: ("ip", "ipaddress", "ipv4", "ipv6", "addressip"),
}


def squash(name: str) -> str:
    """A column name compared without case, spaces or punctuation: "E-mail" == "email" == "EMAIL "."""
    return re.sub(r"[\W_]+", "", name.casefold())


def find_column(columns: Sequence[str], field: str, taken: Iterable[str] = ()) -> str | None:
    """The column holding `field`: the first of its aliases that names one (the first such column
    when several squash alike), skipping the columns already `taken` by other fields."""
    skipped = set(taken)
    squashed = {squash(c): c for c in reversed(columns) if c not in skipped}
    for alias in ALIASES[field]:
        if alias in squashed:
            return squashed[alias]
    return None


def row_value(row: Mapping[str, Any], field: str, *also: str) -> Any:
    """A dict row's value for `field`: under its own name or one of `also` (say the API's
    camelCase), else under the column find_column picks. None when the row has none."""
    for name in (field, *also):
        if name in row:
            return row[name]
    column = find_column(list(row), field)
    return None if column is None else row[column]


def domain_of(value: str) -> str:
    """A company domain from what a domain or website column holds: a URL
    ("https://www.figma.com/about") or an email is reduced to its host, without `www.`."""
    text = value.strip()
    if "@" in text:  # an email where the domain was meant
        text = text.rsplit("@", 1)[1]
    if "/" not in text and ":" not in text and not text.lower().startswith("www."):
        return text
    try:
        host = urlsplit(text if "//" in text else f"//{text}").hostname or ""
    except ValueError:  # a [ in the host that is no IPv6 address ("http://[x"): no domain
        return ""
    host = host.rstrip(".").lower()
    return host[4:] if host.startswith("www.") else host
