"""Single lookups: validate an email, find an email, find phones, look up an email or an IP."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping
from typing import Annotated, Any

import typer

from ..dicts import as_dict
from ..failures import UsageError
from ..render import show_envelope
from ..session import session

# The names the batch commands' result columns give these members (after `enrich_`); any other
# member is shown in snake_case too (an IP lookup's without its `ip` prefix). --json prints the
# API's own document, unchanged.
BATCH_NAMES = {
    "isCatchAll": "catch_all",
    "displayName": "name",
    "companyName": "company",
    "ipCountryName": "country",
    "searchIp": "ip",
}
_WORD = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def snake_name(member: str) -> str:
    if member in BATCH_NAMES:
        return BATCH_NAMES[member]
    if re.match(r"ip[A-Z]", member):
        member = member[2:]
    return _WORD.sub("_", member).lower()


def show_answer(envelope: Any) -> None:
    """A single lookup's answer: its members named as the batch columns name them."""
    if session().json:
        show_envelope(envelope)
        return
    document = as_dict(envelope)
    data = document.get("data")
    if isinstance(data, Mapping):
        document["data"] = {snake_name(key): value for key, value in data.items()}
    show_envelope(document)


EmailArgument = Annotated[str, typer.Argument(help="An email address.", metavar="EMAIL", show_default=False)]


def validate(email: EmailArgument) -> None:
    """Validate one email address (1 credit; a risky verdict is free)."""
    show_answer(session().client().email_validation.validate(email.strip()))


def find(
    first_name: Annotated[str, typer.Argument(metavar="FIRST_NAME", show_default=False)],
    last_name: Annotated[str, typer.Argument(metavar="LAST_NAME", show_default=False)],
    domain: Annotated[str, typer.Argument(help="The company domain, e.g. figma.com.", metavar="DOMAIN")],
) -> None:
    """Find someone's professional email (10 credits when found)."""
    show_answer(session().client().email_finder.find(first_name.strip(), last_name.strip(), domain.strip()))


def phones(
    email: Annotated[str | None, typer.Option("--email", metavar="EMAIL", help="The person's email.")] = None,
    linkedin: Annotated[
        str | None, typer.Option("--linkedin", metavar="URL", help="The person's LinkedIn profile URL.")
    ] = None,
) -> None:
    """Find someone's phone numbers by email or LinkedIn URL (500 credits when found)."""
    if not email and not linkedin:
        raise UsageError("give --email or --linkedin (or both)")
    show_answer(session().client().phone_finder.find(email=email, linkedin=linkedin))


def reverse_lookup(email: EmailArgument) -> None:
    """The professional profile behind an email (10 credits when found)."""
    show_answer(session().client().reverse_lookup.lookup(email.strip()))


def ip_lookup(
    ip: Annotated[str, typer.Argument(help="An IPv4 or IPv6 address.", metavar="IP", show_default=False)],
) -> None:
    """The company behind an IP address (100 credits when a domain is found)."""
    show_answer(session().client().ip_to_company.lookup(ip.strip()))


def lookup(
    value: Annotated[str, typer.Argument(help="An email address or an IP address.", metavar="EMAIL_OR_IP")],
) -> None:
    """Look up an email (reverse lookup: the person's profile) or an IP (the company behind it)."""
    try:
        ipaddress.ip_address(value.strip())
    except ValueError:
        reverse_lookup(value)
    else:
        ip_lookup(value)
