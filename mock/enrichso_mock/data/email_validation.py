"""Email validation verdicts: a realistic mix of valid / invalid / risky.

Catch-all is a property of the domain (every address there is risky); otherwise the local part
decides. Local parts containing "invalid", "risky" or "valid" force that verdict (handy in tests).
"""

from __future__ import annotations

import re
from typing import Any

from .domains import domain_profile
from .hashing import Hasher

VALID, INVALID_MAILBOX, INVALID_SYNTAX, RISKY_CATCH_ALL, RISKY_UNKNOWN = 1, 2, 3, 4, 5
CHARGED = frozenset({VALID, INVALID_MAILBOX, INVALID_SYNTAX})  # a risky verdict is free

_SYNTAX = re.compile(
    r"^[^@\s]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)
# The overview dialect's subStatus (dialects.py). The overview shows only "" (for a valid address);
# the others are the simulator's own words for its verdict codes.
SUB_STATUSES = {
    VALID: "",
    INVALID_MAILBOX: "mailbox_not_found",
    INVALID_SYNTAX: "failed_syntax_check",
    RISKY_CATCH_ALL: "catch_all",
    RISKY_UNKNOWN: "unknown",
}
_MESSAGES = {
    VALID: "The mailbox exists and is accepting mail",
    INVALID_MAILBOX: "The mailbox does not exist on this server",
    INVALID_SYNTAX: "The email address is not formatted correctly",
    RISKY_CATCH_ALL: "The domain accepts all addresses (catch-all) so delivery cannot be guaranteed",
    RISKY_UNKNOWN: "The mail server did not give a definitive answer; try again later",
}


def verdict(hasher: Hasher, seed: int, email: str) -> int:
    email = email.strip().lower()
    if not _SYNTAX.match(email):
        return INVALID_SYNTAX
    local, _, domain = email.rpartition("@")
    profile = domain_profile(seed, domain)
    if "invalid" in local:
        return INVALID_MAILBOX
    if "risky" in local:
        return RISKY_CATCH_ALL if profile.catch_all else RISKY_UNKNOWN
    if "valid" in local:
        return VALID
    if profile.catch_all:
        return RISKY_CATCH_ALL
    roll = hasher.unit(email)
    if roll < 0.72:
        return VALID
    if roll < 0.92:
        return INVALID_MAILBOX
    return RISKY_UNKNOWN


def result(hasher: Hasher, seed: int, email: str, code: int, *, detailed: bool) -> dict[str, Any]:
    """The EmailValidationResult; `detailed` adds the single lookup's gateway diagnostics."""
    normalised = email.strip().lower()
    domain = normalised.rpartition("@")[2]
    draw = hasher.draw(normalised + "\x00details")
    if code == INVALID_SYNTAX:
        provider, catch_all, federated, seg = "SMTP", False, False, None
    else:
        profile = domain_profile(seed, domain)
        provider, catch_all, federated, seg = (
            profile.provider,
            profile.catch_all,
            profile.federated,
            profile.seg_provider,
        )
    if code == VALID:
        confidence = draw.pick(("definitive", "high", "high") if provider != "SMTP" else ("high", "medium"))
    elif code in (INVALID_MAILBOX, INVALID_SYNTAX):
        confidence = "definitive" if code == INVALID_SYNTAX else draw.pick(("definitive", "high"))
    elif code == RISKY_CATCH_ALL:
        confidence = draw.pick(("low", "medium"))
    else:
        confidence = draw.pick(("temporary", "none", "low"))
    body: dict[str, Any] = {
        "email": email.strip(),
        "result": "valid"
        if code == VALID
        else "invalid"
        if code in (INVALID_MAILBOX, INVALID_SYNTAX)
        else "risky",
        "message": _MESSAGES[code],
        "isCatchAll": catch_all,
    }
    if detailed:
        body["isFederated"] = federated
        body["hasSEG"] = seg is not None
        if seg is not None:
            body["segProvider"] = seg
    body["provider"] = provider
    body["confidence"] = confidence
    return body
