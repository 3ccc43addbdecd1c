"""The address check of the batch products whose request schema says `format: email` (reverse
lookup, phone finder).

The API refuses a WHOLE batch (400, `body/emails/N Invalid email`) when one of its addresses
fails that format, so the pipelines set such a row aside as invalid input instead of sending it,
and the CLI refuses it with the rest of a file's problems before anything is sent. The pattern is
the format as JSON Schema validators apply it (ajv-formats, behind the live API's Fastify, and
jsonschema-rs, behind the simulator): a dot-atom local part of at most 64 characters, an "@" and a
host of at least two labels of ASCII letters, digits and inner hyphens (never two hyphens in the
third and fourth places, which IDNA reserves, except the "xn--" of an internationalised domain
name); 254 characters at most.
Internationalised addresses are refused: `format: email` is not `idn-email`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import repeat
from operator import contains
from typing import Any, cast

from .columns import EMAIL, row_value
from .result import Raw

MAX_EMAIL = 254
MAX_LOCAL_PART = 64
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_FORMAT_EMAIL = re.compile(rf"(?P<local>{_ATOM}(?:\.{_ATOM})*)@(?:{_LABEL}\.)+{_LABEL}")


def is_format_email(text: str) -> bool:
    """Whether `text` (already trimmed) passes the API's `format: email`."""
    if len(text) > MAX_EMAIL:
        return False
    match = _FORMAT_EMAIL.fullmatch(text)
    if match is None or len(match["local"]) > MAX_LOCAL_PART:
        return False
    host = text[match.end("local") + 1 :]
    return "--" not in host or all(_allowed_label(label) for label in host.split("."))


def _allowed_label(label: str) -> bool:
    return label[2:4] != "--" or label[:4].lower() == "xn--"


def email_key(value: str) -> tuple[str, str] | None:
    """(dedupe key, value to send) for an email: trimmed, compared case-insensitively. A dict row
    gives the value of its email column (pipeline/columns.py)."""
    if isinstance(value, Mapping):
        value = row_value(value, EMAIL)
    if not isinstance(value, str):
        return None
    email = str.strip(value)  # a subclass trims as str does (as email_keys trims a block)
    if not email or "@" not in email:
        return None
    return email.lower(), email


def email_keys(rows: list[Any]) -> tuple[list[str | None], list[Any]]:
    """email_key for a block of rows: (keys, emails to send), one pass of C-level steps each
    when every row is a string with an "@" (the common case)."""
    # str.strip takes a str (a subclass too: it returns a plain str, as email_key's strip does);
    # anything else (bytes, UserString, None...) raises here and goes row by row, so it is refused
    # exactly as email_key refuses it (bytes would strip, then fail the "@" test; a UserString
    # would reach the JSON)
    try:
        stripped = list(map(str.strip, rows))
    except TypeError:
        pairs = list(map(email_key, rows))
        return [None if p is None else p[0] for p in pairs], [None if p is None else p[1] for p in pairs]
    # Most blocks are lower case already: one test of the whole block (a line break between
    # emails: neither cased nor case-ignorable, so each email lower-cases as on its own) spares
    # a new string per email. Lower-casing never shortens text, so an equal result means every
    # email is its own lower case.
    joined = "\n".join(stripped)
    lower = joined.lower() == joined
    if all(map(contains, stripped, repeat("@"))):  # every row usable: the keys are the emails
        keys = stripped if lower else list(map(str.lower, stripped))
        return cast("list[str | None]", keys), stripped
    if lower:
        return [email if "@" in email else None for email in stripped], stripped
    return [email.lower() if "@" in email else None for email in stripped], stripped


def format_email_key(value: str) -> tuple[str, str] | None:
    """email_key for the products whose API checks `format: email` (one bad address fails the
    whole batch there, so it is set aside here: is_format_email above)."""
    pair = email_key(value)
    return pair if pair is not None and is_format_email(pair[1]) else None


def format_email_keys(rows: list[Any]) -> tuple[list[str | None], list[Any]]:
    """format_email_key for a block of rows."""
    keys, emails = email_keys(rows)
    checked = [None if k is None or not is_format_email(e) else k for k, e in zip(keys, emails, strict=True)]
    return checked, emails


def raw_email_key(result: Raw) -> str | None:
    """The dedupe key of a result that names its email in `email`."""
    email = result.get("email")
    return email.strip().lower() if email.__class__ is str else None
