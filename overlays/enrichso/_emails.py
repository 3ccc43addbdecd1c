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
